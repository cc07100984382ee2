import { describe, expect, it } from '@jest/globals';
import {
  computeHamstringQuadricepsRatio,
  computeStrengthSymmetry,
  normaliseTorque,
  type StrengthReading,
  type StrengthSymmetryInput,
} from './strength.js';

const iso60 = (value: number, extra: Partial<StrengthReading> = {}): StrengthReading => ({
  value,
  unit: 'N.m',
  device: 'Biodex System 4',
  mode: 'concentric',
  velocityDegPerSecond: 60,
  ...extra,
});

function issuesOf(input: unknown) {
  const r = computeStrengthSymmetry(input as StrengthSymmetryInput);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
}

describe('computeStrengthSymmetry', () => {
  it('computes LSI, deficit, EPIC against the pre-operative baseline and N.m/kg', () => {
    const r = computeStrengthSymmetry({
      muscle: 'quadriceps',
      involved: iso60(210),
      uninvolved: iso60(233.33333333333334),
      uninvolvedBaseline: iso60(262.5),
      bodyMassKg: 70,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lsi).toBeCloseTo(90, 9);
    expect(r.value.deficitPercent).toBeCloseTo(10, 9);
    expect(r.value.epic).toBeCloseTo(80, 9);
    expect(r.value.involvedNormalised).toBeCloseTo(3, 9);
    expect(r.value.protocol).toEqual({
      device: 'Biodex System 4',
      unit: 'N.m',
      mode: 'concentric',
      velocityDegPerSecond: 60,
      kneeAngleDeg: null,
    });
  });

  it('accepts isometric hand-held readings (no velocity) and gives no N.m/kg for forces in N', () => {
    const hhd = (value: number): StrengthReading => ({
      value,
      unit: 'N',
      device: 'hand-held dynamometer',
      mode: 'isometric',
      velocityDegPerSecond: null,
      kneeAngleDeg: 90,
    });
    const r = computeStrengthSymmetry({
      muscle: 'hamstrings',
      involved: hhd(180),
      uninvolved: hhd(200),
      bodyMassKg: 70,
    });
    expect(r.ok && r.value.lsi).toBeCloseTo(90, 9);
    expect(r.ok && r.value.involvedNormalised).toBeNull();
  });

  it('compares device names ignoring case and outer spaces', () => {
    const r = computeStrengthSymmetry({
      muscle: 'quadriceps',
      involved: iso60(180),
      uninvolved: iso60(200, { device: '  biodex system 4 ' }),
    });
    expect(r.ok).toBe(true);
  });

  it.each([
    ['device', { device: 'Humac Norm' }, 'uninvolved.device', 'must be the same device'],
    ['velocity', { velocityDegPerSecond: 180 }, 'uninvolved.velocityDegPerSecond', 'must be the same velocity'],
    ['mode', { mode: 'eccentric' as const }, 'uninvolved.mode', 'must be the same contraction mode'],
    ['unit', { unit: 'N' as const }, 'uninvolved.unit', 'must be the same unit'],
  ])('refuses to compare readings with a different %s', (_, change, field, start) => {
    const found = issuesOf({ muscle: 'quadriceps', involved: iso60(180), uninvolved: iso60(200, change) });
    expect(found).toHaveLength(1);
    expect(found[0]?.field).toBe(field);
    expect(found[0]?.issue.startsWith(start)).toBe(true);
    expect(found[0]?.issue).toContain('cannot be compared');
  });

  it('refuses isometric readings at different knee angles and a baseline taken differently', () => {
    const iso = (angle: number): StrengthReading => ({
      value: 200,
      unit: 'N.m',
      device: 'Biodex',
      mode: 'isometric',
      velocityDegPerSecond: null,
      kneeAngleDeg: angle,
    });
    expect(issuesOf({ muscle: 'quadriceps', involved: iso(60), uninvolved: iso(90) })[0]?.field).toBe(
      'uninvolved.kneeAngleDeg',
    );
    expect(
      issuesOf({
        muscle: 'quadriceps',
        involved: iso60(1),
        uninvolved: iso60(1),
        uninvolvedBaseline: iso60(1, { velocityDegPerSecond: 180 }),
      })[0]?.field,
    ).toBe('uninvolvedBaseline.velocityDegPerSecond');
  });

  it('validates each reading and names the field', () => {
    expect(
      issuesOf({
        muscle: 'calf',
        involved: { value: 0, unit: 'kg', device: ' ', mode: 'concentric', velocityDegPerSecond: null },
        uninvolved: { value: 200, unit: 'N.m', device: 'x', mode: 'isometric', velocityDegPerSecond: 60 },
        bodyMassKg: -70,
      }),
    ).toEqual([
      { field: 'muscle', issue: "must be one of 'quadriceps', 'hamstrings'" },
      { field: 'involved.value', issue: 'must be a positive peak torque or force' },
      { field: 'involved.unit', issue: "must be one of 'N.m', 'N'" },
      { field: 'involved.device', issue: 'must be the name of the device used' },
      {
        field: 'involved.velocityDegPerSecond',
        issue: 'must be a positive angular velocity in degrees per second for a concentric reading',
      },
      { field: 'uninvolved.velocityDegPerSecond', issue: 'must be empty for an isometric reading (no joint movement)' },
      { field: 'bodyMassKg', issue: 'must be a positive body mass in kilograms' },
    ]);
    expect(issuesOf({ muscle: 'quadriceps', involved: iso60(1) })).toEqual([
      { field: 'uninvolved', issue: 'must be a strength reading (value, unit, device, mode, velocity)' },
    ]);
  });
});

describe('computeHamstringQuadricepsRatio', () => {
  it('is Hcon / Qcon at the same velocity', () => {
    const r = computeHamstringQuadricepsRatio({ hamstrings: iso60(110), quadriceps: iso60(200) });
    expect(r).toEqual({ ok: true, value: { ratio: 0.55, velocityDegPerSecond: 60, device: 'Biodex System 4' } });
  });

  it('refuses non-concentric readings and different velocities', () => {
    const r = computeHamstringQuadricepsRatio({
      hamstrings: iso60(110, { mode: 'eccentric', velocityDegPerSecond: 180 }),
      quadriceps: iso60(200),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.field)).toEqual(['hamstrings.mode', 'hamstrings.velocityDegPerSecond']);
  });
});

describe('normaliseTorque', () => {
  it('divides a torque by body mass', () => {
    expect(normaliseTorque(iso60(231), 70)).toEqual({ ok: true, value: 3.3 });
  });

  it('refuses a force in N and a non-positive mass', () => {
    const r = normaliseTorque(iso60(231, { unit: 'N' }), 0);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.field)).toEqual(['bodyMassKg', 'reading.unit']);
  });
});
