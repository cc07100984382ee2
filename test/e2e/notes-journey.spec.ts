import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  computeMeasure,
  evaluateCriteria,
  latestCriterionValues,
  MEASURE_LABELS,
  SEEDED_PROTOCOL,
  type CriteriaEvaluation,
  type CriteriaSet,
  type RecordedMeasure,
} from '@proprio/clinical';
import { MEASURES_CSV_COLUMNS } from '@proprio/contracts';

import { DEMO_CLINIC, DEMO_PASSWORD, DEMO_PATIENTS, DEMO_USERS } from '../../apps/api/src/modules/demo/demo-data.js';
import { pdfText, type PdfText } from '../support/pdf-text.js';

/**
 * The notes and exports journey through the real dashboard and API (issue 5): the therapist sees the
 * seeded note history and the "progress report due" banner, writes a progress report whose objective
 * comes from the records, downloads the draft (watermarked), signs it, adds an addendum, then downloads
 * and reads every document of the episode. The assistant may write a draft but neither sign nor add
 * an addendum. Expected values are derived from the demo data the server seeded (demo-data.ts).
 */

const MAYA = demoPatient('DEMO-0001');
const MAYA_NAME = `${MAYA.givenName} ${MAYA.familyName}`;
const THERAPIST = demoUser('therapist');
const ASSISTANT = demoUser('assistant');

/** What the therapist types. No hyphens: a PDF line may break after one, which the text layer keeps. */
const TYPED = {
  subjective:
    'Running three times a week without pain and confident when cutting at moderate pace. Home programme done most days.',
  assessment:
    'Hop symmetry is approaching the return to sport gate. Good deceleration control with a slight left hip drop on lateral jumps.',
  plan: 'Continue the running phase with progressive agility and reactive drills. Retest the hop battery and quadriceps strength in four weeks.',
  addendum:
    'The patient reported brief medial knee soreness after the last shuttle runs, resolved within a day without effusion.',
} as const;
const ASSISTANT_SUBJECTIVE = 'Warm up on the bike for ten minutes, no pain reported before the session.';

function demoPatient(recordNumber: string): (typeof DEMO_PATIENTS)[number] {
  const patient = DEMO_PATIENTS.find((p) => p.recordNumber === recordNumber);
  if (!patient) throw new Error(`No demo patient ${recordNumber}`);
  return patient;
}

function demoUser(role: 'therapist' | 'assistant'): { email: string; name: string; title: string | null } {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`No demo ${role}`);
  return { email: user.email, name: user.displayName, title: user.professionalTitle };
}

/** Treatment visits after the period of Maya's latest seeded progress report: what the reminder counts. */
function visitsSinceSeededReport(): number {
  const notes = MAYA.notes ?? [];
  const lastPeriodEnd = Math.min(...notes.filter((n) => n.type === 'progress').map((n) => n.periodEndDaysAgo));
  return (MAYA.programme?.visits ?? []).filter((v) => v.daysAgo < lastPeriodEnd).length;
}

/** A calendar date `days` before today (UTC, the demo seed's calendar). */
function daysAgo(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days))
    .toISOString()
    .slice(0, 10);
}

/** Maya's seeded measures, each computed by the clinical library as the seed stored them. */
function mayaMeasures(): RecordedMeasure[] {
  return (MAYA.assessments ?? []).flatMap((a) =>
    a.measurements.map((m) => {
      const outcome = computeMeasure(m.type, m.input, { bodyMassKg: a.bodyMassKg });
      if (!outcome.ok) throw new Error(`The demo ${m.type} is invalid`);
      return { date: daysAgo(a.daysAgo), outcome: outcome.value };
    }),
  );
}

/** The single-hop LSI of Maya's latest test session, as a note's objective prints it (one decimal at most). */
function latestSingleHopLsi(): string {
  const hops = mayaMeasures()
    .filter((m) => m.outcome.type === 'hop_single')
    .sort((a, b) => a.date.localeCompare(b.date));
  const lsi = hops.at(-1)?.outcome.lsi;
  if (lsi === null || lsi === undefined) throw new Error('The demo single hop has no LSI');
  return String(Number(lsi.toFixed(1)));
}

