import { filenameFromContentDisposition } from './content-disposition';

describe('filenameFromContentDisposition', () => {
  it('reads a quoted, a bare and an escaped file name', () => {
    expect(filenameFromContentDisposition('attachment; filename="note-2026-03-20.pdf"', 'x.pdf')).toBe(
      'note-2026-03-20.pdf',
    );
    expect(filenameFromContentDisposition('attachment; filename=measures.csv', 'x.csv')).toBe('measures.csv');
    // Quotes are unescaped, then dropped: Windows refuses them in file names.
    expect(filenameFromContentDisposition('attachment; filename="the \\"final\\" note.pdf"', 'x.pdf')).toBe(
      'the final note.pdf',
    );
  });

  it('prefers the RFC 8187 form, in UTF-8 or ISO-8859-1, whatever the order or case', () => {
    expect(
      filenameFromContentDisposition(
        'attachment; filename="summary.pdf"; filename*=UTF-8\'\'r%C3%A9sum%C3%A9%20Bj%C3%B8rn.pdf',
        'x.pdf',
      ),
    ).toBe('résumé Bjørn.pdf');
    expect(filenameFromContentDisposition("Attachment; FILENAME*=iso-8859-1'en'caf%E9.csv", 'x.csv')).toBe('café.csv');
  });

  it('falls back on `filename` when the extended form cannot be decoded', () => {
    expect(
      filenameFromContentDisposition('attachment; filename*=UTF-8\'\'bad%E9%ZZ.pdf; filename="good.pdf"', 'x.pdf'),
    ).toBe('good.pdf');
    expect(filenameFromContentDisposition("attachment; filename*=KOI8-R''x.pdf", 'fallback.pdf')).toBe('fallback.pdf');
  });

  it('keeps only a plain file name: no folders, control characters or hidden-file dots', () => {
    expect(filenameFromContentDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd');
    expect(filenameFromContentDisposition('attachment; filename="C:\\\\Users\\\\a\\\\note.pdf"', 'x')).toBe('note.pdf');
    expect(filenameFromContentDisposition('attachment; filename="..bashrc"', 'x')).toBe('bashrc');
    expect(filenameFromContentDisposition("attachment; filename*=UTF-8''a%0Ab%00c.pdf", 'x')).toBe('abc.pdf');
  });

  it('uses the fallback without a header, without a name, or with an empty one', () => {
    expect(filenameFromContentDisposition(null, 'progress-summary.pdf')).toBe('progress-summary.pdf');
    expect(filenameFromContentDisposition('attachment', 'measures.csv')).toBe('measures.csv');
    expect(filenameFromContentDisposition('attachment; filename=""', 'measures.csv')).toBe('measures.csv');
    expect(filenameFromContentDisposition('inline; filename="/"', 'note.pdf')).toBe('note.pdf');
  });
});
