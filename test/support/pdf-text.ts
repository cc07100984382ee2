import { extractText, getMeta } from 'unpdf';

/** The text layer of a PDF, page by page, as a reader (or a screen reader) gets it. */
export interface PdfText {
  pageCount: number;
  /** The text of each page, first page first. */
  pages: string[];
  /** Every page's text joined with newlines. */
  text: string;
}

/**
 * Extracts the text of a PDF with unpdf (PDF.js). The bytes are copied first: PDF.js may take
 * ownership of (detach) the buffer it is given.
 */
export async function pdfText(pdf: Uint8Array): Promise<PdfText> {
  const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  return { pageCount: totalPages, pages: text, text: text.join('\n') };
}

/** The document information dictionary (Title, Author, Subject, CreationDate, ...). */
export async function pdfInfo(pdf: Uint8Array): Promise<Record<string, unknown>> {
  const { info } = await getMeta(new Uint8Array(pdf));
  return info as Record<string, unknown>;
}
