import {
  HOP_LSI_THRESHOLDS,
  isHopMeasureType,
  meetsThreshold,
  STRENGTH_THRESHOLDS,
  type Comparator,
  type MeasureType,
  type SourcedThreshold,
} from '@proprio/clinical';

/**
 * The 90% symmetry criterion each LSI and EPIC is shown against, taken from the library's threshold
 * tables (Delaware-Oslo, ≥ 90%) so the comparator and the value are the library's, not the screen's.
 */
export function symmetryCriterion(type: MeasureType): SourcedThreshold {
  return type === 'strength_quadriceps' || type === 'strength_hamstrings'
    ? STRENGTH_THRESHOLDS.quadricepsLsiDelaware
    : HOP_LSI_THRESHOLDS.delawareOslo2020;
}

/** Whether the library computes an EPIC for this measure (hop tests and strength, against a baseline). */
export function hasEpic(type: MeasureType): boolean {
  return isHopMeasureType(type) || type === 'strength_quadriceps' || type === 'strength_hamstrings';
}

export type CriterionVerdict = 'met' | 'not-met' | 'none';

/** Met / not met / nothing to judge (no value), by the library's `meetsThreshold`. */
export function judgeCriterion(value: number | null | undefined, criterion: SourcedThreshold): CriterionVerdict {
  const met = meetsThreshold(value, criterion);
  return met === null ? 'none' : met ? 'met' : 'not-met';
}

const COMPARATOR_SYMBOLS: Readonly<Record<Comparator, string>> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' };

/** "≥ 90%", "> 56 points". */
export function criterionText(rule: Pick<SourcedThreshold, 'comparator' | 'threshold' | 'unit'>): string {
  const unit = rule.unit === '%' ? '%' : ` ${rule.unit}`;
  return `${COMPARATOR_SYMBOLS[rule.comparator]} ${rule.threshold}${unit}`;
}
