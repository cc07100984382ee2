import { FormControl, FormGroup, Validators } from '@angular/forms';
import {
  PROGRESSION_VARIABLES,
  type Dosage,
  type ProgressionSettings,
  type ProgressionVariable,
} from '@proprio/clinical';
import type { PrescribedExerciseRequest, PrescribedExerciseView } from '@proprio/contracts';

import { createDosageForm, dosageOf, type DosageForm } from '../../library/data/dosage-form';

export type DosageKey = keyof Dosage;
export const DOSAGE_KEYS: readonly DosageKey[] = ['sets', 'reps', 'holdSeconds', 'frequencyPerWeek', 'loadKg'];

/** Column headings of the dosage cells. */
export const DOSAGE_FIELD_LABELS: Readonly<Record<DosageKey, string>> = {
  sets: 'Sets',
  reps: 'Reps',
  holdSeconds: 'Hold (s)',
  frequencyPerWeek: 'Per week',
  loadKg: 'Load (kg)',
};

/** Words for the accessible name of a dosage cell: "Reps for Nordic hamstring". */
export const DOSAGE_FIELD_NAMES: Readonly<Record<DosageKey, string>> = {
  sets: 'Sets',
  reps: 'Reps',
  holdSeconds: 'Hold seconds',
  frequencyPerWeek: 'Frequency per week',
  loadKg: 'Load kg',
};

export const PROGRESSION_KEYS = Object.keys(PROGRESSION_VARIABLES) as ProgressionVariable[];

/** The API publishes no limit for an item's notes; this keeps them to a short instruction. */
export const ITEM_NOTES_MAX_LENGTH = 1000;
/** The reason kept with a revision (optional here, unlike a correction's reason). */
export const REVISION_REASON_MAX_LENGTH = 500;

type ProgressionControls = { [V in ProgressionVariable]: FormControl<string> };

/**
 * One row of the prescription editor. Its shape follows the request's (`dosage.reps`,
 * `progression.surface`, `notes`), so the API's `items.2.dosage.reps` lands on its own cell.
 */
export type PrescriptionItemForm = FormGroup<{
  /** The programme item's id; null for an exercise added in this edit. */
  id: FormControl<string | null>;
  exerciseId: FormControl<string>;
  exerciseName: FormControl<string>;
  dosage: DosageForm;
  /** Every progression variable; '' is "not set". Only the exercise's own are shown. */
  progression: FormGroup<ProgressionControls>;
  notes: FormControl<string>;
}>;
export type PrescriptionItemValue = ReturnType<PrescriptionItemForm['getRawValue']>;

export interface PrescriptionItemSeed {
  id: string | null;
  exerciseId: string;
  exerciseName: string;
  dosage: Dosage;
  progression: ProgressionSettings;
  notes: string | null;
}

export function createItemForm(seed: PrescriptionItemSeed): PrescriptionItemForm {
  const progression = Object.fromEntries(
    PROGRESSION_KEYS.map((key) => [key, new FormControl<string>(seed.progression[key] ?? '', { nonNullable: true })]),
  ) as ProgressionControls;
  return new FormGroup({
    id: new FormControl<string | null>(seed.id),
    exerciseId: new FormControl(seed.exerciseId, { nonNullable: true }),
    exerciseName: new FormControl(seed.exerciseName, { nonNullable: true }),
    dosage: createDosageForm(seed.dosage),
    progression: new FormGroup(progression),
    notes: new FormControl(seed.notes ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(ITEM_NOTES_MAX_LENGTH),
    }),
  });
}

export function itemSeed(item: PrescribedExerciseView): PrescriptionItemSeed {
  return {
    id: item.id,
    exerciseId: item.exerciseId,
    exerciseName: item.exerciseName,
    dosage: item.dosage,
    progression: item.progression,
    notes: item.notes,
  };
}

/** A row as the API takes it: the id only for an item already in the programme. */
export function itemRequest(value: PrescriptionItemValue): PrescribedExerciseRequest {
  const progression: Record<string, string> = {};
  for (const key of PROGRESSION_KEYS) {
    const setting = value.progression[key];
    if (setting) progression[key] = setting;
  }
  const notes = value.notes.trim();
  return {
    ...(value.id ? { id: value.id } : {}),
    exerciseId: value.exerciseId,
    dosage: dosageOf(value.dosage),
    progression,
    notes: notes || null,
  };
}

/** The progression variables to offer for a row: the exercise's own, plus any already set. */
export function relevantVariables(
  variables: readonly ProgressionVariable[] | undefined,
  settings: Readonly<Record<ProgressionVariable, string>>,
): ProgressionVariable[] {
  const offered = new Set<ProgressionVariable>(variables ?? PROGRESSION_KEYS);
  return PROGRESSION_KEYS.filter((key) => offered.has(key) || settings[key] !== '');
}

/** Where the API's issue belongs: `items.2.dosage.reps` as is; anything deeper than a cell on the cell. */
export function formPathOfItemField(field: string): string {
  const match = /^(items\.\d+\.(?:dosage|progression)\.\w+|items\.\d+\.notes|items\.\d+)/.exec(field);
  return match?.[1] ?? field;
}
