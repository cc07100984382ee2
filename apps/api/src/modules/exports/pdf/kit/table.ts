import { bottomOf, resetText } from './blocks.js';
import { FONT } from './fonts.js';
import { COLOURS, CONTENT_WIDTH, PAGE } from './pdf-document.js';

export interface TableColumn {
  header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A cell: plain text, or text with its own weight and colour and an optional second, smaller line. */
export type TableCell = string | { text: string; bold?: boolean; colour?: string; note?: string };

export interface TableOptions {
  fontSize?: number;
}

const PAD_X = 4;
const PAD_Y = 3.5;

/**
 * A table that breaks across pages between rows, repeating its header row at the top of each new page.
 * A row is kept whole on one page (rows are short: a criterion, a visit, an exercise).
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  options: TableOptions = {},
): void {
  const size = options.fontSize ?? 9;
  const widths = columns.map((c) => c.width * CONTENT_WIDTH);
  const xs = widths.map((_, i) => PAGE.margins.left + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const cellHeight = (cell: TableCell, width: number, header = false): number => {
    const { text, bold, note } = normalise(cell);
    doc.font(header || bold ? FONT.bold : FONT.regular).fontSize(size);
    let height = doc.heightOfString(text || ' ', { width: width - 2 * PAD_X });
    if (note)
      height += doc
        .font(FONT.regular)
        .fontSize(size - 1.5)
        .heightOfString(note, { width: width - 2 * PAD_X });
    return height + 2 * PAD_Y;
  };
  const rowHeight = (cells: readonly TableCell[], header = false) =>
    Math.max(...cells.map((cell, i) => cellHeight(cell, widths[i]!, header)));

  const drawRow = (cells: readonly TableCell[], y: number, height: number, shade: string | null, header = false) => {
    if (shade) doc.rect(PAGE.margins.left, y, CONTENT_WIDTH, height).fill(shade);
    cells.forEach((cell, i) => {
      const { text, bold, colour, note } = normalise(cell);
      const width = widths[i]! - 2 * PAD_X;
      const align = columns[i]!.align ?? 'left';
      doc
        .font(header || bold ? FONT.bold : FONT.regular)
        .fontSize(size)
        .fillColor(header ? COLOURS.text : (colour ?? COLOURS.text))
        .text(text, xs[i]! + PAD_X, y + PAD_Y, { width, align });
      if (note) {
        doc
          .font(FONT.regular)
          .fontSize(size - 1.5)
          .fillColor(COLOURS.muted)
          .text(note, xs[i]! + PAD_X, doc.y, { width, align });
      }
    });
    doc
      .moveTo(PAGE.margins.left, y + height)
      .lineTo(PAGE.margins.left + CONTENT_WIDTH, y + height)
      .lineWidth(header ? 0.8 : 0.4)
      .strokeColor(COLOURS.rule)
      .stroke();
  };

  const headerCells = columns.map((c) => c.header);
  const headerHeight = rowHeight(headerCells, true);
  const drawHeader = () => {
    const y = doc.y;
    drawRow(headerCells, y, headerHeight, COLOURS.shade, true);
    doc.y = y + headerHeight;
  };

  const firstRowHeight = rows.length ? rowHeight(rows[0]!) : 0;
  if (doc.y + headerHeight + firstRowHeight > bottomOf(doc)) doc.addPage();
  drawHeader();
  for (const row of rows) {
    const height = rowHeight(row);
    if (doc.y + height > bottomOf(doc)) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    drawRow(row, y, height, null);
    doc.y = y + height;
  }
  doc.y += 6;
  resetText(doc);
}

function normalise(cell: TableCell): { text: string; bold?: boolean; colour?: string; note?: string } {
  return typeof cell === 'string' ? { text: cell } : cell;
}