/** What the criteria engine makes of Maya's measures against a return-to-sport set today. */
function expectedReadiness(set: CriteriaSet): CriteriaEvaluation {
  const values = latestCriterionValues({
    measures: mayaMeasures(),
    questionnaires: [],
    surgeryDate: MAYA.episode.surgeryDaysAgo === null ? null : daysAgo(MAYA.episode.surgeryDaysAgo),
    asOf: daysAgo(0),
  });
  return evaluateCriteria(set.criteria, values);
}

const STATUS_TEXT = { met: 'Met', not_met: 'Not met', not_measured: 'Not measured' } as const;

/**
 * The RTS report's summary and criteria table say what the criteria engine says: each row, in the
 * set's order, ends with that criterion's status.
 */
function expectReadinessTable(text: string, expected: CriteriaEvaluation): void {
  const required = expected.met + expected.notMet + expected.notMeasured;
  expect(text).toContain(`${expected.met} of ${required} required criteria met`);
  expect(text).toContain(`${expected.notMet} not met · ${expected.notMeasured} not measured`);
  const start = text.indexOf('Criterion Result Target EPIC Measured Status');
  const end = text.indexOf('LSI: limb symmetry index', start);
  expect(start, 'the criteria table').toBeGreaterThanOrEqual(0);
  expect(end, 'the end of the criteria table').toBeGreaterThan(start);
  const table = text.slice(start, end);
  let cursor = 0;
  expected.criteria.forEach((criterion, i) => {
    const at = table.indexOf(criterion.label, cursor);
    expect(at, `the row of ${criterion.label}`).toBeGreaterThanOrEqual(cursor);
    const next = expected.criteria[i + 1];
    const rowEnd = next ? table.indexOf(next.label, at + criterion.label.length) : table.length;
    const row = table.slice(at, rowEnd).trim();
    expect(row.endsWith(STATUS_TEXT[criterion.status]), `${row} ends with ${STATUS_TEXT[criterion.status]}`).toBe(true);
    cursor = rowEnd;
  });
}

/** Maya's programme started after surgery, in the first post-operative phase, and advanced since. */
function currentPhaseName(): string {
  const postOperative = SEEDED_PROTOCOL.definition.phases.filter((p) => !p.preoperative);
  const phase = postOperative[MAYA.programme?.advances.length ?? 0];
  if (!phase) throw new Error('The demo programme is past the last phase');
  return phase.name;
}

function criteriaSet(key: string): CriteriaSet {
  const set = SEEDED_PROTOCOL.definition.returnToSportSets.find((s) => s.key === key);
  if (!set) throw new Error(`The seeded protocol has no set ${key}`);
  return set;
}

/**
 * A full-page screenshot in a fixed place at the repository root. From the top: scrolled, the fixed
 * toolbar would be painted across the middle of the page.
 */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  const path = fileURLToPath(new URL(`../../test-results/screenshots/${name}.png`, import.meta.url));
  await page.screenshot({ path, fullPage: true });
}

/** The text as one line: a PDF's text layer breaks lines where the layout wrapped them. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(DEMO_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(/\/caseload$/);
}

/** Clicks a download button and returns the file the browser saved (Playwright's download event). */
async function downloadFrom(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  expect(await download.failure()).toBeNull();
  const bytes = await readFile(await download.path());
  expect(bytes.length).toBeGreaterThan(0);
  return { name: download.suggestedFilename(), bytes };
}

/** `what` names the text attached to the report ("draft note"), so that each download's can be read. */
async function downloadPdf(page: Page, testId: string, what: string): Promise<PdfText> {
  const { name, bytes } = await downloadFrom(page, testId);
  expect(name).toMatch(/\.pdf$/);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = await pdfText(bytes);
  // The text layer in the report: what a failed assertion was looking at.
  await test.info().attach(`${what} (${name}).txt`, { body: text.text, contentType: 'text/plain' });
  return text;
}

