import {
  HOP_TEST_DEFINITIONS,
  HOP_TEST_OF,
  type Aggregation,
  type ContractionMode,
  type HopMeasureType,
  type HopUnit,
  type StrengthUnit,
  type YBalanceDirection,
} from '@proprio/clinical';

/** Display labels for measure inputs; the measure names themselves are the library's `MEASURE_LABELS`. */

export type Limb = 'involved' | 'uninvolved';
export const LIMBS: readonly Limb[] = ['involved', 'uninvolved'];

export const LIMB_LABELS: Readonly<Record<Limb, string>> = { involved: 'Involved', uninvolved: 'Uninvolved' };

export const AGGREGATION_LABELS: Readonly<Record<Aggregation, string>> = { mean: 'Mean', best: 'Best' };

export const CONTRACTION_MODE_LABELS: Readonly<Record<ContractionMode, string>> = {
  isometric: 'Isometric',
  concentric: 'Concentric',
  eccentric: 'Eccentric',
};

export const STRENGTH_UNIT_LABELS: Readonly<Record<StrengthUnit, string>> = { 'N.m': 'N·m', N: 'N' };

export const Y_BALANCE_DIRECTION_LABELS: Readonly<Record<YBalanceDirection, string>> = {
  anterior: 'Anterior',
  posteromedial: 'Posteromedial',
  posterolateral: 'Posterolateral',
};

export const Y_BALANCE_DIRECTION_SHORT: Readonly<Record<YBalanceDirection, string>> = {
  anterior: 'ANT',
  posteromedial: 'PM',
  posterolateral: 'PL',
};

const HOP_UNIT_LABELS: Readonly<Record<HopUnit, string>> = { cm: 'cm', s: 's', count: 'hops' };

/** The unit a hop test's trials are entered in, from the library's test definitions. */
export function hopUnitLabel(type: HopMeasureType): string {
  return HOP_UNIT_LABELS[HOP_TEST_DEFINITIONS[HOP_TEST_OF[type]].unit];
}
