import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { IKDC_SCORED_ITEMS, scoreIkdc } from './ikdc.js';

const best: Record<string, unknown> = {
  '1': 4,
  '2': 0,
  '3': 0,
  '4': 4,
  '5': 4,
  '6': 'no',
  '7': 4,
  '8': 4,
  ...Object.fromEntries(['9a', '9b', '9c', '9d', '9e', '9f', '9g', '9h', '9i'].map((id) => [id, 4])),
  '10a': 10,
  '10b': 10,
};
const worst: Record<string, unknown> = {
  ...Object.fromEntries(Object.keys(best).map((id) => [id, 0])),
  '2': 10,
  '3': 10,
  '6': 'yes',
};

function scored(answers: Record<string, unknown>) {
  const r = scoreIkdc(answers);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('IKDC subjective knee form', () => {
  it('scores 100 for the best answers and 0 for the worst (items 2 and 3 reversed, item 6 no = 1)', () => {
    expect(scored(best)).toMatchObject({ score: 100, sum: 87, maximum: 87, answered: 18, functionBeforeInjury: 10 });
    expect(scored(worst)).toMatchObject({ score: 0, sum: 0, maximum: 87, answered: 18 });
  });

  it('never scores item 10a (function before injury)', () => {
    expect(scored({ ...best, '10a': 0 }).score).toBe(100);
    const { '10a': _ignored, ...without10a } = best;
    expect(scored(without10a)).toMatchObject({ score: 100, answered: 18, functionBeforeInjury: null });
  });

  it('is scored with exactly 16 of 18 items (denominator = maxima of the answered items), null with 15', () => {
    const sixteen = scored({ ...best, '2': null, '6': null });
    expect(sixteen).toMatchObject({ score: 100, answered: 16, required: 16, itemCount: 18, sum: 76, maximum: 76 });
    const fifteen = scored({ ...best, '2': null, '6': null, '9i': null });
    expect(fifteen).toMatchObject({ score: null, answered: 15, sum: null, maximum: null });
    expect(fifteen.reason).toBe(
      'insufficient items: 15 of 18 answered, at least 16 needed (IKDC: at least 16 of 18 scored items)',
    );
  });

  it('does not count an answered 10a toward the 16 items', () => {
    const r = scored({ ...best, '2': null, '6': null, '9i': null, '10a': 5 });
    expect(r.answered).toBe(15);
    expect(r.score).toBeNull();
  });

  it.each([
    [{ '1': 5 }, 'items.1', 'must be an integer from 0 to 4'],
    [{ '2': 11 }, 'items.2', 'must be an integer from 0 to 10'],
    [{ '3': 2.5 }, 'items.3', 'must be an integer from 0 to 10'],
    [{ '6': 1 }, 'items.6', "must be 'yes' or 'no'"],
    [{ '9c': -1 }, 'items.9c', 'must be an integer from 0 to 4'],
    [{ '10a': 12 }, 'items.10a', 'must be an integer from 0 to 10'],
    [{ '9j': 4 }, 'items.9j', 'is not an item of this questionnaire'],
    [{ '10': 8 }, 'items.10', 'is not an item of this questionnaire'],
  ])('rejects %j: %s %s', (change, field, issue) => {
    expect(scoreIkdc({ ...best, ...change })).toEqual({ ok: false, issues: [{ field, issue }] });
  });

  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
  const sheet = fc.record({
    ...Object.fromEntries(
      IKDC_SCORED_ITEMS.map((id) => [
        id,
        id === '6'
          ? optional(fc.constantFrom('yes', 'no'))
          : optional(fc.integer({ min: 0, max: ['2', '3', '10b'].includes(id) ? 10 : 4 })),
      ]),
    ),
    '10a': optional(fc.integer({ min: 0, max: 10 })),
  });

  it('property: the score is within 0–100 for any valid answers', () => {
    fc.assert(
      fc.property(sheet, (answers) => {
        const { score } = scored(answers);
        if (score !== null) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('property: answering one more item never makes a scored form unscored', () => {
    fc.assert(
      fc.property(sheet, fc.constantFrom(...IKDC_SCORED_ITEMS), (answers, id) => {
        fc.pre((answers as Record<string, unknown>)[id] === null);
        const before = scored(answers);
        const after = scored({ ...answers, [id]: id === '6' ? 'yes' : 0 });
        if (before.score !== null) expect(after.score).not.toBeNull();
        expect(after.answered).toBe(before.answered + 1);
      }),
    );
  });
});
