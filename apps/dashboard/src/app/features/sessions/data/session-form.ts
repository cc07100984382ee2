import { FormControl, FormGroup, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import { DOSAGE_LIMITS } from '@proprio/clinical';
import type { PrescribedExerciseView, SessionExerciseRequest, SessionPage } from '@proprio/contracts';

import { decimalText, parseDecimal } from '../../../shared/format/decimal';

/** The database's bounds for pain (0–10 numeric rating) and RPE (modified Borg CR10). */
export const RATING_LIMITS = { min: 0, max: 10 } as const;
/** The API publishes no limit for a visit's notes; the same as a test session's. */
export const SESSION_NOTES_MAX_LENGTH = 2000;

export type ActualKey = 'sets' | 'reps' | 'holdSeconds' | 'loadKg';
export const ACTUAL_KEYS: readonly ActualKey[] = ['sets', 'reps', 'holdSeconds', 'loadKg'];
export const ACTUAL_LABELS: Readonly<Record<ActualKey, string>> = {
  sets: 'Sets',
  reps: 'Reps',
  holdSeconds: 'Hold (s)',
  loadKg: 'Load (kg)',
};
export const ACTUAL_NAMES: Readonly<Record<ActualKey, string>> = {
  sets: 'Sets done',
  reps: 'Reps done',
  holdSeconds: 'Hold seconds done',
  loadKg: 'Load kg done',
};

function problem(text: string, { min, max }: { min: number; max: number }, decimals: 0 | 1): string | null {
  const value = parseDecimal(text);
  if (value === null) return null;
  const stepOk = decimals === 0 ? Number.isInteger(value) : Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
  if (!Number.isFinite(value) || value < min || value > max || !stepOk) {
    return decimals === 0
      ? `Enter a whole number from ${min} to ${max}.`
      : `Enter ${min} to ${max} with at most one decimal.`;
  }
  return null;
}

/** An optional whole-number rating from 0 to 10 (pain, RPE). */
export const ratingValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const message = problem(control.value, RATING_LIMITS, 0);
  return message === null ? null : { rating: { message } };
};

/** An optional amount actually done, within the prescription bounds (DOSAGE_LIMITS). */
export function actualValidator(key: ActualKey): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const message = problem(control.value, DOSAGE_LIMITS[key], key === 'loadKg' ? 1 : 0);
    return message === null ? null : { actual: { message } };
  };
}

export type SessionExerciseForm = FormGroup<{
  done: FormControl<boolean>;
  programmeItemId: FormControl<string>;
  exerciseId: FormControl<string>;
  exerciseName: FormControl<string>;
  sets: FormControl<string>;
  reps: FormControl<string>;
  holdSeconds: FormControl<string>;
  loadKg: FormControl<string>;
}>;
export type SessionExerciseValue = ReturnType<SessionExerciseForm['getRawValue']>;

/** A programme item as done in the visit: ticked, with the prescribed amounts to adjust. */
export function createSessionExercise(item: PrescribedExerciseView): SessionExerciseForm {
  const amount = (key: ActualKey) =>
    new FormControl(decimalText(item.dosage[key]), { nonNullable: true, validators: actualValidator(key) });
  return new FormGroup({
    done: new FormControl(true, { nonNullable: true }),
    programmeItemId: new FormControl(item.id, { nonNullable: true }),
    exerciseId: new FormControl(item.exerciseId, { nonNullable: true }),
    exerciseName: new FormControl(item.exerciseName, { nonNullable: true }),
    sets: amount('sets'),
    reps: amount('reps'),
    holdSeconds: amount('holdSeconds'),
    loadKg: amount('loadKg'),
  });
}

export function sessionExerciseRequest(value: SessionExerciseValue): SessionExerciseRequest {
  return {
    programmeItemId: value.programmeItemId,
    exerciseId: value.exerciseId,
    sets: parseDecimal(value.sets),
    reps: parseDecimal(value.reps),
    holdSeconds: parseDecimal(value.holdSeconds),
    loadKg: parseDecimal(value.loadKg),
  };
}

/**
 * "3 visits since the last progress note (due at 10)", or that one is due. Whether it is due is the
 * API's answer, never the visits compared here with the interval: a clinic's calendar-day limit can
 * make a report due first.
 */
export function visitsText(
  page: Pick<SessionPage, 'visitsSinceLastProgressNote' | 'progressNoteInterval' | 'progressNoteDue'>,
): string {
  const count = page.visitsSinceLastProgressNote;
  const visits = `${count} ${count === 1 ? 'visit' : 'visits'} since the last progress note`;
  return page.progressNoteDue
    ? `${visits}: a progress note is due.`
    : `${visits} (due at ${page.progressNoteInterval}).`;
}
