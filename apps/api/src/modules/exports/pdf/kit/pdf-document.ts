import PDFDocument from 'pdfkit';
import { FONT, registerDocumentFonts } from './fonts.js';
import { formatDate, formatDateTime } from './format.js';
import { drawWatermark } from './watermark.js';

/** A4 in points, with room above and below the body for the running header and footer. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margins: { top: 78, bottom: 78, left: 50, right: 50 },
} as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;

export const COLOURS = {
  text: '#1a1a1a',
  muted: '#5a5a5a',
  rule: '#9a9a9a',
  accent: '#1f4e79',
  shade: '#eef2f6',
  met: '#1e6b34',
  notMet: '#a3241b',
  notMeasured: '#5a5a5a',
} as const;

/** Who and what every page names: the running header and footer, and the file's metadata. */
export interface DocumentFrame {
  clinicName: string;
  /** The document's title, in the header of every page and the PDF's Title. */
  title: string;
  subject: string;
  patient: { name: string; recordNumber: string; dateOfBirth: string };
  printedAt: Date;
}

export interface OpenDocument {
  doc: PDFKit.PDFDocument;
  /** Draws the header, footer (and watermark) on every page, ends the document and returns the file. */
  finish: (options?: { watermark?: string }) => Promise<Buffer>;
}

/**
 * A new A4 document with DejaVu Sans registered (regular and bold) and pages buffered, so that the
 * footer can say "Page n of m" once the last page exists.
 */
export function openDocument(frame: DocumentFrame): OpenDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...PAGE.margins },
    bufferPages: true,
    autoFirstPage: true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: frame.title,
      Author: frame.clinicName,
      Subject: frame.subject,
      Creator: 'Proprio',
      Producer: 'Proprio (pdfkit)',
      CreationDate: frame.printedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerDocumentFonts(doc);
  doc.font(FONT.regular).fontSize(10).fillColor(COLOURS.text);

  return {
    doc,
    finish: (options = {}) => {
      const range = doc.bufferedPageRange();
      for (let i = 0; i < range.count; i += 1) {
        doc.switchToPage(range.start + i);
        // Header and footer sit in the margins: lift the bottom margin so pdfkit does not start a new page.
        const { bottom } = doc.page.margins;
        doc.page.margins.bottom = 0;
        drawHeader(doc, frame);
        drawFooter(doc, frame, i + 1, range.count);
        if (options.watermark) drawWatermark(doc, options.watermark);
        doc.page.margins.bottom = bottom;
      }
      doc.end();
      return done;
    },
  };
}

function drawHeader(doc: PDFKit.PDFDocument, frame: DocumentFrame): void {
  const y = 40;
  const half = CONTENT_WIDTH / 2;
  doc.save();
  doc.font(FONT.bold).fontSize(9).fillColor(COLOURS.accent);
  doc.text(fitted(doc, frame.clinicName, half - 8), PAGE.margins.left, y, { lineBreak: false });
  doc.font(FONT.regular).fontSize(9).fillColor(COLOURS.muted);
  doc.text(fitted(doc, frame.title, half - 8), PAGE.margins.left + half, y, {
    width: half,
    align: 'right',
    lineBreak: false,
  });
  doc
    .moveTo(PAGE.margins.left, y + 16)
    .lineTo(PAGE.width - PAGE.margins.right, y + 16)
    .lineWidth(0.6)
    .strokeColor(COLOURS.rule)
    .stroke();
  doc.restore();
}

function drawFooter(doc: PDFKit.PDFDocument, frame: DocumentFrame, page: number, pages: number): void {
  const y = PAGE.height - PAGE.margins.bottom + 22;
  const left = PAGE.margins.left;
  doc.save();
  doc
    .moveTo(left, y - 6)
    .lineTo(PAGE.width - PAGE.margins.right, y - 6)
    .lineWidth(0.6)
    .strokeColor(COLOURS.rule)
    .stroke();
  doc.font(FONT.regular).fontSize(8).fillColor(COLOURS.muted);
  const { patient } = frame;
  const identity = `${patient.name} · Record no. ${patient.recordNumber} · Date of birth ${formatDate(patient.dateOfBirth)}`;
  doc.text(fitted(doc, identity, CONTENT_WIDTH), left, y, { lineBreak: false });
  doc.text(`Printed ${formatDateTime(frame.printedAt)}`, left, y + 12, { width: CONTENT_WIDTH / 2, lineBreak: false });
  doc.text(`Page ${page} of ${pages}`, left + CONTENT_WIDTH / 2, y + 12, {
    width: CONTENT_WIDTH / 2,
    align: 'right',
    lineBreak: false,
  });
  doc.restore();
}

/** The text cut to fit one line of `width` points in the current font, ending in "…" when cut. */
export function fitted(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let end = text.length;
  while (end > 0 && doc.widthOfString(`${text.slice(0, end).trimEnd()}…`) > width) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
