import { describe, expect, it } from '@jest/globals';
import { inspect, MAX_JSON_DEPTH } from './json-body.js';

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

describe('JSON body inspection', () => {
  it('accepts ordinary request bodies', () => {
    expect(
      inspect({ measurements: [{ type: 'hop_single', input: { trials: { involved: [1], uninvolved: [2] } } }] }),
    ).toBeUndefined();
    expect(inspect(nested(MAX_JSON_DEPTH - 1))).toBeUndefined();
  });

  it('refuses nesting beyond the limit, naming where it goes too deep', () => {
    expect(inspect(nested(4000))).toEqual({
      field: expect.stringMatching(/^a(\.a)+$/),
      issue: 'is nested more than 32 levels deep',
    });
  });

  it('refuses NUL characters in values and keys, and prototype-pollution keys', () => {
    expect(inspect({ notes: 'a\u0000b' })).toEqual({ field: 'notes', issue: 'must not contain NUL characters' });
    expect(inspect({ answers: { ['P\u00001']: 1 } })).toEqual({
      field: 'answers',
      issue: 'has a field name with a NUL character',
    });
    expect(inspect(JSON.parse('{"input":{"__proto__":{"x":1}}}'))).toEqual({
      field: 'input.__proto__',
      issue: 'is not an allowed field name',
    });
  });
});
