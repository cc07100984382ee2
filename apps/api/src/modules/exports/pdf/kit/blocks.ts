import { FONT } from './fonts.js';
import { COLOURS, CONTENT_WIDTH, PAGE } from './pdf-document.js';

/**
 * The building blocks of a document body: each writes at the current position, flows onto a new page
 * when it must, and leaves the cursor at the left margin below itself.
 */
type Doc = PDFKit.PDFDocument;

const left = PAGE.margins.left;

/** The lowest y the body may reach on the current page. */
export function bottomOf(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

/** The document's own title, under the running header of the first page. */
export function documentTitle(doc: Doc, title: string, subtitle?: string): void {
  doc.font(FONT.bold).fontSize(18).fillColor(COLOURS.text).text(title, left, doc.y, { width: CONTENT_WIDTH });
  if (subtitle) {
    doc
      .moveDown(0.2)
      .font(FONT.regular)
      .fontSize(10.5)
      .fillColor(COLOURS.muted)
      .text(subtitle, { width: CONTENT_WIDTH });
  }
  doc.moveDown(0.8);
  resetText(doc);
}

/**
 * A section heading, kept on the same page as the start of what follows: `keepWithNext` points
 * (a few lines of text by default; more before a table).
 */
export function heading(doc: Doc, text: string, keepWithNext = 60): void {
  doc.moveDown(0.6);
  ensureSpace(doc, keepWithNext);
  doc.font(FONT.bold).fontSize(12.5).fillColor(COLOURS.accent).text(text, left, doc.y, { width: CONTENT_WIDTH });
  const y = doc.y + 2;
  doc
    .moveTo(left, y)
    .lineTo(left + CONTENT_WIDTH, y)
    .lineWidth(0.5)
    .strokeColor(COLOURS.accent)
    .stroke();
  doc.y = y + 6;
  resetText(doc);
}

export function subheading(doc: Doc, text: string): void {
  doc.moveDown(0.3);
  ensureSpace(doc, 40);
  doc.font(FONT.bold).fontSize(10.5).fillColor(COLOURS.text).text(text, left, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.2);
  resetText(doc);
}

/** Running text; long text flows over as many pages as it needs. */
export function paragraph(doc: Doc, text: string, options: { muted?: boolean; size?: number } = {}): void {
  doc
    .font(FONT.regular)
    .fontSize(options.size ?? 10)
    .fillColor(options.muted ? COLOURS.muted : COLOURS.text)
    .text(text, left, doc.y, { width: CONTENT_WIDTH, lineGap: 2, paragraphGap: 4 });
  resetText(doc);
}

/** Label–value pairs in two columns (label bold, value wrapping in its own column). */
export function fieldList(doc: Doc, rows: readonly (readonly [string, string])[], labelWidth = 130): void {
  const valueX = left + labelWidth;
  const valueWidth = CONTENT_WIDTH - labelWidth;
  for (const [label, value] of rows) {
    doc.font(FONT.regular).fontSize(10);
    const height = Math.max(doc.heightOfString(value, { width: valueWidth }), 12);
    ensureSpace(doc, height + 3);
    const y = doc.y;
    doc
      .font(FONT.bold)
      .fontSize(9.5)
      .fillColor(COLOURS.muted)
      .text(label, left, y, { width: labelWidth - 8 });
    doc.font(FONT.regular).fontSize(10).fillColor(COLOURS.text).text(value, valueX, y, { width: valueWidth });
    doc.y = y + height + 3;
  }
  resetText(doc);
}

/** A bulleted list; each item may wrap. */
export function bulletList(doc: Doc, items: readonly string[], options: { size?: number } = {}): void {
  const indent = 14;
  for (const item of items) {
    doc.font(FONT.regular).fontSize(options.size ?? 10);
    const height = doc.heightOfString(item, { width: CONTENT_WIDTH - indent, lineGap: 2 });
    ensureSpace(doc, Math.min(height, 40));
    const y = doc.y;
    doc.fillColor(COLOURS.text).text('•', left + 2, y, { lineBreak: false });
    doc.text(item, left + indent, y, { width: CONTENT_WIDTH - indent, lineGap: 2 });
    doc.moveDown(0.25);
  }
  resetText(doc);
}

/**
 * A shaded box around a few short lines (a summary, a signature): kept whole on one page.
 * Each line may carry its own weight and colour.
 */
export interface CalloutLine {
  text: string;
  bold?: boolean;
  colour?: string;
  size?: number;
}

export function callout(doc: Doc, lines: readonly CalloutLine[], options: { border?: string } = {}): void {
  const pad = 8;
  const width = CONTENT_WIDTH - 2 * pad;
  const measured = lines.map((line) => {
    doc.font(line.bold ? FONT.bold : FONT.regular).fontSize(line.size ?? 10);
    return doc.heightOfString(line.text, { width, lineGap: 1.5 }) + 2;
  });
  const height = measured.reduce((a, b) => a + b, 0) + 2 * pad;
  ensureSpace(doc, height + 6);
  const top = doc.y;
  doc
    .rect(left, top, CONTENT_WIDTH, height)
    .lineWidth(0.8)
    .fillAndStroke(COLOURS.shade, options.border ?? COLOURS.rule);
  let y = top + pad;
  lines.forEach((line, i) => {
    doc
      .font(line.bold ? FONT.bold : FONT.regular)
      .fontSize(line.size ?? 10)
      .fillColor(line.colour ?? COLOURS.text)
      .text(line.text, left + pad, y, { width, lineGap: 1.5 });
    y += measured[i]!;
  });
  doc.y = top + height + 6;
  resetText(doc);
}

/** Back to body text at the left margin. */
export function resetText(doc: Doc): void {
  doc.font(FONT.regular).fontSize(10).fillColor(COLOURS.text);
  doc.x = left;
}
