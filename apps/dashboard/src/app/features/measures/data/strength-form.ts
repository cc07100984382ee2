import { FormControl, FormGroup } from '@angular/forms';
import {
  CONTRACTION_MODES,
  STRENGTH_UNITS,
  type ContractionMode,
  type MeasureType,
  type StrengthUnit,
} from '@proprio/clinical';
import { merge, type Subscription } from 'rxjs';

import { decimalText, parseDecimal } from '../../../shared/format/decimal';
import { LIMB_LABELS, LIMBS, type Limb } from './measure-labels';
import type { MeasureDraft } from './measure-draft';

export type StrengthType = Extract<MeasureType, 'strength_quadriceps' | 'strength_hamstrings'>;
export const STRENGTH_TYPES: readonly StrengthType[] = ['strength_quadriceps', 'strength_hamstrings'];

export type StrengthLimbForm = FormGroup<{
  value: FormControl<string>;
  unit: FormControl<StrengthUnit>;
  device: FormControl<string>;
  mode: FormControl<ContractionMode>;
  velocity: FormControl<string>;
  kneeAngle: FormControl<string>;
}>;
export type StrengthRowForm = FormGroup<{
  type: FormControl<StrengthType>;
  involved: StrengthLimbForm;
  uninvolved: StrengthLimbForm;
}>;
export type StrengthRowValue = ReturnType<StrengthRowForm['getRawValue']>;
type StrengthLimbValue = StrengthRowValue['involved'];

/** The settings that make two readings comparable; the value itself is not one of them. */
const PROTOCOL_KEYS = ['unit', 'device', 'mode', 'velocity', 'kneeAngle'] as const;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function limbForm(reading: Record<string, unknown>, withValue: boolean): StrengthLimbForm {
  const unit = STRENGTH_UNITS.includes(reading['unit'] as StrengthUnit) ? (reading['unit'] as StrengthUnit) : 'N.m';
  const mode = CONTRACTION_MODES.includes(reading['mode'] as ContractionMode)
    ? (reading['mode'] as ContractionMode)
    : 'isometric';
  const control = (text: string) => new FormControl(text, { nonNullable: true });
  return new FormGroup({
    value: control(withValue ? decimalText(reading['value']) : ''),
    unit: new FormControl<StrengthUnit>(unit, { nonNullable: true }),
    device: control(typeof reading['device'] === 'string' ? reading['device'] : ''),
    mode: new FormControl<ContractionMode>(mode, { nonNullable: true }),
    velocity: control(decimalText(reading['velocityDegPerSecond'])),
    kneeAngle: control(decimalText(reading['kneeAngleDeg'])),
  });
}

/**
 * A strength row. `input` fills it completely (to correct a recorded value); `protocolFrom` (the
 * episode's previous reading) fills only the protocol, so today's readings are comparable with it.
 */
export function createStrengthRow(
  type: StrengthType,
  source: { input?: Record<string, unknown> | null; protocolFrom?: Record<string, unknown> | null } = {},
): StrengthRowForm {
  const from = source.input ?? source.protocolFrom ?? {};
  const withValue = source.input !== undefined && source.input !== null;
  return new FormGroup({
    type: new FormControl(type, { nonNullable: true }),
    involved: limbForm(record(from['involved']), withValue),
    uninvolved: limbForm(record(from['uninvolved']), withValue),
  });
}

/**
 * Keeps the uninvolved limb's protocol equal to the involved limb's while the user has not set it
 * separately: the readings must match to be compared, and this saves typing them twice.
 */
export function mirrorProtocol(row: StrengthRowForm): Subscription {
  const { involved, uninvolved } = row.controls;
  return merge(...PROTOCOL_KEYS.map((key) => involved.controls[key].valueChanges)).subscribe(() => {
    for (const key of PROTOCOL_KEYS) {
      const target = uninvolved.controls[key];
      if (target.pristine) {
        (target as FormControl<unknown>).setValue(involved.controls[key].value);
      }
    }
  });
}

function reading(limb: StrengthLimbValue): Record<string, unknown> {
  const kneeAngle = parseDecimal(limb.kneeAngle);
  return {
    value: parseDecimal(limb.value),
    unit: limb.unit,
    device: limb.device.trim(),
    mode: limb.mode,
    // An isometric reading has no joint movement, so no velocity (the library refuses one).
    velocityDegPerSecond: limb.mode === 'isometric' ? null : parseDecimal(limb.velocity),
    ...(kneeAngle === null ? {} : { kneeAngleDeg: kneeAngle }),
  };
}

const FIELD_TO_CONTROL: Readonly<Record<string, string>> = {
  value: 'value',
  unit: 'unit',
  device: 'device',
  mode: 'mode',
  velocityDegPerSecond: 'velocity',
  kneeAngleDeg: 'kneeAngle',
};

/** The row as the API takes it; null until a peak torque or force is typed for either limb. */
export function strengthDraft(row: StrengthRowValue): MeasureDraft | null {
  if (row.involved.value.trim() === '' && row.uninvolved.value.trim() === '') {
    return null;
  }
  return {
    type: row.type,
    input: { involved: reading(row.involved), uninvolved: reading(row.uninvolved) },
    controlPath: (field) => {
      const [limb, key] = field.split('.');
      if (!LIMBS.includes(limb as Limb)) {
        return null;
      }
      const control = key === undefined ? undefined : FIELD_TO_CONTROL[key];
      return control === undefined ? (limb ?? null) : `${limb}.${control}`;
    },
  };
}

const CONTROL_LABELS: Readonly<Record<string, string>> = {
  value: 'peak value',
  unit: 'unit',
  device: 'device',
  mode: 'mode',
  velocity: 'velocity',
  kneeAngle: 'knee angle',
};

/** "Uninvolved device". */
export function describeStrengthPath(path: string): string {
  const [limb, key] = path.split('.');
  const label = LIMB_LABELS[limb as Limb] ?? path;
  return key === undefined ? `${label} reading` : `${label} ${CONTROL_LABELS[key] ?? key}`;
}
