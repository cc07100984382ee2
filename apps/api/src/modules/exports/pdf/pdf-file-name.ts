/** The documents a file name can name. */
export type PdfDocumentKind = 'note' | 'note-draft' | 'progress-summary' | 'rts-report';

/**
 * `<record number>-<document>-<date>.pdf`; a note not signed is a `note-draft`, so a saved copy says
 * what it is. The patient's name never goes in a file name (file names end
 * up in download folders, mail attachments and logs). The record number is reduced to characters
 * every file system and the Content-Disposition header accept; anything else becomes "_".
 */
export function pdfFileName(recordNumber: string, kind: PdfDocumentKind, date: string): string {
  const safe = recordNumber.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.-]+/, '') || 'record';
  return `${safe}-${kind}-${date}.pdf`;
}
