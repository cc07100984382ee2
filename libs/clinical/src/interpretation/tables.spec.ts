import { describe, expect, it } from '@jest/globals';
import { HOP_TEST_DEFINITIONS } from '../measures/hop-tests.js';
import { PLAUSIBLE_RANGES } from '../measures/plausibility.js';
import { KOOS12_SUMMARY_RULE } from '../proms/koos12.js';
import { KOOS_MISSING_ITEM_RULES } from '../proms/koos.js';
import { LYSHOLM_BAND_SCHEMES } from '../proms/lysholm.js';
import {
  FUNCTION_SCORE_THRESHOLDS,
  PERFORMANCE_THRESHOLDS,
  STRENGTH_THRESHOLDS,
  Y_BALANCE_RISK_THRESHOLDS,
} from './function-thresholds.js';
import { HOP_LSI_THRESHOLDS } from './hop-thresholds.js';
import { MCID_VALUES, MDC_VALUES } from './minimal-change.js';
import { ACL_RSI_THRESHOLDS, IKDC_PASS_THRESHOLDS, KOOS_PASS_THRESHOLDS } from './prom-thresholds.js';
import { COMPARATORS, type SourcedThreshold } from './threshold.js';

const thresholdTables: Record<string, Readonly<Record<string, SourcedThreshold>>> = {
  HOP_LSI_THRESHOLDS,
  IKDC_PASS_THRESHOLDS,
  ACL_RSI_THRESHOLDS,
  STRENGTH_THRESHOLDS,
  FUNCTION_SCORE_THRESHOLDS,
  PERFORMANCE_THRESHOLDS,
  Y_BALANCE_RISK_THRESHOLDS,
};

const sourcedEntries: [string, { source: string; evidence: string }][] = [
  ...Object.entries(thresholdTables).flatMap(([table, entries]) =>
    Object.entries(entries).map(([key, entry]) => [`${table}.${key}`, entry] as [string, typeof entry]),
  ),
  ...Object.entries(KOOS_PASS_THRESHOLDS).map(([k, v]) => [`KOOS_PASS_THRESHOLDS.${k}`, v] as [string, typeof v]),
  ...Object.entries(MCID_VALUES).map(([k, v]) => [`MCID_VALUES.${k}`, v] as [string, typeof v]),
  ...Object.entries(MDC_VALUES).map(([k, v]) => [`MDC_VALUES.${k}`, v] as [string, typeof v]),
  ...Object.entries(LYSHOLM_BAND_SCHEMES).map(([k, v]) => [`LYSHOLM_BAND_SCHEMES.${k}`, v] as [string, typeof v]),
  ...Object.entries(KOOS_MISSING_ITEM_RULES).map(([k, v]) => [`KOOS_MISSING_ITEM_RULES.${k}`, v] as [string, typeof v]),
  ...Object.entries(HOP_TEST_DEFINITIONS).map(
    ([k, v]) => [`HOP_TEST_DEFINITIONS.${k}.mdc90`, v.mdc90] as [string, typeof v.mdc90],
  ),
  ...Object.entries(PLAUSIBLE_RANGES).map(([k, v]) => [`PLAUSIBLE_RANGES.${k}`, v] as [string, typeof v]),
  ['KOOS12_SUMMARY_RULE', KOOS12_SUMMARY_RULE],
];

describe('clinical data tables', () => {
  it.each(sourcedEntries)('%s names its source and evidence level', (_, entry) => {
    expect(entry.source.trim()).not.toBe('');
    expect(['V', 'S', 'U']).toContain(entry.evidence);
  });

  const thresholdEntries: [string, SourcedThreshold][] = Object.entries(thresholdTables).flatMap(([table, entries]) =>
    Object.entries(entries).map(([k, v]): [string, SourcedThreshold] => [`${table}.${k}`, v]),
  );

  it.each(thresholdEntries)('%s stores a known comparator and a finite threshold with its unit', (_, entry) => {
    expect(COMPARATORS).toContain(entry.comparator);
    expect(Number.isFinite(entry.threshold)).toBe(true);
    expect(entry.unit).not.toBe('');
  });

  it('carries the reference values with their tags', () => {
    expect(IKDC_PASS_THRESHOLDS.urhausen2024).toMatchObject({ threshold: 76.2, evidence: 'V' });
    expect(IKDC_PASS_THRESHOLDS.muller2016).toMatchObject({ threshold: 75.9, evidence: 'S' });
    expect(KOOS_PASS_THRESHOLDS.delawareOslo2024).toMatchObject({
      thresholds: { pain: 85.4, symptoms: 76.5, adl: 93.8, sport: 71.6, qol: 59.0 },
      evidence: 'V',
    });
    expect(KOOS_PASS_THRESHOLDS.muller2016).toMatchObject({
      thresholds: { pain: 88.9, symptoms: 57.1, adl: 100, sport: 75.0, qol: 62.5 },
      evidence: 'U',
    });
    expect(ACL_RSI_THRESHOLDS.pass2025).toMatchObject({ comparator: '>=', threshold: 60, evidence: 'V' });
    expect(HOP_LSI_THRESHOLDS.noyes1991).toMatchObject({ comparator: '>=', threshold: 85, evidence: 'V' });
    expect(HOP_LSI_THRESHOLDS.delawareOslo2020).toMatchObject({ comparator: '>=', threshold: 90, evidence: 'V' });
    expect(HOP_LSI_THRESHOLDS.grindem2016).toMatchObject({ comparator: '>', threshold: 90, evidence: 'V' });
    expect(HOP_LSI_THRESHOLDS.melbournePhase3).toMatchObject({ comparator: '>', threshold: 95, evidence: 'S' });
    expect(MCID_VALUES.lefs).toMatchObject({ value: 9, evidence: 'V' });
    expect(MCID_VALUES.ikdc).toMatchObject({
      value: null,
      ranges: { anchorBased: { low: 7.1, high: 16.2 }, distributionBased: { low: 7.6, high: 10.5 } },
    });
    expect(HOP_TEST_DEFINITIONS.timed6m.mdc90).toMatchObject({ value: 12.96, evidence: 'V' });
    expect(KOOS12_SUMMARY_RULE).toMatchObject({ requireAllScales: true, evidence: 'U' });
    expect(PERFORMANCE_THRESHOLDS.runningTTestKyritsis).toMatchObject({ comparator: '<', threshold: 11 });
  });

  it('cannot be changed in place by a caller (a clinic passes its own copy instead)', () => {
    expect(() => {
      (HOP_LSI_THRESHOLDS.noyes1991 as { threshold: number }).threshold = 80;
    }).toThrow(TypeError);
    expect(() => {
      (KOOS_PASS_THRESHOLDS.delawareOslo2024.thresholds as { pain: number }).pain = 0;
    }).toThrow(TypeError);
    expect(HOP_LSI_THRESHOLDS.noyes1991.threshold).toBe(85);
  });
});
