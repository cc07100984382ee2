import { describe, expect, it } from '@jest/globals';
import { changeReachesMcid } from './minimal-change.js';

describe('changeReachesMcid', () => {
  it.each([
    [45, 54, true],
    [45, 53.99, false],
    [60, 51, false],
  ])('LEFS %d → %d reaches an MCID of 9: %s', (previous, current, expected) => {
    expect(changeReachesMcid(previous, current, 9)).toBe(expected);
  });

  it('counts a fall as improvement when lower is better', () => {
    expect(changeReachesMcid(20, 10, 9, 'lower')).toBe(true);
    expect(changeReachesMcid(10, 20, 9, 'lower')).toBe(false);
  });

  it('is not fooled by floating-point noise exactly at the MCID', () => {
    expect(changeReachesMcid(0.1 + 0.2, 9.3, 9)).toBe(true);
  });

  it.each([
    [Number.NaN, 50, 9],
    [45, Number.POSITIVE_INFINITY, 9],
    [45, 50, 0],
    [45, 50, -1],
    [45, 50, Number.NaN],
  ])('refuses non-finite scores or a non-positive MCID (%p, %p, %p)', (previous, current, mcid) => {
    expect(() => changeReachesMcid(previous, current, mcid)).toThrow(RangeError);
  });
});
