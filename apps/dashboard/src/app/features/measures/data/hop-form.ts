import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { AGGREGATIONS, type Aggregation, type HopMeasureType } from '@proprio/clinical';

import { decimalText, parseDecimal } from '../../../shared/format/decimal';
import { LIMB_LABELS, type Limb } from './measure-labels';
import type { MeasureDraft } from './measure-draft';

/** The standard battery shown on every new session; the side and vertical hops can be added. */
export const DEFAULT_HOP_BATTERY: readonly HopMeasureType[] = [
  'hop_single',
  'hop_triple',
  'hop_crossover',
  'hop_timed_6m',
];
export const OPTIONAL_HOP_TESTS: readonly HopMeasureType[] = ['hop_side', 'hop_vertical'];

/** Two recorded trials per limb by default; a third can be added. */
export const DEFAULT_TRIAL_COUNT = 2;
export const MAX_TRIAL_COUNT = 3;

export type HopRowForm = FormGroup<{
  type: FormControl<HopMeasureType>;
  /** Trials as typed (text), one control per trial column. */
  involved: FormArray<FormControl<string>>;
  uninvolved: FormArray<FormControl<string>>;
  aggregation: FormControl<Aggregation>;
}>;
export type HopRowValue = ReturnType<HopRowForm['getRawValue']>;

const LIBRARY_DEFAULT_AGGREGATION: Aggregation = 'mean';

function trialControls(values: readonly unknown[], count: number): FormArray<FormControl<string>> {
  const cells = Array.from({ length: Math.max(count, values.length) }, (_, i) => decimalText(values[i]));
  return new FormArray(cells.map((text) => new FormControl(text, { nonNullable: true })));
}

function numbersOf(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

/** A hop test row, empty or filled from a recorded input (to correct it). */
export function createHopRow(
  type: HopMeasureType,
  trialCount: number,
  input: Record<string, unknown> | null = null,
): HopRowForm {
  const trials = (input?.['trials'] ?? {}) as Record<string, unknown>;
  const aggregation = input?.['aggregation'];
  return new FormGroup({
    type: new FormControl(type, { nonNullable: true }),
    involved: trialControls(numbersOf(trials['involved']), trialCount),
    uninvolved: trialControls(numbersOf(trials['uninvolved']), trialCount),
    aggregation: new FormControl<Aggregation>(
      AGGREGATIONS.includes(aggregation as Aggregation) ? (aggregation as Aggregation) : LIBRARY_DEFAULT_AGGREGATION,
      { nonNullable: true },
    ),
  });
}

/** Adds empty trial columns up to `count` (never removes a typed trial). */
export function growTrials(row: HopRowForm, count: number): void {
  for (const limb of [row.controls.involved, row.controls.uninvolved]) {
    while (limb.length < count) {
      limb.push(new FormControl('', { nonNullable: true }));
    }
  }
}

/** The typed trials of one limb, blanks left out, and which column each sent trial came from. */
function typedTrials(cells: readonly string[]): { values: number[]; columns: number[] } {
  const values: number[] = [];
  const columns: number[] = [];
  cells.forEach((text, column) => {
    const value = parseDecimal(text);
    if (value !== null) {
      values.push(value);
      columns.push(column);
    }
  });
  return { values, columns };
}

/**
 * The row as the API takes it: every typed trial per limb (blank cells left out) and the
 * aggregation; null when nothing was typed, so the test is simply not recorded.
 */
export function hopDraft(row: HopRowValue): MeasureDraft | null {
  const involved = typedTrials(row.involved);
  const uninvolved = typedTrials(row.uninvolved);
  if (involved.values.length === 0 && uninvolved.values.length === 0) {
    return null;
  }
  const columns: Record<Limb, number[]> = { involved: involved.columns, uninvolved: uninvolved.columns };
  return {
    type: row.type,
    input: {
      trials: { involved: involved.values, uninvolved: uninvolved.values },
      aggregation: row.aggregation,
    },
    controlPath: (field) => {
      if (field === 'aggregation' || field === 'options.aggregation') {
        return 'aggregation';
      }
      const match = /^trials\.(involved|uninvolved)(?:\.(\d+))?/.exec(field);
      if (!match) {
        return null;
      }
      const limb = match[1] as Limb;
      const column = match[2] === undefined ? undefined : columns[limb][Number(match[2])];
      return column === undefined ? limb : `${limb}.${column}`;
    },
  };
}

/** "Involved trial 2", for messages about a control of the row. */
export function describeHopPath(path: string): string {
  const [limb, column] = path.split('.');
  if (limb === 'aggregation') {
    return 'Aggregation';
  }
  const label = LIMB_LABELS[limb as Limb] ?? path;
  return column === undefined ? `${label} trials` : `${label} trial ${Number(column) + 1}`;
}
