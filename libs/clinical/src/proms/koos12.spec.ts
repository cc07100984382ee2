import { describe, expect, it } from '@jest/globals';
import { KOOS12_ITEMS, KOOS12_SCALES, scoreKoos12 } from './koos12.js';

const ids = KOOS12_ITEMS.map((item) => item.id);
const fill = (value: number) => Object.fromEntries(ids.map((id) => [id, value]));

function scored(answers: Record<string, unknown>, summaryRequiresAllScales?: boolean) {
  const r = scoreKoos12(answers, summaryRequiresAllScales === undefined ? {} : { summaryRequiresAllScales });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('KOOS-12', () => {
  it('has 12 items, 4 per scale', () => {
    expect(ids).toHaveLength(12);
    expect(KOOS12_SCALES.function.items).toEqual(['FUNC1', 'FUNC2', 'FUNC3', 'FUNC4']);
  });

  it.each([
    [0, 100],
    [4, 0],
  ])('all items %d → every scale and the summary %d', (answer, expected) => {
    const r = scored(fill(answer));
    expect([r.scales.pain.score, r.scales.function.score, r.scales.qol.score, r.summary]).toEqual([
      expected,
      expected,
      expected,
      expected,
    ]);
  });

  it('scores a scale with exactly 2 of 4 items, not with 1', () => {
    const r = scored({ PAIN1: 1, PAIN2: 3, FUNC1: 2 });
    expect(r.scales.pain).toEqual({ score: 50, answered: 2, required: 2, itemCount: 4, reason: null });
    expect(r.scales.function.score).toBeNull();
    expect(r.scales.function.reason).toMatch(/^insufficient items: 1 of 4 answered, at least 2 needed/);
  });

  it('gives no summary unless all three scales are scored, by default ([U] rule)', () => {
    const answers = { ...fill(1), FUNC2: null, FUNC3: null, FUNC4: null };
    const r = scored(answers);
    expect(r.scales.pain.score).toBe(75);
    expect(r.summary).toBeNull();
    expect(r.summaryRequiresAllScales).toBe(true);
    expect(r.summaryReason).toBe('the summary needs all three scales; not scored: function');
  });

  it('averages the scored scales when the clinic allows a partial summary', () => {
    const answers = { ...fill(1), FUNC2: null, FUNC3: null, FUNC4: null, QOL1: 2, QOL2: 2, QOL3: 2, QOL4: 2 };
    const r = scored(answers, false);
    expect(r.summary).toBeCloseTo(62.5, 9);
    expect(scored({}, false)).toMatchObject({ summary: null, summaryReason: 'no scale has enough answered items' });
  });

  it.each([
    [{ PAIN1: 5 }, 'items.PAIN1', 'must be an integer from 0 to 4'],
    [{ QOL4: 0.5 }, 'items.QOL4', 'must be an integer from 0 to 4'],
    [{ PAIN5: 1 }, 'items.PAIN5', 'is not an item of this questionnaire'],
    [{ P1: 1 }, 'items.P1', 'is not an item of this questionnaire'],
  ])('rejects %j: %s %s', (answers, field, issue) => {
    expect(scoreKoos12(answers)).toEqual({ ok: false, issues: [{ field, issue }] });
  });

  it('rejects a non-boolean summary option', () => {
    expect(scoreKoos12(fill(0), { summaryRequiresAllScales: 'yes' as unknown as boolean }).ok).toBe(false);
  });
});
