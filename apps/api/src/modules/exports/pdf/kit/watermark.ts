import { FONT } from './fonts.js';

const WATERMARK_COLOUR = '#b3261e';

/**
 * A large diagonal label across the current page (e.g. "DRAFT — not signed"), light enough to read the
 * text beneath it. Drawn as text, so a copy's text layer says it too.
 */
export function drawWatermark(doc: PDFKit.PDFDocument, label: string): void {
  const { width, height } = doc.page;
  const angle = (Math.atan2(height, width) * 180) / Math.PI;
  const diagonal = Math.hypot(width, height);
  doc.save();
  // As large as fits along the diagonal with a margin at each corner, and never larger than 72 pt.
  doc.font(FONT.bold).fontSize(100);
  const size = Math.min(72, (diagonal * 0.7 * 100) / Math.max(1, doc.widthOfString(label)));
  doc.fontSize(size);
  const textWidth = doc.widthOfString(label);
  doc.rotate(-angle, { origin: [width / 2, height / 2] });
  doc
    .fillColor(WATERMARK_COLOUR)
    .fillOpacity(0.16)
    .text(label, width / 2 - textWidth / 2, height / 2 - size / 2, { lineBreak: false });
  doc.restore();
}
