import { describe, expect, it } from '@jest/globals';
import { escapeXhtml, fhirString, paragraphs, xhtmlDiv } from './text.js';

describe('escapeXhtml', () => {
  it('escapes every character that could start markup or end an attribute', () => {
    expect(escapeXhtml(`<script>alert("x") & 'y'</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });

  it('replaces control characters XML forbids', () => {
    expect(escapeXhtml('a\u0000b\u0007c\u000Bd')).toBe('a b c d');
  });
});

describe('paragraphs', () => {
  it('makes a paragraph of each block and keeps single line breaks', () => {
    expect(paragraphs('First line\r\nsecond line\n\n\nNext <b>block</b>')).toBe(
      '<p>First line<br/>second line</p><p>Next &lt;b&gt;block&lt;/b&gt;</p>',
    );
  });

  it('gives nothing for blank text', () => {
    expect(paragraphs(' \n\n \t')).toBe('');
  });

  it('wraps in the XHTML div FHIR requires', () => {
    expect(xhtmlDiv('<p>x</p>')).toBe('<div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div>');
  });
});

describe('fhirString', () => {
  it('turns odd whitespace into spaces and trims (the R4 string pattern allows only space, tab, CR and LF)', () => {
    expect(fhirString('\u00A0Biodex\u2028System\u00A04 ')).toBe('Biodex System 4');
  });

  it('is null for nothing, or for whitespace only', () => {
    expect(fhirString(null)).toBeNull();
    expect(fhirString(undefined)).toBeNull();
    expect(fhirString(' \u00A0\t')).toBeNull();
  });
});
