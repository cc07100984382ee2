import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { daysBetween, isCalendarDate, todayIn } from './calendar-date.js';
import { timeSinceSurgery } from './time-since-surgery.js';

describe('timeSinceSurgery', () => {
  it.each([
    ['2026-03-30', '2026-03-30', { days: 0, weeks: 0, preOperative: false }],
    ['2026-03-30', '2026-04-05', { days: 6, weeks: 0, preOperative: false }],
    ['2026-03-30', '2026-04-06', { days: 7, weeks: 1, preOperative: false }],
    ['2026-03-30', '2026-09-28', { days: 182, weeks: 26, preOperative: false }],
    ['2026-03-30', '2026-03-29', { days: -1, weeks: -1, preOperative: true }],
    ['2026-03-30', '2026-03-16', { days: -14, weeks: -2, preOperative: true }],
    // Across a leap day and the European and US daylight-saving changes.
    ['2028-02-28', '2028-03-01', { days: 2, weeks: 0, preOperative: false }],
    ['2026-03-28', '2026-03-30', { days: 2, weeks: 0, preOperative: false }],
    ['2026-10-31', '2026-11-02', { days: 2, weeks: 0, preOperative: false }],
  ])('surgery %s, today %s → %j', (surgery, today, expected) => {
    expect(timeSinceSurgery(surgery, today)).toEqual(expected);
  });

  it('is null without a surgery date', () => {
    expect(timeSinceSurgery(null, '2026-01-01')).toBeNull();
  });

  it('refuses a date that is not a calendar date instead of guessing', () => {
    expect(() => timeSinceSurgery('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => timeSinceSurgery('30/03/2026', '2026-04-01')).toThrow(RangeError);
  });

  const dateArb = fc
    .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('property: one more day never lowers the week, and adds exactly one day', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (surgery, today) => {
        const next = new Date(`${today}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        const a = timeSinceSurgery(surgery, today)!;
        const b = timeSinceSurgery(surgery, next.toISOString().slice(0, 10))!;
        expect(b.days).toBe(a.days + 1);
        expect(b.weeks).toBeGreaterThanOrEqual(a.weeks);
        expect(b.weeks - a.weeks).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('property: days are antisymmetric and weeks always bracket the days', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (x, y) => {
        expect(daysBetween(x, y) + daysBetween(y, x)).toBe(0);
        const { days, weeks, preOperative } = timeSinceSurgery(x, y)!;
        expect(weeks * 7).toBeLessThanOrEqual(days);
        expect(days).toBeLessThan((weeks + 1) * 7);
        expect(preOperative).toBe(days < 0);
      }),
    );
  });
});

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['', false],
  ])('isCalendarDate(%j) is %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('takes today in the clinic’s timezone, not the server’s', () => {
    const instant = new Date('2026-11-25T02:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-11-25');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-11-24');
    expect(todayIn('Pacific/Auckland', instant)).toBe('2026-11-25');
  });
});
