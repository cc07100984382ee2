import {
  EQUIPMENT_LABELS,
  PROGRESSION_VARIABLE_LABELS,
  SKILL_LABELS,
  STANDARD_PHASE_LABELS,
  type Equipment,
  type ProgressionSettings,
  type ProgressionVariable,
  type Skill,
  type StandardPhase,
} from '@proprio/clinical';
import type { ExerciseSource } from '@proprio/contracts';

/** Presentation of the library's vocabulary; the words themselves are `@proprio/clinical`'s. */

export const SOURCE_LABELS: Readonly<Record<ExerciseSource, string>> = {
  seeded: 'Seeded',
  clinic: 'Clinic',
};

export function skillList(skills: readonly Skill[]): string {
  return skills.map((skill) => SKILL_LABELS[skill]).join(', ');
}

/** "None" for an exercise that needs no equipment. */
export function equipmentList(equipment: readonly Equipment[]): string {
  return equipment.length === 0 ? 'None' : equipment.map((item) => EQUIPMENT_LABELS[item]).join(', ');
}

export function phaseList(phases: readonly StandardPhase[]): string {
  return phases.map((phase) => STANDARD_PHASE_LABELS[phase]).join(', ');
}

/** A progression setting as words: `eyes_closed` → "eyes closed". */
export function settingText(setting: string): string {
  return setting.replace(/_/g, ' ');
}

/** "Surface: foam · Vision: eyes closed"; empty when nothing is set. */
export function progressionText(settings: ProgressionSettings): string {
  return (Object.entries(settings) as [ProgressionVariable, string | undefined][])
    .filter((entry): entry is [ProgressionVariable, string] => typeof entry[1] === 'string')
    .map(([variable, setting]) => `${PROGRESSION_VARIABLE_LABELS[variable]}: ${settingText(setting)}`)
    .join(' · ');
}
