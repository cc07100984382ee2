import { ageInYears, isIsoDate, todayIsoDate, weeksSince } from './calendar-date';

describe('calendar dates', () => {
  it('formats today in local time as YYYY-MM-DD', () => {
    expect(todayIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('5/3/2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('counts completed weeks since a date, negative before it', () => {
    expect(weeksSince('2026-01-01', '2026-01-07')).toBe(0);
    expect(weeksSince('2026-01-01', '2026-01-08')).toBe(1);
    expect(weeksSince('2026-01-01', '2026-03-26')).toBe(12);
    expect(weeksSince('2026-01-10', '2026-01-01')).toBe(-2);
    expect(weeksSince('not a date', '2026-01-01')).toBeNull();
  });

  it('computes age in completed years, counting the birthday itself', () => {
    expect(ageInYears('1990-06-15', '2026-06-14')).toBe(35);
    expect(ageInYears('1990-06-15', '2026-06-15')).toBe(36);
    expect(ageInYears('bad', '2026-06-15')).toBeNull();
  });
});
