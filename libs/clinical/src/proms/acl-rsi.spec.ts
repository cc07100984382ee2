import { describe, expect, it } from '@jest/globals';
import { ACL_RSI_FORMS, scoreAclRsi } from './acl-rsi.js';

const fill = (ids: readonly string[], value: number | null) => Object.fromEntries(ids.map((id) => [id, value]));

describe('ACL-RSI', () => {
  it.each([
    ['full', 12],
    ['short', 6],
  ] as const)('%s form (%d items) scores 0 and 100 at its bounds', (form, count) => {
    const ids = ACL_RSI_FORMS[form];
    expect(ids).toHaveLength(count);
    expect(scoreAclRsi(fill(ids, 0), { form })).toEqual({
      ok: true,
      value: { form, score: 0, answered: count, required: count, itemCount: count, reason: null },
    });
    const max = scoreAclRsi(fill(ids, 100), { form });
    expect(max.ok && max.value.score).toBe(100);
  });

  it('is the mean of the items', () => {
    const r = scoreAclRsi({ ...fill(ACL_RSI_FORMS.short, 50), SF1: 80, SF2: 20 }, { form: 'short' });
    expect(r.ok && r.value.score).toBe(50);
  });

  it('needs every item (Proprio rule): scored with 12 of 12, null with 11', () => {
    const r = scoreAclRsi({ ...fill(ACL_RSI_FORMS.full, 60), R12: null });
    expect(r).toEqual({
      ok: true,
      value: {
        form: 'full',
        score: null,
        answered: 11,
        required: 12,
        itemCount: 12,
        reason: 'insufficient items: 11 of 12 answered, at least 12 needed (ACL-RSI: every item must be answered)',
      },
    });
  });

  it.each([
    [{ R1: 55 }, 'items.R1'],
    [{ R2: 110 }, 'items.R2'],
    [{ R3: -10 }, 'items.R3'],
    [{ R4: 6 }, 'items.R4'],
  ])('rejects %j (0–100 in steps of 10 only)', (change, field) => {
    expect(scoreAclRsi({ ...fill(ACL_RSI_FORMS.full, 50), ...change })).toEqual({
      ok: false,
      issues: [{ field, issue: 'must be one of 0, 10, 20, … 100 (a 0–10 rating times 10)' }],
    });
  });

  it('keeps the two forms’ item ids apart', () => {
    const r = scoreAclRsi({ ...fill(ACL_RSI_FORMS.short, 50), R7: 50 }, { form: 'short' });
    expect(r).toEqual({ ok: false, issues: [{ field: 'items.R7', issue: 'is not an item of this questionnaire' }] });
    expect(scoreAclRsi({ R13: 50 }).ok).toBe(false);
    expect(scoreAclRsi({}, { form: 'long' as 'full' }).ok).toBe(false);
  });
});

describe('ACL-RSI short form missing items', () => {
  it('is scored with 6 of 6 items and null with 5', () => {
    const full = Object.fromEntries(ACL_RSI_FORMS.short.map((id) => [id, 70]));
    expect(scoreAclRsi(full, { form: 'short' })).toMatchObject({ ok: true, value: { score: 70, answered: 6 } });
    expect(scoreAclRsi({ ...full, SF6: null }, { form: 'short' })).toMatchObject({
      ok: true,
      value: { score: null, answered: 5, required: 6 },
    });
  });
});
