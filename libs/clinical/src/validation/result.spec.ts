import { describe, expect, it } from '@jest/globals';
import { describeIssues, fail, fieldPath, ok } from './result.js';

describe('Result', () => {
  it('wraps a value or a list of issues, discriminated by ok', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail([{ field: 'a', issue: 'b' }])).toEqual({ ok: false, issues: [{ field: 'a', issue: 'b' }] });
  });

  it.each([
    ['', 'items', 'items'],
    ['trials.involved', 1, 'trials.involved.1'],
    ['items', 'P3', 'items.P3'],
  ] as const)('fieldPath(%j, %j) is %j', (prefix, key, expected) => {
    expect(fieldPath(prefix, key)).toBe(expected);
  });

  it('describes issues as "field: issue" lines', () => {
    expect(describeIssues([{ field: 'items.P3', issue: 'must be an integer from 0 to 4' }])).toEqual([
      'items.P3: must be an integer from 0 to 4',
    ]);
  });
});
