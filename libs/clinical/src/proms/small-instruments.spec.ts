import { describe, expect, it } from '@jest/globals';
import { scoreGlobalRating } from './global-rating.js';
import { answersFromList } from './items.js';
import { KOS_ADLS_ITEM_IDS, scoreKosAdls } from './kos-adls.js';
import { LEFS_ITEM_IDS, scoreLefs } from './lefs.js';
import { LYSHOLM_BAND_SCHEMES, LYSHOLM_ITEM_POINTS, bandOf, scoreLysholm } from './lysholm.js';
import { validateTegner, type TegnerInput } from './tegner.js';

const fill = (ids: readonly string[], value: number | null) => Object.fromEntries(ids.map((id) => [id, value]));

describe('Tegner activity scale', () => {
  it.each([0, 10])('accepts the bound %d', (level) => {
    expect(validateTegner({ preInjury: level, current: level })).toEqual({
      ok: true,
      value: { preInjury: level, current: level, change: 0 },
    });
  });

  it('reports the change from pre-injury and allows a level not yet recorded', () => {
    expect(validateTegner({ preInjury: 9, current: 4 })).toEqual({
      ok: true,
      value: { preInjury: 9, current: 4, change: -5 },
    });
    expect(validateTegner({ preInjury: 7 })).toEqual({
      ok: true,
      value: { preInjury: 7, current: null, change: null },
    });
  });

  it.each([-1, 11, 5.5, Number.NaN, '7'])('rejects %p', (level) => {
    expect(validateTegner({ current: level } as TegnerInput)).toEqual({
      ok: false,
      issues: [{ field: 'current', issue: 'must be an integer level from 0 to 10' }],
    });
  });
});

describe('Lysholm (1985 weights)', () => {
  const best = Object.fromEntries(Object.entries(LYSHOLM_ITEM_POINTS).map(([id, points]) => [id, Math.max(...points)]));
  const worst = Object.fromEntries(Object.keys(LYSHOLM_ITEM_POINTS).map((id) => [id, 0]));

  it('scores 100 (excellent) and 0 (poor) at its bounds', () => {
    expect(scoreLysholm(best)).toMatchObject({ ok: true, value: { score: 100, band: 'excellent' } });
    expect(scoreLysholm(worst)).toMatchObject({ ok: true, value: { score: 0, band: 'poor' } });
  });

  it('needs all 8 items (Proprio rule)', () => {
    const r = scoreLysholm({ ...best, squatting: null });
    expect(r).toMatchObject({ ok: true, value: { score: null, answered: 7, required: 8, band: null } });
  });

  it.each([
    ['locking', 5, 'one of 15, 10, 6, 2, 0 points'],
    ['pain', 30, 'one of 25, 20, 15, 10, 5, 0 points'],
    ['limp', 4, 'one of 5, 3, 0 points'],
    ['squatting', 3, 'one of 5, 4, 2, 0 points'],
  ])('accepts only the allowed points: %s %d is rejected', (item, points, expected) => {
    expect(scoreLysholm({ ...best, [item]: points })).toEqual({
      ok: false,
      issues: [{ field: `items.${item}`, issue: `must be ${expected}` }],
    });
  });

  it('rejects an unknown item', () => {
    expect(scoreLysholm({ ...best, giving_way: 5 }).ok).toBe(false);
  });

  it.each([
    [94, 'excellent', 'good'],
    [91, 'excellent', 'good'],
    [90, 'good', 'good'],
    [84, 'good', 'good'],
    [83, 'fair', 'fair'],
    [65, 'fair', 'fair'],
    [64, 'poor', 'poor'],
  ])('score %d is %s (PMC10362729 [V]) and %s (codetechnology [S])', (score, pmc, code) => {
    expect(bandOf(score, LYSHOLM_BAND_SCHEMES.pmc10362729)).toBe(pmc);
    expect(bandOf(score, LYSHOLM_BAND_SCHEMES.codetechnology)).toBe(code);
  });
});

describe('LEFS', () => {
  it.each([
    [0, 0],
    [4, 80],
  ])('all items %d → %d', (answer, total) => {
    expect(scoreLefs(fill(LEFS_ITEM_IDS, answer))).toMatchObject({ ok: true, value: { score: total, answered: 20 } });
  });

  it('needs all 20 items (Proprio rule: no proration)', () => {
    expect(scoreLefs({ ...fill(LEFS_ITEM_IDS, 3), L20: null })).toMatchObject({
      ok: true,
      value: { score: null, percent: null, answered: 19, required: 20 },
    });
  });

  it('rejects out-of-range, non-integer and unknown items, and a list of the wrong length', () => {
    expect(scoreLefs({ ...fill(LEFS_ITEM_IDS, 3), L7: 5, L8: 2.5, L21: 1 })).toEqual({
      ok: false,
      issues: [
        { field: 'items.L7', issue: 'must be an integer from 0 to 4' },
        { field: 'items.L8', issue: 'must be an integer from 0 to 4' },
        { field: 'items.L21', issue: 'is not an item of this questionnaire' },
      ],
    });
    expect(answersFromList(LEFS_ITEM_IDS, Array(21).fill(3)).ok).toBe(false);
  });
});

describe('KOS-ADLS', () => {
  it.each([
    [0, 0],
    [5, 100],
  ])('all items %d → %d%%', (answer, percent) => {
    expect(scoreKosAdls(fill(KOS_ADLS_ITEM_IDS, answer))).toMatchObject({ ok: true, value: { score: percent } });
  });

  it('needs all 14 items (Proprio rule)', () => {
    expect(scoreKosAdls({ ...fill(KOS_ADLS_ITEM_IDS, 5), K14: null })).toMatchObject({
      ok: true,
      value: { score: null, sum: null, answered: 13, required: 14 },
    });
  });

  it.each([
    [{ K1: 6 }, 'items.K1', 'must be an integer from 0 to 5'],
    [{ K2: -1 }, 'items.K2', 'must be an integer from 0 to 5'],
    [{ K15: 5 }, 'items.K15', 'is not an item of this questionnaire'],
  ])('rejects %j', (change, field, issue) => {
    expect(scoreKosAdls({ ...fill(KOS_ADLS_ITEM_IDS, 5), ...change })).toEqual({
      ok: false,
      issues: [{ field, issue }],
    });
  });
});

describe('global rating of function', () => {
  it.each([0, 90, 100])('accepts %d', (rating) => {
    expect(scoreGlobalRating(rating)).toEqual({
      ok: true,
      value: { score: rating, answered: 1, required: 1, itemCount: 1, reason: null },
    });
  });

  it('is null with a reason when not answered', () => {
    expect(scoreGlobalRating(null)).toMatchObject({ ok: true, value: { score: null, answered: 0 } });
  });

  it.each([-1, 101, 92.5, Number.NaN])('rejects %p', (rating) => {
    expect(scoreGlobalRating(rating)).toEqual({
      ok: false,
      issues: [{ field: 'rating', issue: 'must be an integer from 0 to 100' }],
    });
  });
});
