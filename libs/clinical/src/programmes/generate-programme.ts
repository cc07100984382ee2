import { daysBetween, type CalendarDate } from '../time/calendar-date.js';
import { findPhase } from './phase-order.js';
import type { PrescribedExercise, ProtocolDefinition } from './protocol-types.js';
import {
  EQUIPMENT_LABELS,
  isStandardPhase,
  type Dosage,
  type Equipment,
  type ProgressionSettings,
  type Skill,
  type StandardPhase,
} from './vocabulary.js';

/** What generation needs to know of a library exercise (seeded or the clinic's own). */
export interface LibraryExercise {
  id: string;
  /** REFERENCE §5 number of a seeded exercise; null (or absent) for a clinic's own. */
  catalogueNumber?: number | null;
  name: string;
  skills: readonly Skill[];
  equipment: readonly Equipment[];
  phases: readonly StandardPhase[];
  defaultDosage: Dosage;
  archived: boolean;
}

/** An exercise of the protocol phase that could not be prescribed, and what replaced it (if anything). */
export interface Substitution {
  replaced: string;
  by: string | null;
  reason: string;
}

export interface GeneratePrescriptionInput {
  definition: ProtocolDefinition;
  phaseKey: string;
  /** What the patient has to train with. */
  equipment: readonly Equipment[];
  /** The library the clinic sees: seeded and own exercises, archived ones flagged. */
  exercises: readonly LibraryExercise[];
  /** Supplies item ids: randomUUID in the API, a counter in tests. Called once per item, in order. */
  newId: () => string;
}

export interface GeneratedPrescription {
  items: PrescribedExercise[];
  substitutions: Substitution[];
}

/**
 * The starting prescription of a phase for a patient's equipment. A fixed rule, so the same inputs
 * always give the same prescription and the therapist can predict and explain it:
 *
 * 1. Take the phase's exercises in protocol order, each with the protocol's dosage, progression and
 *    notes.
 * 2. Keep an exercise when the patient has all of its equipment.
 * 3. Replace each one dropped, in its place, by the library exercise that is tagged with the phase
 *    (only when the phase key is a standard phase: a clinic-named phase has no tags to match), is not
 *    archived, fits the equipment, is not already prescribed or listed in the phase, trains the dropped
 *    exercise's primary (first-listed) skill, and shares the most skills with it; ties go to the lowest catalogue number (own exercises, without
 *    one, last), then the name, then the id. The substitute gets its default dosage.
 * 4. When no candidate trains its primary skill, the exercise is dropped without substitute. An exercise the
 *    library does not know (deleted since the protocol was written) is dropped the same way.
 *
 * The patient is never given an exercise needing equipment they lack. Archived exercises named by
 * the protocol are still prescribed: archiving hides an exercise from new choices, it does not
 * rewrite protocols.
 *
 * Throws a RangeError for a phase key the protocol does not have.
 */
