import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { AGGREGATIONS, Y_BALANCE_DIRECTIONS, type Aggregation, type YBalanceDirection } from '@proprio/clinical';
import type { Subscription } from 'rxjs';

import { decimalText, parseDecimal } from '../../../shared/format/decimal';
import { LIMB_LABELS, LIMBS, Y_BALANCE_DIRECTION_LABELS, type Limb } from './measure-labels';
import type { MeasureDraft } from './measure-draft';

/** Three recorded reaches per direction, the usual protocol. */
export const Y_BALANCE_TRIAL_COUNT = 3;

export type YBalanceLimbForm = FormGroup<{
  limbLength: FormControl<string>;
  anterior: FormArray<FormControl<string>>;
  posteromedial: FormArray<FormControl<string>>;
  posterolateral: FormArray<FormControl<string>>;
}>;
export type YBalanceForm = FormGroup<{
  involved: YBalanceLimbForm;
  uninvolved: YBalanceLimbForm;
  aggregation: FormControl<Aggregation>;
}>;
export type YBalanceValue = ReturnType<YBalanceForm['getRawValue']>;
type YBalanceLimbValue = YBalanceValue['involved'];

/** The library's default for the Y-balance: the best (maximal) reach. */
const LIBRARY_DEFAULT_AGGREGATION: Aggregation = 'best';

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function reachCells(values: unknown): FormArray<FormControl<string>> {
  const list = Array.isArray(values) ? (values as unknown[]) : [];
  const count = Math.max(Y_BALANCE_TRIAL_COUNT, list.length);
  return new FormArray(
    Array.from({ length: count }, (_, i) => new FormControl(decimalText(list[i]), { nonNullable: true })),
  );
}

function limbForm(limb: Record<string, unknown>): YBalanceLimbForm {
  const reach = record(limb['reachCm']);
  return new FormGroup({
    limbLength: new FormControl(decimalText(limb['limbLengthCm']), { nonNullable: true }),
    anterior: reachCells(reach['anterior']),
    posteromedial: reachCells(reach['posteromedial']),
    posterolateral: reachCells(reach['posterolateral']),
  });
}

/** The Y-balance editor, empty or filled from a recorded input (to correct it). */
export function createYBalance(input: Record<string, unknown> | null = null): YBalanceForm {
  const aggregation = input?.['aggregation'];
  return new FormGroup({
    involved: limbForm(record(input?.['involved'])),
    uninvolved: limbForm(record(input?.['uninvolved'])),
    aggregation: new FormControl<Aggregation>(
      AGGREGATIONS.includes(aggregation as Aggregation) ? (aggregation as Aggregation) : LIBRARY_DEFAULT_AGGREGATION,
      { nonNullable: true },
    ),
  });
}

/** Limb lengths are usually equal: the uninvolved one follows the involved one until set separately. */
export function mirrorLimbLength(form: YBalanceForm): Subscription {
  const target = form.controls.uninvolved.controls.limbLength;
  return form.controls.involved.controls.limbLength.valueChanges.subscribe((value) => {
    if (target.pristine) {
      target.setValue(value);
    }
  });
}

interface TypedLimb {
  input: Record<string, unknown>;
  columns: Record<YBalanceDirection, number[]>;
  blank: boolean;
}

function typedLimb(limb: YBalanceLimbValue): TypedLimb {
  const reachCm: Partial<Record<YBalanceDirection, number[]>> = {};
  const columns = {} as Record<YBalanceDirection, number[]>;
  let blank = limb.limbLength.trim() === '';
  for (const direction of Y_BALANCE_DIRECTIONS) {
    const values: number[] = [];
    columns[direction] = [];
    limb[direction].forEach((text, column) => {
      const value = parseDecimal(text);
      if (value !== null) {
        values.push(value);
        columns[direction].push(column);
        blank = false;
      }
    });
    reachCm[direction] = values;
  }
  return { input: { limbLengthCm: parseDecimal(limb.limbLength), reachCm }, columns, blank };
}

/** Both limbs as the API takes them, blank reaches left out; null when nothing was typed. */
export function yBalanceDraft(value: YBalanceValue): MeasureDraft | null {
  const limbs = { involved: typedLimb(value.involved), uninvolved: typedLimb(value.uninvolved) };
  if (limbs.involved.blank && limbs.uninvolved.blank) {
    return null;
  }
  return {
    type: 'y_balance',
    input: { involved: limbs.involved.input, uninvolved: limbs.uninvolved.input, aggregation: value.aggregation },
    controlPath: (field) => {
      if (field === 'aggregation' || field === 'options.aggregation') {
        return 'aggregation';
      }
      const [limb, key, direction, index] = field.split('.');
      if (!LIMBS.includes(limb as Limb)) {
        return null;
      }
      if (key === 'limbLengthCm') {
        return `${limb}.limbLength`;
      }
      if (key !== 'reachCm' || !Y_BALANCE_DIRECTIONS.includes(direction as YBalanceDirection)) {
        return limb ?? null;
      }
      const column =
        index === undefined ? undefined : limbs[limb as Limb].columns[direction as YBalanceDirection][Number(index)];
      return column === undefined ? `${limb}.${direction}` : `${limb}.${direction}.${column}`;
    },
  };
}

/** "Involved anterior reach, trial 2". */
export function describeYBalancePath(path: string): string {
  const [limb, key, column] = path.split('.');
  if (limb === 'aggregation') {
    return 'Aggregation';
  }
  const label = LIMB_LABELS[limb as Limb] ?? path;
  if (key === undefined) {
    return `${label} limb`;
  }
  if (key === 'limbLength') {
    return `${label} limb length`;
  }
  const direction = Y_BALANCE_DIRECTION_LABELS[key as YBalanceDirection]?.toLowerCase() ?? key;
  return column === undefined
    ? `${label} ${direction} reach`
    : `${label} ${direction} reach, trial ${Number(column) + 1}`;
}
