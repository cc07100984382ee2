import { describe, expect, it } from '@jest/globals';
import { answersFromList, integerItem, numberedItems, readAnswers, scoreProblemScale } from './items.js';

describe('questionnaire item helpers', () => {
  it('numbers item ids from 1', () => {
    expect(numberedItems('SP', 3)).toEqual(['SP1', 'SP2', 'SP3']);
  });

  it('builds a keyed sheet from a list with exactly one entry per item', () => {
    expect(answersFromList(['A', 'B'], [1, null])).toEqual({ ok: true, value: { A: 1, B: null } });
    expect(answersFromList(['A', 'B'], [1, 2, 3])).toEqual({
      ok: false,
      issues: [
        { field: 'items', issue: 'must list exactly 2 answers, one per item (null when unanswered); 3 were given' },
      ],
    });
    expect(answersFromList(['A', 'B'], [1]).ok).toBe(false);
  });

  it('treats null and undefined as unanswered and names every bad or unknown item', () => {
    const items = [integerItem('A', 0, 4), integerItem('B', 0, 4), integerItem('C', 0, 4, (raw) => 4 - raw)];
    expect(readAnswers({ A: null, B: undefined, C: 1 }, items)).toEqual({ ok: true, value: new Map([['C', 3]]) });
    expect(readAnswers({ A: 5, B: '2', Z: 1 }, items)).toEqual({
      ok: false,
      issues: [
        { field: 'items.A', issue: 'must be an integer from 0 to 4' },
        { field: 'items.B', issue: 'must be an integer from 0 to 4' },
        { field: 'items.Z', issue: 'is not an item of this questionnaire' },
      ],
    });
    expect(readAnswers([1, 2], items)).toEqual({
      ok: false,
      issues: [{ field: 'items', issue: 'must be an object of answers keyed by item id' }],
    });
  });

  it('scores a 0–4 problem scale as 100 − 25 × mean, null below the required count', () => {
    expect(scoreProblemScale([0, 4], 4, 2, 'rule')).toEqual({
      score: 50,
      answered: 2,
      required: 2,
      itemCount: 4,
      reason: null,
    });
    expect(scoreProblemScale([1], 4, 2, 'rule')).toEqual({
      score: null,
      answered: 1,
      required: 2,
      itemCount: 4,
      reason: 'insufficient items: 1 of 4 answered, at least 2 needed (rule)',
    });
  });
});
