/**
 * Every test vector of REFERENCE.md §8, table-driven, compared to ~1e-9 (toBeCloseTo(x, 9)).
 * The expected values are the reference's own, not recomputed here.
 */
import { describe, expect, it } from '@jest/globals';
import {
  FUNCTION_SCORE_THRESHOLDS,
  STRENGTH_THRESHOLDS,
  Y_BALANCE_RISK_THRESHOLDS,
} from './interpretation/function-thresholds.js';
import { HOP_LSI_THRESHOLDS } from './interpretation/hop-thresholds.js';
import { changeReachesMcid, MCID_VALUES } from './interpretation/minimal-change.js';
import { ACL_RSI_THRESHOLDS } from './interpretation/prom-thresholds.js';
import { meetsThreshold } from './interpretation/threshold.js';
import { computeHopResult, type HopInput } from './measures/hop-tests.js';
import { computeHamstringQuadricepsRatio, computeStrengthSymmetry, type StrengthReading } from './measures/strength.js';
import { limbSymmetryIndex } from './measures/symmetry.js';
import { anteriorReachAsymmetry, compositeReach, computeYBalance, normalisedReach } from './measures/y-balance.js';
import { scoreAclRsi } from './proms/acl-rsi.js';
import { scoreIkdc } from './proms/ikdc.js';
import { answersFromList } from './proms/items.js';
import { KOOS_SUBSCALES, scoreKoos } from './proms/koos.js';
import { scoreKoos12 } from './proms/koos12.js';
import { KOS_ADLS_ITEM_IDS, scoreKosAdls } from './proms/kos-adls.js';
import { LEFS_ITEM_IDS, scoreLefs } from './proms/lefs.js';
import { LYSHOLM_BAND_SCHEMES, scoreLysholm } from './proms/lysholm.js';
import { validateTegner } from './proms/tegner.js';
import { type Result } from './validation/result.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

function hop(input: HopInput, aggregation: 'mean' | 'best' = 'mean') {
  return value(computeHopResult(input, { aggregation }));
}

