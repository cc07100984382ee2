import { describe, expect, it } from '@jest/globals';
import {
  calendarDateOf,
  formatCriterionValue,
  formatDate,
  formatDateTime,
  formatNumber,
  formatNumberAgainst,
  formatRule,
  formatValue,
  plural,
  ruleInWords,
} from './format.js';

describe('dates', () => {
  it('prints calendar dates with English month names whatever the locale', () => {
    expect(formatDate('2026-05-02')).toBe('2 May 2026');
    expect(formatDate('2027-12-31')).toBe('31 Dec 2027');
    expect(formatDate('2026-01-09T23:59:59.000Z')).toBe('9 Jan 2026');
  });

  it('prints instants in UTC, and the calendar date of an instant in UTC', () => {
    expect(formatDateTime('2026-05-02T07:05:00.000Z')).toBe('2 May 2026, 07:05 UTC');
    expect(formatDateTime(new Date('2026-05-02T23:30:00.000Z'))).toBe('2 May 2026, 23:30 UTC');
    expect(calendarDateOf(new Date('2026-05-02T23:30:00.000Z'))).toBe('2026-05-02');
  });
});

describe('numbers and values', () => {
  it('prints at most one decimal by default and drops trailing zeros', () => {
    expect(formatNumber(88.43)).toBe('88.4');
    expect(formatNumber(90)).toBe('90');
    expect(formatNumber(89.96)).toBe('90');
    expect(formatNumber(-2.04)).toBe('−2');
    expect(formatNumber(-0.01)).toBe('0');
    expect(formatNumber(12.5, 0)).toBe('13');
  });

  it('never prints a value beside a threshold so that the two look equal when they are not', () => {
    expect(formatNumberAgainst(89.96, 90)).toBe('89.96');
    expect(formatNumberAgainst(90.04, 90)).toBe('90.04');
    expect(formatNumberAgainst(89.9996, 90)).toBe('90');
    expect(formatNumberAgainst(90, 90)).toBe('90');
    expect(formatNumberAgainst(93.44, 90)).toBe('93.4');
    expect(formatNumberAgainst(10.02, 10)).toBe('10.02');
    expect(formatNumberAgainst(1.2, 'good')).toBe('1.2');
  });

  it('prints values with their unit, yes/no for booleans, ordinal grades as they are', () => {
    expect(formatValue(88.4, '%')).toBe('88.4%');
    expect(formatValue(11.23, 's')).toBe('11.2 s');
    expect(formatValue(39, 'weeks')).toBe('39 weeks');
    expect(formatValue(1.5, '× BW')).toBe('1.5 × BW');
    expect(formatValue(true, null)).toBe('Yes');
    expect(formatValue(false, null)).toBe('No');
    expect(formatValue('1+', null)).toBe('1+');
    expect(formatCriterionValue(89.96, 90, '%')).toBe('89.96%');
    expect(formatCriterionValue('zero', '1+', null)).toBe('zero');
  });

  it('prints rules with their comparator, in symbols and in words', () => {
    expect(formatRule('>=', 90, '%')).toBe('≥ 90%');
    expect(formatRule('<', 11, 's')).toBe('< 11 s');
    expect(formatRule('<=', '1+', null)).toBe('≤ 1+');
    expect(formatRule('==', true, null)).toBe('= Yes');
    expect(ruleInWords('>=', 90, '%')).toBe('at least 90%');
    expect(ruleInWords('>', 95, '%')).toBe('more than 95%');
    expect(ruleInWords('<', 11, 's')).toBe('less than 11 s');
    expect(ruleInWords('<=', 18, 'points')).toBe('at most 18 points');
    expect(ruleInWords('==', 'good', null)).toBe('good');
  });

  it('counts in words', () => {
    expect(plural(1, 'visit')).toBe('1 visit');
    expect(plural(12, 'visit')).toBe('12 visits');
    expect(plural(0, 'week')).toBe('0 weeks');
  });
});
