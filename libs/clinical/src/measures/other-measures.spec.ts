import { describe, expect, it } from '@jest/globals';
import { effusionAtMost, effusionRank, EFFUSION_GRADES, parseEffusionGrade } from './effusion.js';
import { computeKneeRom } from './knee-rom.js';
import { validateQuadricepsLag } from './quadriceps-lag.js';
import { computeReactionTime } from './reaction-time.js';
import { computeRunningTTest } from './running-t-test.js';
import { computeSingleLegStance, type SingleLegStanceInput } from './single-leg-stance.js';

describe('single-leg stance', () => {
  const input: SingleLegStanceInput = {
    eyes: 'closed',
    surface: 'firm',
    maxSeconds: 45,
    armsCrossed: true,
    trials: { involved: [6.5, 9.2, 8], uninvolved: [12, 10] },
  };

  it('takes the best trial by default, with the mean and an LSI when both limbs are given', () => {
    const r = computeSingleLegStance(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.involved).toMatchObject({ best: 9.2, value: 9.2, reachedMaximum: false });
    expect(r.value.involved.mean).toBeCloseTo(7.9, 9);
    expect(r.value.lsi).toBeCloseTo((9.2 / 12) * 100, 9);
    expect(r.value).toMatchObject({ eyes: 'closed', surface: 'firm', maxSeconds: 45, armsCrossed: true });
  });

  it('marks a trial at the time cap and refuses one above it', () => {
    const capped = computeSingleLegStance({ ...input, trials: { involved: [45] } });
    expect(capped.ok && capped.value.involved.reachedMaximum).toBe(true);
    expect(capped.ok && capped.value.lsi).toBeNull();
    expect(computeSingleLegStance({ ...input, trials: { involved: [46] } })).toEqual({
      ok: false,
      issues: [{ field: 'trials.involved.0', issue: 'must be a time in seconds from 0 to the 45 s cap' }],
    });
  });

  it('validates the protocol metadata', () => {
    const r = computeSingleLegStance({
      ...input,
      eyes: 'half' as 'open',
      surface: 'sand' as 'firm',
      maxSeconds: 0,
      armsCrossed: 'yes' as unknown as boolean,
    });
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(['eyes', 'surface', 'maxSeconds', 'armsCrossed']);
  });
});

describe('running T-test', () => {
  it('takes the fastest trial by default, the mean on request', () => {
    expect(computeRunningTTest([11.4, 10.8, 11.0])).toEqual({
      ok: true,
      value: {
        trials: [11.4, 10.8, 11.0],
        fastest: 10.8,
        mean: expect.any(Number),
        aggregation: 'best',
        seconds: 10.8,
      },
    });
    const mean = computeRunningTTest([11.4, 10.8], { aggregation: 'mean' });
    expect(mean.ok && mean.value.seconds).toBeCloseTo(11.1, 9);
  });

  it('refuses a zero or negative time and an empty list', () => {
    expect(computeRunningTTest([10.5, 0])).toEqual({
      ok: false,
      issues: [{ field: 'trialsSeconds.1', issue: 'must be a positive time in seconds' }],
    });
    expect(computeRunningTTest([]).ok).toBe(false);
  });
});

describe('reaction time', () => {
  it('keeps the raw times with their protocol and gives the mean and the fastest', () => {
    expect(computeReactionTime({ protocol: ' 4 lights random ', trialsMs: [420, 380, 400] })).toEqual({
      ok: true,
      value: { protocol: '4 lights random', trialsMs: [420, 380, 400], meanMs: 400, fastestMs: 380 },
    });
  });

  it('requires a protocol and positive times', () => {
    expect(computeReactionTime({ protocol: '', trialsMs: [0] })).toEqual({
      ok: false,
      issues: [
        { field: 'protocol', issue: 'must be the name of the protocol used' },
        { field: 'trialsMs.0', issue: 'must be a positive time in milliseconds' },
      ],
    });
  });
});

