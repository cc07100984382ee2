import { deepFreeze } from './evidence.js';
import { type SourcedThreshold } from './threshold.js';

/** Hop-test LSI thresholds (REFERENCE §1.3, §2.1, §2.2), each with its own comparator. */
export const HOP_LSI_THRESHOLDS = deepFreeze({
  noyes1991: {
    label: 'Noyes 1991: LSI below 85% is abnormal',
    comparator: '>=',
    threshold: 85,
    unit: '%',
    source: 'Noyes, Barber & Mangine 1991 AJSM (PubMed 1962720)',
    evidence: 'V',
    note: '"< 85% abnormal", so a normal result is ≥ 85.',
  },
  delawareOslo2020: {
    label: 'Delaware-Oslo 2020: LSI ≥ 90%',
    comparator: '>=',
    threshold: 90,
    unit: '%',
    source: 'Grindem 2020 BJSM 54:1099; Delaware Experience 2018',
    evidence: 'V',
  },
  grindem2016: {
    label: 'Grindem 2016 abstract: LSI > 90%',
    comparator: '>',
    threshold: 90,
    unit: '%',
    source: 'Grindem 2016 BJSM 50:804 (abstract)',
    evidence: 'V',
  },
  kyritsis2016: {
    label: 'Kyritsis 2016: single, triple and crossover hop LSI > 90%',
    comparator: '>',
    threshold: 90,
    unit: '%',
    source: 'Kyritsis 2016 BJSM',
    evidence: 'V',
  },
  melbournePhase3: {
    label: 'Melbourne 2.0 phase 3 exit: LSI > 95%',
    comparator: '>',
    threshold: 95,
    unit: '%',
    source: 'Melbourne ACL Rehabilitation Guide 2.0 (transcription of the Dutch translation)',
    evidence: 'S',
  },
} satisfies Record<string, SourcedThreshold>);
