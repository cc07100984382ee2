import { type KoosSubscale } from '../proms/koos.js';
import { deepFreeze, type Sourced } from './evidence.js';
import { meetsThreshold, type Comparator, type SourcedThreshold } from './threshold.js';

const PASS_COMPARATOR_NOTE =
  'REFERENCE gives the PASS value, not the comparator; a score at the threshold is taken as acceptable (≥).';

/** IKDC Patient Acceptable Symptom State after ACLR (REFERENCE §3.1). */
export const IKDC_PASS_THRESHOLDS = deepFreeze({
  urhausen2024: {
    label: 'IKDC PASS 76.2 (Delaware-Oslo, 10 years)',
    comparator: '>=',
    threshold: 76.2,
    unit: 'points',
    source: 'Urhausen 2024 OJSM 12(5) (PubMed 38827138), 95% CI 72.1–79.4',
    evidence: 'V',
    note: PASS_COMPARATOR_NOTE,
  },
  muller2016: {
    label: 'IKDC PASS 75.9 (1–5 years after ACLR)',
    comparator: '>=',
    threshold: 75.9,
    unit: 'points',
    source: 'Muller 2016 AJSM (abstract showed only "75.")',
    evidence: 'S',
    note: PASS_COMPARATOR_NOTE,
  },
} satisfies Record<string, SourcedThreshold>);

/** ACL-RSI cut-offs (REFERENCE §3.4). */
export const ACL_RSI_THRESHOLDS = deepFreeze({
  pass2025: {
    label: 'ACL-RSI PASS 60 (1–5 years after ACLR)',
    comparator: '>=',
    threshold: 60,
    unit: 'points',
    source: 'ISAKOS 2025 abstract 19819',
    evidence: 'V',
    note: PASS_COMPARATOR_NOTE,
  },
  gokeler2017: {
    label: 'ACL-RSI > 56 (Gokeler 2017 return-to-sport battery)',
    comparator: '>',
    threshold: 56,
    unit: 'points',
    source: 'Gokeler 2017 KSSTA 25:192',
    evidence: 'V',
  },
  sixMonths65: {
    label: 'ACL-RSI 65 at 6 months (commonly cited)',
    comparator: '>=',
    threshold: 65,
    unit: 'points',
    source: 'commonly cited; the retrieved abstract reports 65 as a mean, not a cut-off',
    evidence: 'U',
  },
} satisfies Record<string, SourcedThreshold>);

/** A PASS set for the five KOOS subscales. */
export interface KoosPassSet extends Sourced {
  label: string;
  comparator: Comparator;
  thresholds: Readonly<Record<KoosSubscale, number>>;
}

/** KOOS PASS thresholds after ACLR (REFERENCE §3.2). */
export const KOOS_PASS_THRESHOLDS = deepFreeze({
  delawareOslo2024: {
    label: 'KOOS PASS, Delaware-Oslo 10-year follow-up',
    comparator: '>=',
    thresholds: { pain: 85.4, symptoms: 76.5, adl: 93.8, sport: 71.6, qol: 59.0 },
    source: 'Urhausen 2024 OJSM 12(5)',
    evidence: 'V',
    note: PASS_COMPARATOR_NOTE,
  },
  muller2016: {
    label: 'KOOS PASS, Muller 2016 (1–5 years after ACLR), commonly cited values',
    comparator: '>=',
    thresholds: { pain: 88.9, symptoms: 57.1, adl: 100, sport: 75.0, qol: 62.5 },
    source: 'Muller 2016 AJSM, values not visible in the retrieved abstract',
    evidence: 'U',
    note: PASS_COMPARATOR_NOTE,
  },
} satisfies Record<string, KoosPassSet>);

/**
 * Whether each KOOS subscale score reaches its PASS value; null for a subscale without a score.
 * Default set: Delaware-Oslo [V].
 */
export function koosPassBySubscale(
  scores: Readonly<Record<KoosSubscale, number | null>>,
  set: KoosPassSet = KOOS_PASS_THRESHOLDS.delawareOslo2024,
): Record<KoosSubscale, boolean | null> {
  const judge = (key: KoosSubscale): boolean | null =>
    meetsThreshold(scores[key], { comparator: set.comparator, threshold: set.thresholds[key] });
  return {
    pain: judge('pain'),
    symptoms: judge('symptoms'),
    adl: judge('adl'),
    sport: judge('sport'),
    qol: judge('qol'),
  };
}