/** Every page says "Page n of m", with m the document's real page count. */
function expectPageFooters(pdf: PdfText): void {
  expect(pdf.pageCount).toBeGreaterThanOrEqual(1);
  expect(pdf.pages).toHaveLength(pdf.pageCount);
  pdf.pages.forEach((page, index) => {
    expect(flat(page)).toContain(`Page ${index + 1} of ${pdf.pageCount}`);
  });
}

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

async function openMayaEpisode(page: Page): Promise<string> {
  await page.getByTestId('nav-patients').click();
  await page.getByTestId('patient-search').fill(MAYA.recordNumber);
  const row = page.locator(`[data-testid="patient-row"][data-record-number="${MAYA.recordNumber}"]`);
  await expect(row).toHaveCount(1);
  await row.getByTestId('patient-link').click();
  await expect(page.getByTestId('patient-name')).toHaveText(MAYA_NAME);
  await page.getByTestId('episode-row').first().getByTestId('episode-link').click();
  await expect(page).toHaveURL(/\/episodes\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

async function signInAsAssistant(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, ASSISTANT.email);
  return page;
}

test('a therapist writes, signs and amends a progress report, then exports the episode; the assistant cannot sign', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  let episodeUrl = '';
  let noteUrl = '';

  await test.step('the note history shows the seeded signed progress report and the report is due', async () => {
    await signIn(page, THERAPIST.email);
    episodeUrl = await openMayaEpisode(page);
    await page.getByTestId('episode-notes-link').click();
    await expect(page).toHaveURL(new RegExp(`${episodeUrl}/notes$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();

    const seeded = (MAYA.notes ?? []).filter((n) => n.type === 'progress');
    const rows = page.getByTestId('note-row');
    await expect(rows).toHaveCount(seeded.length);
    await expect(rows.first().getByTestId('note-link')).toHaveText('Progress report');
    await expect(rows.first().getByTestId('note-status')).toContainText(`Signed by ${THERAPIST.name} on`);
    await expect(rows.first().getByTestId('note-addenda')).toHaveText('1 addendum');

    const banner = page.getByTestId('progress-due-banner');
    await expect(banner).toContainText('Progress report due:');
    await expect(banner).toContainText(`${visitsSinceSeededReport()} visits since the last progress report`);
    await screenshot(page, 'notes-01-history-report-due');
  });

  await test.step('a new progress report starts with the objective filled from the records', async () => {
    await page.getByTestId('new-note-button').click();
    await expect(page).toHaveURL(new RegExp(`${episodeUrl}/notes/new`));
    await expect(page.getByTestId('note-editor')).toBeVisible();
    await page.getByTestId('note-type-select').selectOption('progress');
    await expect(page.getByTestId('objective-status')).toContainText('Filled from the records of the period');

    const objective = await page.getByTestId('note-objective-input').inputValue();
    // Test sessions are listed oldest first: the last single hop is the latest session's.
    const hopLines = objective.split('\n').filter((line) => line.includes(`${MEASURE_LABELS.hop_single}:`));
    expect(hopLines.length).toBeGreaterThan(0);
    expect(hopLines.at(-1)).toContain(`LSI ${latestSingleHopLsi()}%`);
    expect(objective).toContain('Treatment visits');

    await page.getByTestId('note-subjective-input').fill(TYPED.subjective);
    await page.getByTestId('note-assessment-input').fill(TYPED.assessment);
    await page.getByTestId('note-plan-input').fill(TYPED.plan);
    await expect(page.getByTestId('unsaved-changes')).toBeVisible();
    await screenshot(page, 'notes-02-new-progress-report');

    await page.getByTestId('save-draft').click();
    await expect(page).toHaveURL(new RegExp(`${episodeUrl}/notes/[0-9a-f-]{36}$`));
    noteUrl = new URL(page.url()).pathname;
    await expect(page.getByTestId('note-heading')).toHaveText('Progress report (draft)');
    await expect(page.getByTestId('note-status')).toHaveText('Draft');
    await expect(page.getByTestId('unsaved-changes')).toHaveCount(0);
    await expect(page.getByTestId('note-subjective-input')).toHaveValue(TYPED.subjective);
  });

  await test.step('the draft’s PDF is watermarked DRAFT', async () => {
    const draft = await downloadPdf(page, 'download-note-pdf', 'draft note');
    expect(draft.text).toContain('DRAFT');
    expect(flat(draft.text)).toContain(flat(TYPED.subjective));
    expectPageFooters(draft);
  });

  await test.step('signing (confirmed in a dialog) leaves a read-only note with its signature', async () => {
    await page.getByTestId('sign-note').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('sign-summary')).toContainText(THERAPIST.name);
    await expect(dialog.getByTestId('sign-statement')).toContainText('cannot be changed or deleted');
    await dialog.getByTestId('sign-confirm').click();
    await expect(dialog).toBeHidden();

    await expect(page.getByTestId('note-heading')).toHaveText('Progress report');
    await expect(page.getByTestId('note-status')).toContainText(`Signed by ${THERAPIST.name} on`);
    const signature = page.getByTestId('note-signature');
    await expect(signature.getByTestId('signature-name')).toHaveText(THERAPIST.name);
    await expect(signature.getByTestId('signature-title')).toHaveText(THERAPIST.title ?? '');
    await expect(signature.getByTestId('signature-hash')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByTestId('note-editor')).toHaveCount(0);
    await expect(page.getByTestId('sign-note')).toHaveCount(0);
    await expect(page.getByTestId('note-subjective')).toHaveText(TYPED.subjective);
    await expect(page.getByTestId('note-assessment')).toHaveText(TYPED.assessment);
    await expect(page.getByTestId('note-plan')).toHaveText(TYPED.plan);
    await expect(page.getByTestId('no-addenda')).toBeVisible();
    await screenshot(page, 'notes-03-signed');
  });

  await test.step('an addendum is added, with its own signature', async () => {
    await page.getByTestId('add-addendum').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('addendum-input').fill(TYPED.addendum);
    await dialog.getByTestId('addendum-confirm').click();
    await expect(dialog).toBeHidden();
    const addendum = page.getByTestId('addendum');
    await expect(addendum).toHaveCount(1);
    await expect(addendum.getByTestId('addendum-body')).toHaveText(TYPED.addendum);
    await expect(addendum.getByTestId('addendum-signature')).toContainText(
      `Added and signed by ${THERAPIST.name}, ${THERAPIST.title ?? ''} on`,
    );
    // The signed note itself is unchanged.
    await expect(page.getByTestId('note-subjective')).toHaveText(TYPED.subjective);
    await screenshot(page, 'notes-04-addendum');
  });

  await test.step('the signed note’s PDF carries the note, the addendum and the signer, and no DRAFT', async () => {
    const note = await downloadPdf(page, 'download-note-pdf', 'signed note');
    const text = flat(note.text);
    expect(note.text).not.toContain('DRAFT');
    expect(text).toContain(DEMO_CLINIC);
    expect(text).toContain(MAYA_NAME);
    expect(text).toContain(MAYA.recordNumber);
    for (const typed of [TYPED.subjective, TYPED.assessment, TYPED.plan, TYPED.addendum]) {
      expect(text).toContain(flat(typed));
    }
    expect(text).toContain(`${MEASURE_LABELS.hop_single}:`);
    expect(text).toContain(`Electronically signed by ${THERAPIST.name}, ${THERAPIST.title ?? ''}`);
    expect(text).toMatch(/Content hash \(SHA-256\): [0-9a-f]{64}/);
    expectPageFooters(note);
  });

  await test.step('the episode’s exports: progress summary, RTS report, FHIR document and measures CSV', async () => {
    await page.goto(episodeUrl);
    // The report just signed resets the reminder.
    await expect(page.getByTestId('progress-due-banner')).toHaveCount(0);
    await expect(page.getByTestId('progress-status')).toContainText('0 visits since the last progress report');
    const panel = page.getByTestId('exports-panel');
    await expect(panel).toBeVisible();

    const summary = await downloadPdf(page, 'download-summary', 'progress summary');
    expect(flat(summary.text)).toContain(currentPhaseName());
    expect(summary.text).toContain('90%');
    expect(flat(summary.text)).toContain(MAYA_NAME);
    expectPageFooters(summary);

    // Not the programme's own set (the chooser's default): the report follows the choice.
    const kyritsis = criteriaSet('kyritsis');
    expect(MAYA.programme?.returnToSportSetKey).not.toBe(kyritsis.key);
    const setSelect = panel.getByTestId('rts-set-select');
    await expect(setSelect.locator('option')).not.toHaveCount(0);
    await setSelect.selectOption({ label: kyritsis.name });
    await screenshot(page, 'notes-05-exports');
    const rts = await downloadPdf(page, 'download-rts', 'RTS report');
    const rtsText = flat(rts.text);
    expect(rtsText).toContain(`${kyritsis.name} criteria, as of`);
    expectReadinessTable(rtsText, expectedReadiness(kyritsis));
    expectPageFooters(rts);

    const fhir = await downloadFrom(page, 'download-fhir');
    expect(fhir.name).toMatch(/\.json$/);
    const bundle = JSON.parse(fhir.bytes.toString('utf8'));
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('document');
    const composition = bundle.entry?.[0]?.resource;
    expect(composition?.resourceType).toBe('Composition');
    const sectionText = JSON.stringify(composition.section);
    for (const typed of [TYPED.subjective, TYPED.assessment, TYPED.plan, TYPED.addendum]) {
      expect(sectionText).toContain(typed);
    }

    const csv = await downloadFrom(page, 'download-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const [header, ...rows] = parseCsv(csv.bytes.toString('utf8'));
    expect(header).toEqual([...MEASURES_CSV_COLUMNS]);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toHaveLength(MEASURES_CSV_COLUMNS.length);
    const column = (name: (typeof MEASURES_CSV_COLUMNS)[number]) => MEASURES_CSV_COLUMNS.indexOf(name);
    const singleHopLsis = rows
      .filter((r) => r[column('measure_type')] === 'hop_single' && r[column('quantity')] === 'lsi')
      .map((r) => Number(Number(r[column('value')]).toFixed(1)));
    expect(singleHopLsis).toContain(Number(latestSingleHopLsi()));
  });

  await test.step('the assistant may write a draft but neither sign it nor add an addendum', async () => {
    const assistant = await signInAsAssistant(browser);
    try {
      await assistant.goto(`${episodeUrl}/notes`);
      await expect(assistant.getByTestId('note-row')).toHaveCount((MAYA.notes?.length ?? 0) + 1);
      await assistant.getByTestId('new-note-button').click();
      await expect(assistant.getByTestId('note-editor')).toBeVisible();
      await expect(assistant.getByTestId('sign-not-allowed')).toBeVisible();
      await assistant.getByTestId('note-subjective-input').fill(ASSISTANT_SUBJECTIVE);
      await assistant.getByTestId('save-draft').click();
      await expect(assistant).toHaveURL(new RegExp(`${episodeUrl}/notes/[0-9a-f-]{36}$`));
      await expect(assistant.getByTestId('note-status')).toHaveText('Draft');
      // A saved draft is where a therapist would sign it.
      await expect(assistant.getByTestId('note-editor')).toBeVisible();
      await expect(assistant.getByTestId('note-subjective-input')).toHaveValue(ASSISTANT_SUBJECTIVE);
      await expect(assistant.getByTestId('save-draft')).toBeVisible();
      await expect(assistant.getByTestId('sign-note')).toHaveCount(0);
      await expect(assistant.getByRole('button', { name: 'Sign note' })).toHaveCount(0);
      await screenshot(assistant, 'notes-06-assistant-draft');

      await assistant.goto(noteUrl);
      await expect(assistant.getByTestId('note-signature').getByTestId('signature-name')).toHaveText(THERAPIST.name);
      await expect(assistant.getByTestId('addendum')).toHaveCount(1);
      await expect(assistant.getByTestId('download-note-pdf')).toBeVisible();
      await expect(assistant.getByTestId('add-addendum')).toHaveCount(0);
      await expect(assistant.getByRole('button', { name: 'Add addendum' })).toHaveCount(0);
      await screenshot(assistant, 'notes-07-assistant-signed-note');
    } finally {
      await assistant.context().close();
    }
  });
});