describe('REFERENCE §8 hop-test vectors', () => {
  it('vector 1: single hop, mean of trials → LSI 82.432432…%, fails 85 (Noyes) and 90', () => {
    const r = hop({ test: 'single', trials: { involved: [120, 124], uninvolved: [150, 146] } });
    expect(r.involved.value).toBeCloseTo(122, 9);
    expect(r.uninvolved.value).toBeCloseTo(148, 9);
    expect(r.lsi).toBeCloseTo(82.43243243243244, 9);
    expect(meetsThreshold(r.lsi, HOP_LSI_THRESHOLDS.noyes1991)).toBe(false);
    expect(meetsThreshold(r.lsi, HOP_LSI_THRESHOLDS.delawareOslo2020)).toBe(false);
  });

  it('vector 2: triple hop 450 / 480 cm → 93.75%, passes ≥ 90, fails > 95 (Melbourne P3)', () => {
    const r = hop({ test: 'triple', trials: { involved: [440, 460], uninvolved: [480, 480] } });
    expect(r.involved.mean).toBeCloseTo(450, 9);
    expect(r.lsi).toBeCloseTo(93.75, 9);
    expect(meetsThreshold(r.lsi, HOP_LSI_THRESHOLDS.delawareOslo2020)).toBe(true);
    expect(meetsThreshold(r.lsi, HOP_LSI_THRESHOLDS.melbournePhase3)).toBe(false);
  });

  it('vector 3: 6 m timed hop, inverted → 2.07 / 2.35 × 100 = 88.085106…%, not the naive 113.5%', () => {
    const r = hop({ test: 'timed6m', trials: { involved: [2.4, 2.3], uninvolved: [2.1, 2.04] } });
    expect(r.involved.mean).toBeCloseTo(2.35, 9);
    expect(r.uninvolved.mean).toBeCloseTo(2.07, 9);
    expect(r.lsi).toBeCloseTo(88.08510638297872, 9);
    expect(r.lsi).toBeLessThan(100);
    expect(r.involved.mean / r.uninvolved.mean).toBeCloseTo(1.1352657, 6); // the wrong formula
  });

  it.each([
    ['mean', 83.11111111111111, false],
    ['best', 85.52631578947368, true],
  ] as const)('vector 4: mean vs best aggregation (%s) → LSI %d, Noyes 85 met: %s', (aggregation, lsi, passes) => {
    const r = hop({ test: 'single', trials: { involved: [118, 130, 126], uninvolved: [150, 152, 148] } }, aggregation);
    expect(r.lsi).toBeCloseTo(lsi, 9);
    expect(meetsThreshold(r.lsi, HOP_LSI_THRESHOLDS.noyes1991)).toBe(passes);
  });

  it('vector 5: EPIC vs LSI → LSI 93.75% (pass), EPIC 78.947368…% (fail)', () => {
    const r = hop({ test: 'single', trials: { involved: [150], uninvolved: [160] }, baseline: { uninvolved: [190] } });
    expect(r.lsi).toBeCloseTo(93.75, 9);
    expect(r.epic).toBeCloseTo(78.94736842105263, 9);
    expect(meetsThreshold(r.lsi, HOP_LSI_THRESHOLDS.delawareOslo2020)).toBe(true);
    expect(meetsThreshold(r.epic, HOP_LSI_THRESHOLDS.delawareOslo2020)).toBe(false);
  });

  it('vector 20: division guard, uninvolved distance 0 → null or an issue, never Infinity', () => {
    expect(limbSymmetryIndex(150, 0)).toBeNull();
    const r = computeHopResult({ test: 'single', trials: { involved: [150], uninvolved: [0] } });
    expect(r).toEqual({
      ok: false,
      issues: [{ field: 'trials.uninvolved.0', issue: 'must be a positive number of centimetres' }],
    });
    const side = hop({ test: 'side', trials: { involved: [20], uninvolved: [0] } });
    expect(side.lsi).toBeNull();
  });
});

describe('REFERENCE §8 strength and Y-balance vectors', () => {
  const reading = (value: number, mode: 'concentric' = 'concentric'): StrengthReading => ({
    value,
    unit: 'N.m',
    device: 'Biodex System 4',
    mode,
    velocityDegPerSecond: 60,
  });

  it('vector 6: quadriceps 180 / 220 N·m → LSI 81.818182…%, deficit 18.18%, fails Kyritsis < 10%', () => {
    const r = value(
      computeStrengthSymmetry({ muscle: 'quadriceps', involved: reading(180), uninvolved: reading(220) }),
    );
    expect(r.lsi).toBeCloseTo(81.81818181818181, 9);
    expect(r.deficitPercent).toBeCloseTo(18.181818181818187, 9);
    expect(meetsThreshold(r.lsi, STRENGTH_THRESHOLDS.quadricepsLsiKyritsis)).toBe(false);
  });

  it('vector 7: conventional H:Q, Hcon 120 / Qcon 200 N·m at the same velocity → 0.60', () => {
    const r = value(computeHamstringQuadricepsRatio({ hamstrings: reading(120), quadriceps: reading(200) }));
    expect(r.ratio).toBeCloseTo(0.6, 9);
  });

  it('vector 8: YBT composite 96.296296…%, normalised ANT 72.222…%, anterior asymmetry 5 cm → flag', () => {
    const reach = { anterior: 65, posteromedial: 100, posterolateral: 95 };
    expect(compositeReach(reach, 90)).toBeCloseTo(96.29629629629629, 9);
    expect(normalisedReach(65, 90)).toBeCloseTo(72.22222222222223, 9);
    expect(anteriorReachAsymmetry(65, 70)).toEqual({ differenceCm: 5, flagged: true });
    expect(Y_BALANCE_RISK_THRESHOLDS.anteriorAsymmetry.threshold).toBe(4);

    const r = value(
      computeYBalance({
        involved: { limbLengthCm: 90, reachCm: { anterior: [65], posteromedial: [100], posterolateral: [95] } },
        uninvolved: { limbLengthCm: 90, reachCm: { anterior: [70], posteromedial: [100], posterolateral: [95] } },
      }),
    );
    expect(r.involved.compositePercent).toBeCloseTo(96.29629629629629, 9);
    expect(r.involved.normalisedPercent.anterior).toBeCloseTo(72.22222222222223, 9);
    expect(r.anteriorAsymmetry.differenceCm).toBeCloseTo(5, 9);
    expect(r.anteriorAsymmetry.flagged).toBe(true);
  });
});

