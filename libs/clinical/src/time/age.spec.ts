import { describe, expect, it } from '@jest/globals';
import { ageInYears } from './age.js';

describe('ageInYears', () => {
  it.each([
    ['2000-06-15', '2026-06-14', 25],
    ['2000-06-15', '2026-06-15', 26],
    ['2000-02-29', '2026-02-28', 25],
    ['2000-02-29', '2026-03-01', 26],
    ['2026-01-01', '2026-01-01', 0],
  ])('born %s, on %s → %i', (born, today, expected) => {
    expect(ageInYears(born, today)).toBe(expected);
  });

  it('is null for invalid dates or a birth after today', () => {
    expect(ageInYears('2000-02-30', '2026-01-01')).toBeNull();
    expect(ageInYears('2027-01-01', '2026-01-01')).toBeNull();
  });
});
