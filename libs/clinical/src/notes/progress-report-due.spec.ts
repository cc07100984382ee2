import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isProgressReportDue } from './progress-report-due.js';

const TEN_VISITS = { visitInterval: 10, dayLimit: null };

describe('isProgressReportDue', () => {
  it('is due on the 10th visit since the last report, not the 9th', () => {
    expect(isProgressReportDue({ visitsSinceLastReport: 9, periodStart: '2026-01-01' }, TEN_VISITS, '2026-01-20')).toBe(
      false,
    );
    expect(
      isProgressReportDue({ visitsSinceLastReport: 10, periodStart: '2026-01-01' }, TEN_VISITS, '2026-01-20'),
    ).toBe(true);
  });

  it("follows the clinic's interval", () => {
    const rule = { visitInterval: 6, dayLimit: null };
    expect(isProgressReportDue({ visitsSinceLastReport: 6, periodStart: '2026-01-01' }, rule, '2026-01-02')).toBe(true);
    expect(isProgressReportDue({ visitsSinceLastReport: 5, periodStart: '2026-01-01' }, rule, '2026-06-02')).toBe(
      false,
    );
  });

  it('with a 30-day limit, is due on day 30 of the period (the first day counts as day 1)', () => {
    const rule = { visitInterval: 10, dayLimit: 30 };
    const period = { visitsSinceLastReport: 2, periodStart: '2026-01-01' };
    expect(isProgressReportDue(period, rule, '2026-01-29')).toBe(false);
    expect(isProgressReportDue(period, rule, '2026-01-30')).toBe(true);
  });

  it('is never due before the period has a visit', () => {
    const rule = { visitInterval: 1, dayLimit: 1 };
    expect(isProgressReportDue({ visitsSinceLastReport: 0, periodStart: '2026-01-01' }, rule, '2027-01-01')).toBe(
      false,
    );
    expect(isProgressReportDue({ visitsSinceLastReport: 3, periodStart: null }, rule, '2027-01-01')).toBe(false);
  });

  it('property: more visits or a later day never turns a due report into a not-due one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.option(fc.integer({ min: 1, max: 365 }), { nil: null }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 400 }),
        (visitInterval, dayLimit, visits, days) => {
          const rule = { visitInterval, dayLimit };
          const today = new Date(Date.UTC(2026, 0, 1 + days)).toISOString().slice(0, 10);
          const later = new Date(Date.UTC(2026, 0, 2 + days)).toISOString().slice(0, 10);
          const period = { visitsSinceLastReport: visits, periodStart: '2026-01-01' };
          if (isProgressReportDue(period, rule, today)) {
            expect(isProgressReportDue({ ...period, visitsSinceLastReport: visits + 1 }, rule, today)).toBe(true);
            expect(isProgressReportDue(period, rule, later)).toBe(true);
          }
        },
      ),
    );
  });
});
