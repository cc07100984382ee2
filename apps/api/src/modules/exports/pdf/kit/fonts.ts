import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';

/**
 * The only fonts the documents use: DejaVu Sans from the `dejavu-fonts-ttf` package, which covers the
 * symbols clinical text needs (≥, ±, °, ×, accented names) where the PDF standard fonts do not. They are
 * read from the installed package once per process, never from a path derived from request data
 * (QUALITY S33).
 */
export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

/** The family name the charts draw text with (registered with @napi-rs/canvas under this alias). */
export const CHART_FONT_FAMILY = 'Proprio DejaVu Sans';

export interface FontFiles {
  regular: Buffer;
  bold: Buffer;
}

const require = createRequire(import.meta.url);
let files: FontFiles | undefined;
let parsed: ParsedFonts | undefined;
let chartFontsRegistered = false;

/**
 * The fonts as pdfkit's font engine (fontkit) parsed them. pdfkit parses a font given as bytes again
 * for every document (about a quarter of a short document's render time); it also takes an already
 * parsed font, which only ever grows its glyph caches, so each process parses them once.
 */
interface ParsedFonts {
  regular: object;
  bold: object;
}

export function fontFiles(): FontFiles {
  files ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return files;
}

/** Registers DejaVu Sans (regular and bold, as FONT names them) with a new document. */
export function registerDocumentFonts(doc: PDFKit.PDFDocument): void {
  const { regular, bold } = parsedFonts();
  // pdfkit's typings list paths and bytes only; at run time it accepts a fontkit font (anything with `layout`).
  doc.registerFont(FONT.regular, regular as Buffer);
  doc.registerFont(FONT.bold, bold as Buffer);
}

/** Registers DejaVu Sans with the chart canvas once, so chart text renders the same on every host. */
export function registerChartFonts(): void {
  if (chartFontsRegistered) return;
  const { regular, bold } = fontFiles();
  if (!GlobalFonts.register(regular, CHART_FONT_FAMILY) || !GlobalFonts.register(bold, CHART_FONT_FAMILY)) {
    throw new Error('DejaVu Sans could not be registered for the charts');
  }
  chartFontsRegistered = true;
}

/** Parses the font files once, through pdfkit itself (so no second copy of its font engine is needed). */
function parsedFonts(): ParsedFonts {
  if (!parsed) {
    const { regular, bold } = fontFiles();
    const probe = new PDFDocument({ autoFirstPage: false });
    const parse = (name: string, bytes: Buffer): object => {
      probe.registerFont(name, bytes);
      probe.font(name);
      // pdfkit keeps the font it opened (an EmbeddedFont) in `_font`, with fontkit's font as `font`.
      const font = (probe as unknown as { _font?: { font?: { layout?: unknown } } })._font?.font;
      if (typeof font?.layout !== 'function') throw new Error(`pdfkit did not parse the font ${name}`);
      return font;
    };
    parsed = { regular: parse(FONT.regular, regular), bold: parse(FONT.bold, bold) };
  }
  return parsed;
}
