import { deepFreeze } from './evidence.js';
import { type SourcedThreshold } from './threshold.js';

/** Strength criteria (REFERENCE §2.1, §2.2, §4.1). */
export const STRENGTH_THRESHOLDS = deepFreeze({
  quadricepsLsiDelaware: {
    label: 'Quadriceps strength LSI ≥ 90% (Delaware-Oslo)',
    comparator: '>=',
    threshold: 90,
    unit: '%',
    source: 'Grindem 2020 BJSM; Delaware Experience 2018; Adams 2012 JOSPT',
    evidence: 'V',
  },
  quadricepsLsiKyritsis: {
    label: 'Quadriceps deficit < 10% at 60°/s isokinetic, i.e. LSI > 90% (Kyritsis)',
    comparator: '>',
    threshold: 90,
    unit: '%',
    source: 'Kyritsis 2016 BJSM',
    evidence: 'V',
  },
  quadricepsLsiPreopUd: {
    label: 'Pre-operative quadriceps strength index 80% (University of Delaware)',
    comparator: '>=',
    threshold: 80,
    unit: '%',
    source: 'University of Delaware PT ACL practice guideline (readkong copy)',
    evidence: 'U',
    note: 'The value 80 is verified; the comparator symbol was lost in the copy and ≥ is presumed.',
  },
  quadricepsTorqueGokeler: {
    label: 'Involved quadriceps peak torque > 3.0 N·m/kg at 60°/s (Gokeler 2017)',
    comparator: '>',
    threshold: 3.0,
    unit: 'N.m/kg',
    source: 'Gokeler 2017 KSSTA 25:192',
    evidence: 'V',
  },
  hqRatio300Female: {
    label: 'H:Q at 300°/s > 55%, females (Gokeler 2017)',
    comparator: '>',
    threshold: 0.55,
    unit: 'ratio',
    source: 'Gokeler 2017 KSSTA 25:192',
    evidence: 'V',
  },
  hqRatio300Male: {
    label: 'H:Q at 300°/s > 62.5%, males (Gokeler 2017)',
    comparator: '>',
    threshold: 0.625,
    unit: 'ratio',
    source: 'Gokeler 2017 KSSTA 25:192',
    evidence: 'V',
  },
} satisfies Record<string, SourcedThreshold>);

/** Patient-reported function criteria of the Delaware-Oslo rules (REFERENCE §2.1). */
export const FUNCTION_SCORE_THRESHOLDS = deepFreeze({
  kosAdlsDelaware: {
    label: 'KOS-ADLS ≥ 90% (Grindem 2020, Delaware)',
    comparator: '>=',
    threshold: 90,
    unit: '%',
    source: 'Grindem 2020 BJSM; Delaware Experience 2018; Adams 2012 JOSPT',
    evidence: 'V',
  },
  kosAdlsGrindem2016: {
    label: 'KOS-ADLS > 90% (Grindem 2016 abstract, as written)',
    comparator: '>',
    threshold: 90,
    unit: '%',
    source: 'Grindem 2016 BJSM (abstract)',
    evidence: 'V',
  },
  grsDelaware: {
    label: 'Global rating of function ≥ 90 (Grindem 2020, Delaware)',
    comparator: '>=',
    threshold: 90,
    unit: 'points',
    source: 'Grindem 2020 BJSM; Delaware Experience 2018',
    evidence: 'V',
  },
  grsGrindem2016: {
    label: 'Global rating of function > 90 (Grindem 2016 abstract, as written)',
    comparator: '>',
    threshold: 90,
    unit: 'points',
    source: 'Grindem 2016 BJSM (abstract)',
    evidence: 'V',
  },
} satisfies Record<string, SourcedThreshold>);

/** Agility and balance criteria (REFERENCE §2.2, §2.5, §4.3, §4.5). */
export const PERFORMANCE_THRESHOLDS = deepFreeze({
  runningTTestKyritsis: {
    label: 'Running T-test < 11 s (Kyritsis)',
    comparator: '<',
    threshold: 11,
    unit: 's',
    source: 'Kyritsis 2016 BJSM',
    evidence: 'V',
  },
  unipedalStanceEyesOpen: {
    label: 'Single-leg stance, eyes open ≥ 43 s (Springer 2007 norm, 18–39 years)',
    comparator: '>=',
    threshold: 43,
    unit: 's',
    source: 'Melbourne 2.0 transcription citing Springer 2007',
    evidence: 'S',
  },
  unipedalStanceEyesClosed: {
    label: 'Single-leg stance, eyes closed ≥ 9 s (Springer 2007 norm, 18–39 years)',
    comparator: '>=',
    threshold: 9,
    unit: 's',
    source: 'Melbourne 2.0 transcription citing Springer 2007',
    evidence: 'S',
  },
} satisfies Record<string, SourcedThreshold>);

/**
 * Y-Balance / SEBT screening flags (Plisky 2006 JOSPT 36:911, healthy high-school basketball players).
 * Meeting one of these rules **raises a risk flag**; they are not ACL-rehabilitation criteria.
 */
export const Y_BALANCE_RISK_THRESHOLDS = deepFreeze({
  anteriorAsymmetry: {
    label: 'Anterior reach difference > 4 cm between limbs (absolute, not normalised)',
    comparator: '>',
    threshold: 4,
    unit: 'cm',
    source: 'Plisky 2006 JOSPT 36(12):911 (SEBT): 2.5× injury risk',
    evidence: 'V',
  },
  compositeGirls: {
    label: 'Composite reach < 94% of limb length (girls)',
    comparator: '<',
    threshold: 94,
    unit: '%',
    source: 'Plisky 2006 JOSPT 36(12):911 (SEBT): 6.5× injury risk in girls',
    evidence: 'V',
  },
} satisfies Record<string, SourcedThreshold>);
