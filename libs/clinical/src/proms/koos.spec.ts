import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { answersFromList } from './items.js';
import { KOOS_ITEMS, KOOS_SUBSCALE_KEYS, KOOS_SUBSCALES, scoreKoos, type KoosMissingItemRule } from './koos.js';

const allItems = KOOS_ITEMS.map((item) => item.id);
const fill = (value: number) => Object.fromEntries(allItems.map((id) => [id, value]));

function scored(answers: Record<string, unknown>, missingItemRule?: KoosMissingItemRule) {
  const r = scoreKoos(answers, { missingItemRule });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('KOOS', () => {
  it('has 42 items: P1–P9, S1–S7, A1–A17, SP1–SP5, Q1–Q4', () => {
    expect(allItems).toHaveLength(42);
    expect(KOOS_SUBSCALES.sport.items).toEqual(['SP1', 'SP2', 'SP3', 'SP4', 'SP5']);
    expect(KOOS_SUBSCALES.adl.items.at(-1)).toBe('A17');
  });

  it.each([
    [0, 100],
    [4, 0],
  ])('scores every subscale at its bound: all items %d → %d', (answer, expected) => {
    const r = scored(fill(answer));
    for (const key of KOOS_SUBSCALE_KEYS) expect(r.subscales[key].score).toBe(expected);
  });

  // Required answers per subscale: 2012 = ceil(n/2); 1998 = n − 2 (REFERENCE §3.2 table).
  it.each([
    ['2012', 'pain', 5],
    ['2012', 'symptoms', 4],
    ['2012', 'adl', 9],
    ['2012', 'sport', 3],
    ['2012', 'qol', 2],
    ['1998', 'pain', 7],
    ['1998', 'symptoms', 5],
    ['1998', 'adl', 15],
    ['1998', 'sport', 3],
    ['1998', 'qol', 2],
  ] as const)('%s rule, %s: scored with exactly %d answers, null with one fewer', (rule, key, required) => {
    const items = KOOS_SUBSCALES[key].items;
    const answers = (count: number) => Object.fromEntries(items.slice(0, count).map((id) => [id, 2]));
    const at = scored(answers(required), rule).subscales[key];
    expect(at).toEqual({ score: 50, answered: required, required, itemCount: items.length, reason: null });
    const below = scored(answers(required - 1), rule).subscales[key];
    expect(below.score).toBeNull();
    expect(below.reason).toMatch(/^insufficient items/);
  });

  it('scores subscales independently: one incomplete subscale does not void the others', () => {
    const r = scored({ ...Object.fromEntries(KOOS_SUBSCALES.pain.items.map((id) => [id, 1])), Q1: 2 });
    expect(r.subscales.pain.score).toBe(75);
    expect(r.subscales.qol.score).toBeNull();
    expect(r.subscales.adl).toMatchObject({ score: null, answered: 0, required: 9 });
  });

  it.each([
    [{ P3: 5 }, 'items.P3', 'must be an integer from 0 to 4'],
    [{ P3: -1 }, 'items.P3', 'must be an integer from 0 to 4'],
    [{ S2: 1.5 }, 'items.S2', 'must be an integer from 0 to 4'],
    [{ A4: '2' }, 'items.A4', 'must be an integer from 0 to 4'],
    [{ P10: 1 }, 'items.P10', 'is not an item of this questionnaire'],
    [{ A18: 1 }, 'items.A18', 'is not an item of this questionnaire'],
  ])('rejects %j: %s %s', (answers, field, issue) => {
    expect(scoreKoos(answers)).toEqual({ ok: false, issues: [{ field, issue }] });
  });

  it('rejects a subscale list with the wrong number of answers', () => {
    expect(answersFromList(KOOS_SUBSCALES.pain.items, Array(10).fill(1))).toEqual({
      ok: false,
      issues: [
        { field: 'items', issue: 'must list exactly 9 answers, one per item (null when unanswered); 10 were given' },
      ],
    });
  });

  it('rejects an unknown missing-item rule', () => {
    expect(scoreKoos({}, { missingItemRule: '2020' as '2012' })).toEqual({
      ok: false,
      issues: [{ field: 'options.missingItemRule', issue: "must be one of '2012', '1998'" }],
    });
  });

  const answerSheet = fc.record(
    Object.fromEntries(allItems.map((id) => [id, fc.option(fc.integer({ min: 0, max: 4 }), { nil: null })])),
  );
  const rule = fc.constantFrom<KoosMissingItemRule>('2012', '1998');

  it('property: every subscale score is within 0–100 (or null) for any valid answers', () => {
    fc.assert(
      fc.property(answerSheet, rule, (answers, r) => {
        const result = scored(answers, r);
        for (const key of KOOS_SUBSCALE_KEYS) {
          const { score } = result.subscales[key];
          if (score !== null) {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('property: answering one more item never turns a scored subscale into an unscored one', () => {
    fc.assert(
      fc.property(
        answerSheet,
        rule,
        fc.constantFrom(...allItems),
        fc.integer({ min: 0, max: 4 }),
        (answers, r, id, v) => {
          fc.pre(answers[id] === null);
          const before = scored(answers, r);
          const after = scored({ ...answers, [id]: v }, r);
          for (const key of KOOS_SUBSCALE_KEYS) {
            if (before.subscales[key].score !== null) expect(after.subscales[key].score).not.toBeNull();
          }
        },
      ),
    );
  });
});
