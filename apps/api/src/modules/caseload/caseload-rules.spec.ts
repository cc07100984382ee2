import { describe, expect, it } from '@jest/globals';
import type { MeasureOutcome, RecordedMeasure } from '@proprio/clinical';
import { dueForRetest, isStalled, latestHopLsi } from './caseload-rules.js';

const measure = (type: string, lsi: number | null, date: string): RecordedMeasure => ({
  date,
  outcome: { type, lsi, result: {}, epic: null, mdc90: null, notes: [], method: 'mean' } as unknown as MeasureOutcome,
});

describe('latestHopLsi', () => {
  it('prefers the latest single hop over later other hops, else the latest hop of any kind', () => {
    expect(
      latestHopLsi([
        measure('hop_single', 80, '2026-01-01'),
        measure('hop_single', 85, '2026-02-01'),
        measure('hop_triple', 90, '2026-03-01'),
      ]),
    ).toEqual({ type: 'hop_single', value: 85, date: '2026-02-01' });
    expect(
      latestHopLsi([
        measure('hop_triple', 90, '2026-03-01'),
        measure('hop_crossover', 92, '2026-03-02'),
        measure('knee_rom', null, '2026-03-03'),
        measure('strength_quadriceps', 70, '2026-03-04'),
      ]),
    ).toEqual({ type: 'hop_crossover', value: 92, date: '2026-03-02' });
    expect(latestHopLsi([measure('hop_single', null, '2026-03-01')])).toBeNull();
    expect(latestHopLsi([])).toBeNull();
  });
});

describe('reminders', () => {
  it('is due for a re-test with no session, or none within 28 days', () => {
    expect(dueForRetest(null, '2026-05-01')).toBe(true);
    expect(dueForRetest('2026-04-03', '2026-05-01')).toBe(false); // 28 days
    expect(dueForRetest('2026-04-02', '2026-05-01')).toBe(true); // 29 days
  });
});

describe('isStalled', () => {
  const p1 = { typicalWeeks: { from: 0, to: 2 } };
  it('compares the weeks since surgery with the phase upper bound plus 4 weeks of grace', () => {
    expect(isStalled(p1, '2026-01-01', '2026-01-01', '2026-02-12')).toBe(false); // week 6
    expect(isStalled(p1, '2026-01-01', '2026-01-01', '2026-02-19')).toBe(true); // week 7
  });

  it('without a surgery date, compares the time in the phase with its typical length', () => {
    const preop = { typicalWeeks: { from: -12, to: 0 } };
    expect(isStalled(preop, null, '2026-01-01', '2026-04-23')).toBe(false); // 16 weeks in phase
    expect(isStalled(preop, null, '2026-01-01', '2026-04-30')).toBe(true); // 17 weeks
  });

  it('never stalls in an open-ended or unknown phase', () => {
    expect(isStalled({ typicalWeeks: { from: 52, to: null } }, '2020-01-01', '2020-01-01', '2026-01-01')).toBe(false);
    expect(isStalled(null, '2020-01-01', '2020-01-01', '2026-01-01')).toBe(false);
  });
});