describe('knee range of motion', () => {
  it('treats hyperextension as a negative extension deficit and compares the knees', () => {
    const r = computeKneeRom({
      involved: { extensionDeficitDeg: 2, flexionDeg: 120 },
      uninvolved: { extensionDeficitDeg: -5, flexionDeg: 140 },
    });
    expect(r).toEqual({
      ok: true,
      value: {
        involved: { extensionDeficitDeg: 2, flexionDeg: 120, arcDeg: 118 },
        uninvolved: { extensionDeficitDeg: -5, flexionDeg: 140, arcDeg: 145 },
        extensionDifferenceDeg: 7,
        flexionDeficitDeg: 20,
      },
    });
  });

  it('accepts one limb and one measurement', () => {
    const r = computeKneeRom({ involved: { flexionDeg: 95 } });
    expect(r.ok && r.value).toEqual({
      involved: { extensionDeficitDeg: null, flexionDeg: 95, arcDeg: null },
      uninvolved: null,
      extensionDifferenceDeg: null,
      flexionDeficitDeg: null,
    });
  });

  it.each([
    [{ involved: { extensionDeficitDeg: -40 } }, 'involved.extensionDeficitDeg'],
    [{ involved: { flexionDeg: 200 } }, 'involved.flexionDeg'],
    [{ involved: { extensionDeficitDeg: 30, flexionDeg: 20 } }, 'involved.flexionDeg'],
    [{ involved: {} }, 'involved'],
    [{ involved: { flexionDeg: 120 }, uninvolved: { flexionDeg: Number.NaN } }, 'uninvolved.flexionDeg'],
  ])('rejects %j at %s', (input, field) => {
    const r = computeKneeRom(input);
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual([field]);
  });

  it('uses clinic-supplied plausibility bounds', () => {
    const ranges = {
      extensionDeficitDeg: { min: -45, max: 90, source: 'clinic', evidence: 'U' as const },
      flexionDeg: { min: 0, max: 180, source: 'clinic', evidence: 'U' as const },
    };
    expect(computeKneeRom({ involved: { extensionDeficitDeg: -40 } }, { ranges }).ok).toBe(true);
  });
});

describe('effusion (stroke test)', () => {
  it('accepts exactly the five grades, in order', () => {
    expect(EFFUSION_GRADES).toEqual(['zero', 'trace', '1+', '2+', '3+']);
    expect(EFFUSION_GRADES.map(effusionRank)).toEqual([0, 1, 2, 3, 4]);
    expect(parseEffusionGrade('1+')).toEqual({ ok: true, value: '1+' });
  });

  it.each(['0', 'none', '4+', 1, null])('rejects %p', (grade) => {
    expect(parseEffusionGrade(grade)).toEqual({
      ok: false,
      issues: [{ field: 'effusion', issue: "must be a stroke-test grade: 'zero', 'trace', '1+', '2+' or '3+'" }],
    });
  });

  it('compares grades for criteria such as "≤ 1+"', () => {
    expect(effusionAtMost('trace', '1+')).toBe(true);
    expect(effusionAtMost('1+', '1+')).toBe(true);
    expect(effusionAtMost('2+', '1+')).toBe(false);
    expect(effusionAtMost('trace', 'zero')).toBe(false);
  });
});

describe('quadriceps lag', () => {
  it('accepts 0 to 90 degrees', () => {
    expect(validateQuadricepsLag(0)).toEqual({ ok: true, value: 0 });
    expect(validateQuadricepsLag(5)).toEqual({ ok: true, value: 5 });
  });

  it.each([-1, 91, Number.NaN])('rejects %p', (lag) => {
    expect(validateQuadricepsLag(lag)).toEqual({
      ok: false,
      issues: [{ field: 'quadricepsLagDeg', issue: 'must be a lag in degrees from 0 to 90' }],
    });
  });
});