describe('REFERENCE §8 questionnaire vectors', () => {
  const koosWith = (ids: readonly string[], values: readonly (number | null)[]) => value(answersFromList(ids, values));

  it('vector 9: KOOS Pain [0,1,1,2,0,1,0,0,1] → 83.333333…', () => {
    const r = value(scoreKoos(koosWith(KOOS_SUBSCALES.pain.items, [0, 1, 1, 2, 0, 1, 0, 0, 1])));
    expect(r.subscales.pain.score).toBeCloseTo(83.33333333333333, 9);
  });

  it.each([
    ['(a) 4 of 7 answered', [1, 2, 1, 0, null, null, null], 75, null],
    ['(b) 3 of 7 answered', [1, 2, 1, null, null, null, null], null, null],
  ] as const)(
    'vector 10: KOOS Symptoms with missing items %s → 2012: %s, 1998: %s',
    (_, answers, rule2012, rule1998) => {
      const items = koosWith(KOOS_SUBSCALES.symptoms.items, answers);
      const s2012 = value(scoreKoos(items)).subscales.symptoms;
      const s1998 = value(scoreKoos(items, { missingItemRule: '1998' })).subscales.symptoms;
      if (rule2012 === null) expect(s2012.score).toBeNull();
      else expect(s2012.score).toBeCloseTo(rule2012, 9);
      expect(s2012.required).toBe(4);
      expect(s1998.score).toBe(rule1998);
      expect(s1998.required).toBe(5);
    },
  );

  it.each([
    [0, 100],
    [4, 0],
  ])('vector 11: KOOS ADL, all 17 items = %d → %d', (answer, expected) => {
    const r = value(scoreKoos(koosWith(KOOS_SUBSCALES.adl.items, Array(17).fill(answer))));
    expect(r.subscales.adl.score).toBeCloseTo(expected, 9);
  });

  const ikdcComplete = {
    '1': 3,
    '2': 2,
    '3': 3,
    '4': 3,
    '5': 3,
    '6': 'no',
    '7': 3,
    '8': 2,
    '9a': 4,
    '9b': 4,
    '9c': 3,
    '9d': 3,
    '9e': 4,
    '9f': 4,
    '9g': 3,
    '9h': 3,
    '9i': 3,
    '10b': 8,
  };

  it('vector 12: IKDC complete → 69 / 87 = 79.310345…', () => {
    const r = value(scoreIkdc(ikdcComplete));
    expect(r.sum).toBe(69);
    expect(r.maximum).toBe(87);
    expect(r.score).toBeCloseTo(79.3103448275862, 9);
  });

  it('vector 13: IKDC with items 8 and 9c missing → 64 / 79 = 81.012658…; a third missing → null (< 16)', () => {
    const twoMissing = { ...ikdcComplete, '8': null, '9c': null };
    const r = value(scoreIkdc(twoMissing));
    expect(r.answered).toBe(16);
    expect(r.sum).toBe(64);
    expect(r.maximum).toBe(79);
    expect(r.score).toBeCloseTo(81.0126582278481, 9);
    const threeMissing = value(scoreIkdc({ ...twoMissing, '9d': null }));
    expect(threeMissing.score).toBeNull();
    expect(threeMissing.answered).toBe(15);
  });

  it('vector 14: ACL-RSI 0–10 NRS [6,5,7,4,6,5,7,6,5,4,6,7] (entered ×10) → 56.666667…, passes > 56, fails ≥ 60', () => {
    const nrs = [6, 5, 7, 4, 6, 5, 7, 6, 5, 4, 6, 7];
    const answers = Object.fromEntries(nrs.map((v, i) => [`R${i + 1}`, v * 10]));
    const r = value(scoreAclRsi(answers));
    expect(r.score).toBeCloseTo(56.666666666666664, 9);
    expect(meetsThreshold(r.score, ACL_RSI_THRESHOLDS.gokeler2017)).toBe(true);
    expect(meetsThreshold(r.score, ACL_RSI_THRESHOLDS.pass2025)).toBe(false);
  });

  it('vector 15: LEFS 16 × 3 + 4 × 2 → 56 / 80 (70%); 45 → 56 reaches the MCID of 9, 45 → 53 does not', () => {
    const r = value(scoreLefs(value(answersFromList(LEFS_ITEM_IDS, [...Array(16).fill(3), ...Array(4).fill(2)]))));
    expect(r.score).toBe(56);
    expect(r.percent).toBeCloseTo(70, 9);
    expect(MCID_VALUES.lefs.value).toBe(9);
    expect(changeReachesMcid(45, 56, MCID_VALUES.lefs.value)).toBe(true);
    expect(changeReachesMcid(45, 53, MCID_VALUES.lefs.value)).toBe(false);
  });

  it.each(Object.entries(LYSHOLM_BAND_SCHEMES))('vector 16: Lysholm → 76, "fair" under the %s bands', (_, scheme) => {
    const answers = {
      limp: 5,
      support: 5,
      locking: 10,
      instability: 20,
      pain: 20,
      swelling: 6,
      stairs: 6,
      squatting: 4,
    };
    const r = value(scoreLysholm(answers, { bands: scheme }));
    expect(r.score).toBe(76);
    expect(r.band).toBe('fair');
  });

  it('vector 17: KOS-ADLS sum 63 of 70 → 90.0%, meets "≥ 90" but fails "> 90"', () => {
    const r = value(
      scoreKosAdls(value(answersFromList(KOS_ADLS_ITEM_IDS, [...Array(7).fill(5), ...Array(7).fill(4)]))),
    );
    expect(r.sum).toBe(63);
    expect(r.score).toBeCloseTo(90, 9);
    expect(meetsThreshold(r.score, FUNCTION_SCORE_THRESHOLDS.kosAdlsDelaware)).toBe(true);
    expect(meetsThreshold(r.score, FUNCTION_SCORE_THRESHOLDS.kosAdlsGrindem2016)).toBe(false);
  });

  it('vector 18: KOOS-12 → Pain 75.0, Function 87.5, QOL 56.25, Summary 72.916667…', () => {
    const answers = {
      ...value(answersFromList(['PAIN1', 'PAIN2', 'PAIN3', 'PAIN4'], [1, 1, 2, 0])),
      ...value(answersFromList(['FUNC1', 'FUNC2', 'FUNC3', 'FUNC4'], [0, 1, 0, 1])),
      ...value(answersFromList(['QOL1', 'QOL2', 'QOL3', 'QOL4'], [2, 2, 1, 2])),
    };
    const r = value(scoreKoos12(answers));
    expect(r.scales.pain.score).toBeCloseTo(75, 9);
    expect(r.scales.function.score).toBeCloseTo(87.5, 9);
    expect(r.scales.qol.score).toBeCloseTo(56.25, 9);
    expect(r.summary).toBeCloseTo(72.91666666666667, 9);
  });

  it.each([11, 5.5])('vector 19: Tegner %d is rejected (integer 0–10 only)', (level) => {
    expect(validateTegner({ preInjury: level })).toEqual({
      ok: false,
      issues: [{ field: 'preInjury', issue: 'must be an integer level from 0 to 10' }],
    });
    expect(validateTegner({ current: level }).ok).toBe(false);
  });
});
