import { describe, expect, it } from '@jest/globals';
import { toCsv } from './csv-writer.js';

describe('toCsv (RFC 4180)', () => {
  it('ends every record with CRLF and writes numbers, booleans and empty cells as they are', () => {
    expect(
      toCsv([
        ['a', 'b', 'c'],
        [1.5, -2, true],
        [null, 0, false],
      ]),
    ).toBe('a,b,c\r\n1.5,-2,true\r\n,0,false\r\n');
  });

  it('keeps full precision: a number reads back as the same number', () => {
    const lsi = 82.43243243243244;
    expect(Number(toCsv([[lsi]]).trimEnd())).toBe(lsi);
  });

  it('quotes a field holding a comma, a quote, a CR or an LF, doubling the quotes', () => {
    expect(toCsv([['one, two', 'say "hi"', 'line\nbreak', 'cr\rhere', 'plain']])).toBe(
      '"one, two","say ""hi""","line\nbreak","cr\rhere",plain\r\n',
    );
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTab first', "'\tTab first"],
  ])('neutralises a text cell a spreadsheet would run as a formula: %j', (cell, written) => {
    expect(toCsv([[cell]])).toBe(`${written}\r\n`);
  });

  it('quotes a neutralised formula that also needs quoting, and leaves negative numbers alone', () => {
    expect(toCsv([['=HYPERLINK("http://x","y")', -4]])).toBe(`"'=HYPERLINK(""http://x"",""y"")",-4\r\n`);
  });

  it('refuses a non-finite number rather than writing Infinity or NaN', () => {
    expect(() => toCsv([[Number.POSITIVE_INFINITY]])).toThrow(/finite/);
    expect(() => toCsv([[Number.NaN]])).toThrow(/finite/);
  });
});
