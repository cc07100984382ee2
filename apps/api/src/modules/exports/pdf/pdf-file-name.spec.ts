import { describe, expect, it } from '@jest/globals';
import { pdfFileName } from './pdf-file-name.js';

describe('pdfFileName', () => {
  it('is <record number>-<document>-<date>.pdf', () => {
    expect(pdfFileName('MRN-2026-0042', 'note', '2027-02-10')).toBe('MRN-2026-0042-note-2027-02-10.pdf');
    expect(pdfFileName('A17', 'progress-summary', '2027-02-10')).toBe('A17-progress-summary-2027-02-10.pdf');
    expect(pdfFileName('A17', 'rts-report', '2027-02-10')).toBe('A17-rts-report-2027-02-10.pdf');
  });

  it('names a draft note a draft', () => {
    expect(pdfFileName('MRN-2026-0042', 'note-draft', '2027-02-10')).toBe('MRN-2026-0042-note-draft-2027-02-10.pdf');
  });

  it('keeps only characters safe in a header and a file system: no quotes, slashes, spaces or non-ASCII', () => {
    expect(pdfFileName('12/34 "x"; Ø', 'note', '2027-02-10')).toBe('12_34__x____-note-2027-02-10.pdf');
    expect(pdfFileName('../etc', 'note', '2027-02-10')).toBe('_etc-note-2027-02-10.pdf');
    expect(pdfFileName('...', 'note', '2027-02-10')).toBe('record-note-2027-02-10.pdf');
  });
});
