import { describe, expect, it } from '@jest/globals';
import * as clinical from './index.js';

describe('public API', () => {
  it.each([
    'computeHopResult',
    'limbSymmetryIndex',
    'estimatedPreInjuryCapacity',
    'changeWithinMeasurementError',
    'computeStrengthSymmetry',
    'computeHamstringQuadricepsRatio',
    'normaliseTorque',
    'computeYBalance',
    'computeSingleLegStance',
    'computeRunningTTest',
    'computeReactionTime',
    'computeKneeRom',
    'parseEffusionGrade',
    'validateQuadricepsLag',
    'scoreIkdc',
    'scoreKoos',
    'scoreKoos12',
    'scoreAclRsi',
    'validateTegner',
    'scoreLysholm',
    'scoreLefs',
    'scoreKosAdls',
    'scoreGlobalRating',
    'meetsThreshold',
    'changeReachesMcid',
    'koosPassBySubscale',
    'timeSinceSurgery',
    'daysBetween',
  ])('exports the function %s', (name) => {
    expect(typeof (clinical as Record<string, unknown>)[name]).toBe('function');
  });

  it.each([
    'HOP_TEST_DEFINITIONS',
    'HOP_LSI_THRESHOLDS',
    'IKDC_PASS_THRESHOLDS',
    'KOOS_PASS_THRESHOLDS',
    'ACL_RSI_THRESHOLDS',
    'MCID_VALUES',
    'MDC_VALUES',
    'STRENGTH_THRESHOLDS',
    'FUNCTION_SCORE_THRESHOLDS',
    'PERFORMANCE_THRESHOLDS',
    'Y_BALANCE_RISK_THRESHOLDS',
    'LYSHOLM_BAND_SCHEMES',
    'KOOS_MISSING_ITEM_RULES',
    'KOOS12_SUMMARY_RULE',
    'PLAUSIBLE_RANGES',
  ])('exports the default table %s, frozen', (name) => {
    const table = (clinical as Record<string, unknown>)[name];
    expect(typeof table).toBe('object');
    expect(Object.isFrozen(table)).toBe(true);
  });
});