export function generatePrescription(input: GeneratePrescriptionInput): GeneratedPrescription {
  const { definition, phaseKey, equipment, exercises, newId } = input;
  const phase = findPhase(definition, phaseKey);
  if (phase === null) throw new RangeError(`The protocol has no phase '${phaseKey}'`);

  const available = new Set<Equipment>(equipment);
  const fits = (exercise: LibraryExercise) => exercise.equipment.every((e) => available.has(e));
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const standardPhase = isStandardPhase(phaseKey) ? phaseKey : null;
  const candidates =
    standardPhase === null
      ? []
      : exercises.filter((e) => !e.archived && e.phases.includes(standardPhase) && fits(e)).sort(byCatalogueOrder);
  const taken = new Set<string>(phase.exercises.map((e) => e.exerciseId));

  const items: PrescribedExercise[] = [];
  const substitutions: Substitution[] = [];
  for (const planned of phase.exercises) {
    const exercise = byId.get(planned.exerciseId);
    if (exercise !== undefined && fits(exercise)) {
      items.push({
        id: newId(),
        exerciseId: planned.exerciseId,
        dosage: { ...planned.dosage },
        progression: { ...planned.progression },
        notes: planned.notes,
      });
      continue;
    }
    if (exercise === undefined) {
      substitutions.push({ replaced: planned.exerciseId, by: null, reason: 'is not in the exercise library' });
      continue;
    }
    const missing = exercise.equipment.filter((e) => !available.has(e)).map((e) => EQUIPMENT_LABELS[e]);
    const needs = `needs equipment the patient does not have (${missing.join(', ')})`;
    if (standardPhase === null) {
      substitutions.push({
        replaced: exercise.id,
        by: null,
        reason: `${needs}; no substitute is chosen in a phase that is not one of the standard phases`,
      });
      continue;
    }
    const substitute = bestSubstitute(exercise, candidates, taken);
    if (substitute === null) {
      substitutions.push({
        replaced: exercise.id,
        by: null,
        reason: `${needs}; no exercise of this phase that fits the equipment trains its primary skill`,
      });
      continue;
    }
    taken.add(substitute.exercise.id);
    items.push({
      id: newId(),
      exerciseId: substitute.exercise.id,
      dosage: { ...substitute.exercise.defaultDosage },
      progression: {} satisfies ProgressionSettings,
      notes: null,
    });
    substitutions.push({
      replaced: exercise.id,
      by: substitute.exercise.id,
      reason: `${needs}; replaced by ${substitute.exercise.name}, which shares ${substitute.shared} skill${substitute.shared === 1 ? '' : 's'}`,
    });
  }
  return { items, substitutions };
}

/**
 * The candidate sharing the most skills among those that train the dropped exercise's primary skill
 * (a drop jump is replaced by another plyometric, never by a plank that merely shares coordination);
 * candidates are already in tie-break order.
 */
function bestSubstitute(
  dropped: LibraryExercise,
  candidates: readonly LibraryExercise[],
  taken: ReadonlySet<string>,
): { exercise: LibraryExercise; shared: number } | null {
  let best: { exercise: LibraryExercise; shared: number } | null = null;
  for (const candidate of candidates) {
    if (taken.has(candidate.id)) continue;
    const primary = dropped.skills[0];
    if (primary === undefined || !candidate.skills.includes(primary)) continue;
    const shared = candidate.skills.filter((skill) => dropped.skills.includes(skill)).length;
    if (shared > 0 && (best === null || shared > best.shared)) best = { exercise: candidate, shared };
  }
  return best;
}

/**
 * Catalogue number ascending (exercises without one after), then name, then id. Names compare by
 * code unit, not by locale, so the order is the same on every server and browser.
 */
function byCatalogueOrder(a: LibraryExercise, b: LibraryExercise): number {
  const na = a.catalogueNumber ?? Number.POSITIVE_INFINITY;
  const nb = b.catalogueNumber ?? Number.POSITIVE_INFINITY;
  if (na !== nb) return na < nb ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/**
 * The phase a new programme starts in: the pre-operative phase while surgery has not happened (no
 * date yet, or a date after today) and the protocol has one; otherwise the first post-operative
 * phase. Surgery today counts as done. Throws a RangeError for a protocol without phases (which
 * validateProtocolDefinition refuses).
 */
export function startPhaseKey(
  definition: ProtocolDefinition,
  { surgeryDate, today }: { surgeryDate: CalendarDate | null; today: CalendarDate },
): string {
  const first = definition.phases[0];
  if (first === undefined) throw new RangeError('The protocol has no phases');
  const preoperative = definition.phases.find((phase) => phase.preoperative);
  const beforeSurgery = surgeryDate === null || daysBetween(today, surgeryDate) > 0;
  if (preoperative !== undefined && beforeSurgery) return preoperative.key;
  return (definition.phases.find((phase) => !phase.preoperative) ?? first).key;
}
