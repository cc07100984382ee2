import { PROGRESSION_VARIABLE_LABELS, type PrescriptionChange, type ProgressionVariable } from '@proprio/clinical';
import type { ProgrammeRevision } from '@proprio/contracts';

import { dosageText } from '../../library/data/dosage-text';
import { settingText } from '../../library/data/library-labels';

/** Exercise names by id, from every revision's items (a removed exercise is named by an older one). */
export function exerciseNames(
  revisions: readonly Pick<ProgrammeRevision, 'items'>[],
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const names: Record<string, string> = { ...extra };
  for (const revision of revisions) {
    for (const item of revision.items) names[item.exerciseId] = item.exerciseName;
  }
  return names;
}

/**
 * One change of the prescription in words, as a therapist would note it:
 * "Added Nordic hamstring 3 × 5 reps, 1×/week", "Removed Wall sit",
 * "Single-leg stance: reps 10 → 12, surface firm → foam".
 */
export function changeText(change: PrescriptionChange, names: Readonly<Record<string, string>>): string {
  const name = (exerciseId: string) => names[exerciseId] ?? 'An exercise no longer in the library';
  switch (change.kind) {
    case 'added':
      return `Added ${name(change.exerciseId)} ${dosageText(change.after.dosage)}`;
    case 'removed':
      return `Removed ${name(change.exerciseId)}`;
    case 'changed': {
      const fields = change.fields.map((field) => fieldChangeText(field, name)).join(', ');
      return `${name(change.exerciseId)}: ${fields}`;
    }
  }
}

const DOSAGE_WORDS: Readonly<Record<string, { label: string; unit: (n: number) => string; empty: string }>> = {
  sets: { label: 'sets', unit: String, empty: 'none' },
  reps: { label: 'reps', unit: String, empty: 'none' },
  holdSeconds: { label: 'hold', unit: (n) => `${n} s`, empty: 'none' },
  frequencyPerWeek: { label: 'frequency', unit: (n) => `${n}×/week`, empty: 'none' },
  loadKg: { label: 'load', unit: (n) => (n === 0 ? 'body weight' : `${n} kg`), empty: 'body weight' },
};

function fieldChangeText(
  change: { field: string; before: unknown; after: unknown },
  name: (exerciseId: string) => string,
): string {
  const [section, key] = change.field.split('.');
  if (section === 'dosage' && key !== undefined) {
    const words = DOSAGE_WORDS[key];
    if (words) {
      const show = (value: unknown) => (typeof value === 'number' ? words.unit(value) : words.empty);
      return `${words.label} ${show(change.before)} → ${show(change.after)}`;
    }
  }
  if (section === 'progression' && key !== undefined) {
    const label = PROGRESSION_VARIABLE_LABELS[key as ProgressionVariable] ?? key;
    const show = (value: unknown) => (typeof value === 'string' ? settingText(value) : 'not set');
    return `${label.toLowerCase()} ${show(change.before)} → ${show(change.after)}`;
  }
  if (section === 'notes') {
    const show = (value: unknown) => (typeof value === 'string' && value ? `“${value}”` : 'none');
    return `notes ${show(change.before)} → ${show(change.after)}`;
  }
  if (section === 'exerciseId') {
    const show = (value: unknown) => (typeof value === 'string' ? name(value) : '—');
    return `exercise ${show(change.before)} → ${show(change.after)}`;
  }
  return `${change.field} changed`;
}
