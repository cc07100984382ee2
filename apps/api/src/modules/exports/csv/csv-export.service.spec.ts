import { describe, expect, it } from '@jest/globals';
import { safeFilenamePart } from './csv-export.service.js';

describe('safeFilenamePart', () => {
  it('keeps a plain record number as it is', () => {
    expect(safeFilenamePart('MRN-0042_b.7')).toBe('MRN-0042_b.7');
  });

  it('replaces anything that could break out of a quoted header value or a path', () => {
    expect(safeFilenamePart('A/B "x"\r\nSet-Cookie: y')).toBe('A_B_x_Set-Cookie_y');
    expect(safeFilenamePart('../../etc/passwd')).toBe('etc_passwd');
  });

  it('never returns an empty name', () => {
    expect(safeFilenamePart('"""')).toBe('record');
  });
});
