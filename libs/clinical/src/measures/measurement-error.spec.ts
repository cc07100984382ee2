import { describe, expect, it } from '@jest/globals';
import { HOP_TEST_DEFINITIONS } from './hop-tests.js';
import { changeWithinMeasurementError } from './measurement-error.js';

describe('changeWithinMeasurementError', () => {
  const mdc = HOP_TEST_DEFINITIONS.timed6m.mdc90.value!;

  it.each([
    [81.7, 89.6, true],
    [89.6, 81.7, true],
    [80, 92.96, false],
    [80, 92.95, true],
    [80, 95, false],
  ])('timed-hop LSI %d → %d is within the 12.96-point MDC90: %s', (previous, current, expected) => {
    expect(changeWithinMeasurementError(previous, current, mdc)).toBe(expected);
  });

  it('does not call a change exactly equal to the MDC "within error"', () => {
    expect(changeWithinMeasurementError(80, 87.05, 7.05)).toBe(false);
  });

  it.each([
    [Number.NaN, 90, 10],
    [90, Number.POSITIVE_INFINITY, 10],
    [90, 91, 0],
    [90, 91, -5],
  ])('refuses non-finite LSIs or a non-positive MDC (%p, %p, %p)', (previous, current, m) => {
    expect(() => changeWithinMeasurementError(previous, current, m)).toThrow(RangeError);
  });
});
