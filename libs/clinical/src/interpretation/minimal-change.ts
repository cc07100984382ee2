import { type Better } from '../measures/aggregate.js';
import { deepFreeze, type Sourced } from './evidence.js';
import { meetsThreshold } from './threshold.js';

export interface ChangeRange {
  low: number;
  high: number;
}

/** A minimal clinically important difference, in the instrument's points. */
export interface Mcid extends Sourced {
  label: string;
  /** Null when no single value is accepted: the clinic picks one from `ranges`. */
  value: number | null;
  ranges?: Readonly<Record<string, ChangeRange>>;
}

export const MCID_VALUES = deepFreeze({
  lefs: {
    label: 'LEFS MCID 9 points',
    value: 9,
    source: 'Binkley 1999 Phys Ther 79:371 (90% CI)',
    evidence: 'V',
  },
  ikdc: {
    label: 'IKDC MCID after ACLR: no single accepted value',
    value: null,
    ranges: { anchorBased: { low: 7.1, high: 16.2 }, distributionBased: { low: 7.6, high: 10.5 } },
    source: 'Kovacevic 2026 OJSM systematic review',
    evidence: 'V',
  },
} satisfies Record<string, Mcid>);

/** Minimal detectable changes of instruments (hop-LSI MDC90 values live in `HOP_TEST_DEFINITIONS`). */
export const MDC_VALUES = deepFreeze({
  lefs: {
    label: 'LEFS MDC 9 points (90% CI)',
    value: 9,
    source: 'Binkley 1999 Phys Ther 79:371',
    evidence: 'V',
  },
} satisfies Record<string, Sourced & { label: string; value: number }>);

/**
 * True when the score improved by at least the MCID: `current − previous ≥ mcid` when higher is
 * better (`previous − current ≥ mcid` when lower is better). LEFS 45 → 56 (+11) reaches 9; 45 → 53 does
 * not. Throws RangeError for non-finite scores or an MCID that is not a positive number.
 */
export function changeReachesMcid(previous: number, current: number, mcid: number, better: Better = 'higher'): boolean {
  if (!Number.isFinite(previous) || !Number.isFinite(current)) {
    throw new RangeError('changeReachesMcid needs two finite scores');
  }
  if (!Number.isFinite(mcid) || mcid <= 0) throw new RangeError('the MCID must be a positive finite number');
  const improvement = better === 'higher' ? current - previous : previous - current;
  return meetsThreshold(improvement, { comparator: '>=', threshold: mcid }) === true;
}
