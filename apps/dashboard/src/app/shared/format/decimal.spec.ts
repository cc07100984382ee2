import { decimalText, formatOneDecimal, formatPercent, formatSignedChange, parseDecimal } from './decimal';

describe('decimal text', () => {
  it('treats blank as not entered and accepts a comma decimal separator', () => {
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('   ')).toBeNull();
    expect(parseDecimal(null)).toBeNull();
    expect(parseDecimal('120')).toBe(120);
    expect(parseDecimal(' 2,04 ')).toBe(2.04);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('-3')).toBe(-3);
  });

  it('gives NaN for anything that is not a plain number, for the library to report', () => {
    expect(parseDecimal('12cm')).toBeNaN();
    expect(parseDecimal('1e3')).toBeNaN();
    expect(parseDecimal('1.2.3')).toBeNaN();
  });

  it('formats with one decimal, never clamping', () => {
    expect(formatPercent(82.43243243243244)).toBe('82.4%');
    expect(formatPercent(112.34)).toBe('112.3%');
    expect(formatPercent(null)).toBe('—');
    expect(formatOneDecimal(83.33333)).toBe('83.3');
    expect(formatSignedChange(11.44)).toBe('+11.4');
    expect(formatSignedChange(-3)).toBe('−3.0');
    expect(decimalText(2.04)).toBe('2.04');
    expect(decimalText(null)).toBe('');
  });
});
