import type { PrescribedExercise, PrescriptionChange } from './protocol-types.js';
import { PROGRESSION_VARIABLES, type Dosage, type ProgressionVariable } from './vocabulary.js';

const DOSAGE_FIELDS: readonly (keyof Dosage)[] = ['sets', 'reps', 'holdSeconds', 'frequencyPerWeek', 'loadKg'];
const PROGRESSION_FIELDS = Object.keys(PROGRESSION_VARIABLES) as ProgressionVariable[];

/**
 * What changed from one prescription to the next, for the programme history. Items are matched by
 * their id (stable across edits), so an exercise swapped in place is a change of `exerciseId`, not a
 * removal and an addition. The order is fixed: added and changed items in the order of `after`, then
 * removed items in the order of `before`; within a change, the fields in the order exerciseId,
 * dosage (sets, reps, holdSeconds, frequencyPerWeek, loadKg), progression (vocabulary order), notes.
 * An unset progression variable is shown as null. Ids are expected to be unique in each list; a
 * repeated id counts once (its first occurrence).
 */
export function diffPrescriptions(
  before: readonly PrescribedExercise[],
  after: readonly PrescribedExercise[],
): PrescriptionChange[] {
  const beforeById = firstById(before);
  const afterById = firstById(after);
  const changes: PrescriptionChange[] = [];

  for (const item of afterById.values()) {
    const previous = beforeById.get(item.id);
    if (previous === undefined) {
      changes.push({ kind: 'added', itemId: item.id, exerciseId: item.exerciseId, after: item });
      continue;
    }
    const fields = changedFields(previous, item);
    if (fields.length > 0) changes.push({ kind: 'changed', itemId: item.id, exerciseId: item.exerciseId, fields });
  }
  for (const item of beforeById.values()) {
    if (!afterById.has(item.id)) {
      changes.push({ kind: 'removed', itemId: item.id, exerciseId: item.exerciseId, before: item });
    }
  }
  return changes;
}

/** Map iteration follows insertion order, so the first occurrence keeps its place. */
function firstById(items: readonly PrescribedExercise[]): Map<string, PrescribedExercise> {
  const byId = new Map<string, PrescribedExercise>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

function changedFields(
  before: PrescribedExercise,
  after: PrescribedExercise,
): { field: string; before: unknown; after: unknown }[] {
  const fields: { field: string; before: unknown; after: unknown }[] = [];
  const compare = (field: string, a: unknown, b: unknown) => {
    if (a !== b) fields.push({ field, before: a, after: b });
  };
  compare('exerciseId', before.exerciseId, after.exerciseId);
  for (const key of DOSAGE_FIELDS) compare(`dosage.${key}`, before.dosage[key] ?? null, after.dosage[key] ?? null);
  for (const key of PROGRESSION_FIELDS) {
    compare(`progression.${key}`, before.progression[key] ?? null, after.progression[key] ?? null);
  }
  compare('notes', before.notes ?? null, after.notes ?? null);
  return fields;
}
