import {
  ACL_RSI_THRESHOLDS,
  FUNCTION_SCORE_THRESHOLDS,
  IKDC_PASS_THRESHOLDS,
  KOOS_PASS_THRESHOLDS,
  type Instrument,
  type KoosSubscale,
  type ThresholdRule,
} from '@proprio/clinical';

/** A reference line for a score: a PASS value or a return-to-sport criterion, from the library's tables. */
export interface ScoreReference extends ThresholdRule {
  label: string;
  source: string;
}

const KOOS_PASS = KOOS_PASS_THRESHOLDS.delawareOslo2024;

function isKoosSubscale(key: string): key is KoosSubscale {
  return key in KOOS_PASS.thresholds;
}

/**
 * The reference drawn with a score's trend, when the library has one: KOOS and IKDC PASS
 * (Delaware-Oslo 10-year, verified), ACL-RSI PASS 60, and the Delaware-Oslo return-to-sport criteria
 * for KOS-ADLS and the global rating. Null for scores without a published reference in the library.
 */
export function scoreReference(instrument: Instrument, key: string): ScoreReference | null {
  switch (instrument) {
    case 'koos':
      return isKoosSubscale(key)
        ? {
            label: `PASS ${KOOS_PASS.thresholds[key]}`,
            comparator: KOOS_PASS.comparator,
            threshold: KOOS_PASS.thresholds[key],
            source: KOOS_PASS.label,
          }
        : null;
    case 'ikdc':
      return key === 'total' ? reference(IKDC_PASS_THRESHOLDS.urhausen2024, 'PASS') : null;
    case 'acl_rsi':
      return key === 'total' ? reference(ACL_RSI_THRESHOLDS.pass2025, 'PASS') : null;
    case 'kos_adls':
      return key === 'total' ? reference(FUNCTION_SCORE_THRESHOLDS.kosAdlsDelaware, 'Criterion') : null;
    case 'global_rating':
      return key === 'total' ? reference(FUNCTION_SCORE_THRESHOLDS.grsDelaware, 'Criterion') : null;
    default:
      return null;
  }
}

function reference(
  threshold: ThresholdRule & { label: string; source: string },
  kind: 'PASS' | 'Criterion',
): ScoreReference {
  return {
    label: `${kind} ${threshold.threshold}`,
    comparator: threshold.comparator,
    threshold: threshold.threshold,
    source: threshold.label,
  };
}
