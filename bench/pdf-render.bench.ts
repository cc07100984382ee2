/**
 * How long the three PDF documents take to render for a patient with a year of data (issue 5: target
 * under 150 ms median per document). Renders in memory, without HTTP or a database: the renderers are
 * pure functions of the record and the print time.
 *
 *   npm run bench:pdf
 *
 * builds the API (`npm run build:api`) and runs this file with Node's TypeScript type stripping against
 * the compiled renderers in apps/api/dist. A raw pdfkit baseline (a one-page document in a standard
 * font) is measured in the same run, to separate the library's floor from the documents' own cost.
 * Prints figures only: a benchmark never fails a test run on timing.
 */
import { cpus } from 'node:os';
import PDFDocument from 'pdfkit';
import { episodeYear } from './episode-year.ts';

type NoteModule = typeof import('../apps/api/src/modules/exports/pdf/documents/note-document.js');
type SummaryModule = typeof import('../apps/api/src/modules/exports/pdf/documents/progress-summary-document.js');
type RtsModule = typeof import('../apps/api/src/modules/exports/pdf/documents/rts-report-document.js');

const WARM_UP = 5;
const RUNS = Number(process.env['BENCH_RUNS'] ?? 30);
const dist = new URL('../apps/api/dist/apps/api/src/modules/exports/pdf/documents/', import.meta.url);
const { renderNotePdf } = (await import(new URL('note-document.js', dist).href)) as NoteModule;
const { renderProgressSummaryPdf } = (await import(
  new URL('progress-summary-document.js', dist).href
)) as SummaryModule;
const { renderRtsReportPdf } = (await import(new URL('rts-report-document.js', dist).href)) as RtsModule;

/** The floor: pdfkit writing one page of text in a built-in font, collected into a Buffer. */
function rawPdfkitPage(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(12).text('Proprio benchmark baseline: one page, one paragraph, standard font.');
    doc.end();
  });
}

interface Result {
  name: string;
  median: number;
  p95: number;
  min: number;
  bytes: number;
}

async function measure(name: string, render: () => Promise<Buffer>): Promise<Result> {
  let bytes = 0;
  for (let i = 0; i < WARM_UP; i += 1) bytes = (await render()).length;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await render();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { name, median: at(0.5), p95: at(0.95), min: times[0]!, bytes };
}

const year = episodeYear();
const printedAt = new Date(`${year.summary.asOf}T12:00:00Z`);
const sessions = year.summary.symmetry.reduce((n, t) => Math.max(n, t.points.length), 0);
console.log(
  `PDF render benchmark: ${sessions} test sessions, ${year.summary.sessions.length} visits, ` +
    `${year.summary.symmetry.length} symmetry trends, note of ${year.note.note.addenda.length} addenda; ` +
    `${WARM_UP} warm-up + ${RUNS} timed runs each; Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
);

const results = [
  await measure('raw pdfkit, one page (baseline)', rawPdfkitPage),
  await measure('signed note with addenda', () => renderNotePdf(year.note, printedAt)),
  await measure('progress summary (with charts)', () => renderProgressSummaryPdf(year.summary, printedAt)),
  await measure('return-to-sport report', () => renderRtsReportPdf(year.rts, printedAt)),
];
const pad = (s: string, n: number) => s.padEnd(n);
const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
console.log(
  `\n${pad('document', 36)}${'median'.padStart(10)}${'p95'.padStart(10)}${'min'.padStart(10)}${'size'.padStart(10)}`,
);
for (const r of results) {
  console.log(
    `${pad(r.name, 36)}${ms(r.median)}${ms(r.p95)}${ms(r.min)}${`${Math.round(r.bytes / 1024)} KB`.padStart(10)}`,
  );
}
