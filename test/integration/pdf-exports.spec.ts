import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EQUIPMENT } from '@proprio/clinical';
import type { ApiError, Note, Programme, Progression, Readiness, SymmetryTrend } from '@proprio/contracts';
import { hasIntactContent } from '../../apps/api/src/modules/notes/note-content-hash.js';
import type { Response } from 'supertest';
import {
  createClinic,
  createPatient,
  createEpisode,
  createPatientEpisode,
  insertTreatmentSessions,
  seededProtocolVersionId,
  type TestClinic,
  type TestUser,
} from '../support/factories.js';
import { addAddendum, createNote, createSignedNote, isoDaysFromToday } from '../support/notes.js';
import { pdfInfo, pdfText, type PdfText } from '../support/pdf-text.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let a: TestClinic;
let b: TestClinic;
let seededVersionId: string;

const CLINIC_NAME = 'Klinik Åsgård — Knee & Sport';
const TITLE = 'PT, DPT';

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t, CLINIC_NAME);
  b = await createClinic(t, 'PDF clinic B');
  await t.db.query('UPDATE app_user SET professional_title = $1 WHERE id = $2', [TITLE, a.therapist.id]);
  seededVersionId = await seededProtocolVersionId(t, a.therapist);
}, 60_000);
afterAll(() => t.close());

const today = () => isoDaysFromToday(0);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2026-05-02` as the documents print it: `2 May 2026`. */
const printed = (date: string) =>
  `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
/** A number as the documents print it: one decimal at most, trailing zeros dropped. */
const oneDecimal = (value: number) => String(Number(value.toFixed(1)));
/** Text with every run of whitespace (line breaks included) made one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** GET a PDF route, collecting the body as bytes whatever its content type. */
function get(path: string, user: TestUser): Promise<Response> {
  return t.http
    .get(path)
    .set('authorization', user.auth)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/** A 200 PDF download with the headers every document must carry; returns its text. */
async function expectPdf(response: Response, fileName: RegExp): Promise<PdfText & { bytes: Buffer }> {
  expect({ status: response.status, body: response.status === 200 ? '' : String(response.body) }).toEqual({
    status: 200,
    body: '',
  });
  expect(response.headers['content-type']).toBe('application/pdf');
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.headers['content-disposition']).toMatch(fileName);
  const bytes = response.body as Buffer;
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(Number(response.headers['content-length'])).toBe(bytes.length);
  return { ...(await pdfText(bytes)), bytes };
}

function expectJsonError(response: Response, status: number, code: string, fields?: string[]): void {
  expect({ status: response.status, code: (JSON.parse(String(response.body)) as ApiError).code }).toEqual({
    status,
    code,
  });
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  if (fields) {
    const body = JSON.parse(String(response.body)) as ApiError;
    expect((body.details ?? []).map((d) => d.field).sort()).toEqual(fields);
  }
}

/** Every page has the running header and the "Page n of m" footer with the patient's identification. */
function expectFrame(pdf: PdfText, patient: { name: string; recordNumber: string; dateOfBirth: string }) {
  expect(pdf.pageCount).toBeGreaterThanOrEqual(1);
  pdf.pages.forEach((page, i) => {
    const text = flat(page);
    expect(text).toContain(CLINIC_NAME);
    expect(text).toContain(`Page ${i + 1} of ${pdf.pageCount}`);
    expect(text).toContain(patient.name);
    expect(text).toContain(`Record no. ${patient.recordNumber}`);
    expect(text).toContain(`Date of birth ${printed(patient.dateOfBirth)}`);
    expect(text).toContain(`Printed ${printed(today())}`);
  });
}

async function newPatientEpisode(overrides: Record<string, unknown> = {}) {
  const recordNumber = `MRN-${randomUUID().slice(0, 8)}`;
  const patient = await createPatient(t, a.therapist, {
    recordNumber,
    givenName: 'Zoë',
    familyName: 'Ødegård',
    dateOfBirth: '1998-07-14',
  });
  const episode = await createEpisode(t, a.therapist, patient.id, overrides);
  return { patient: { name: 'Zoë Ødegård', recordNumber, dateOfBirth: '1998-07-14' }, episode };
}

async function readJson<T>(path: string, user: TestUser = a.therapist): Promise<T> {
  const response = await t.http.get(path).set('authorization', user.auth);
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

const hop = (type: string, involved: number[], uninvolved: number[]) => ({
  type,
  input: { trials: { involved, uninvolved } },
});
const quadriceps = (involved: number, uninvolved: number) => ({
  type: 'strength_quadriceps',
  input: {
    involved: { value: involved, unit: 'N.m', device: 'Biodex System 4', mode: 'concentric', velocityDegPerSecond: 60 },
    uninvolved: {
      value: uninvolved,
      unit: 'N.m',
      device: 'Biodex System 4',
      mode: 'concentric',
      velocityDegPerSecond: 60,
    },
  },
});

async function recordAssessment(episodeId: string, performedOn: string, measurements: unknown[], baseline = false) {
  const response = await t.http
    .post(`/api/v1/episodes/${episodeId}/assessments`)
    .set('authorization', a.therapist.auth)
    .send({ performedOn, baseline, measurements });
  if (response.status !== 201) throw new Error(`assessment: ${response.status} ${JSON.stringify(response.body)}`);
}

/**
 * An episode 40 weeks after surgery in the return-to-sport phase of the seeded protocol: a
 * pre-operative baseline (for EPIC), two test sessions, a global rating, twelve visits.
 */
async function episodeWithRecords() {
  const subject = await newPatientEpisode({ injuryDate: isoDaysFromToday(-300), surgeryDate: isoDaysFromToday(-280) });
  const episodeId = subject.episode.id;
  const assigned = await t.http
    .post(`/api/v1/episodes/${episodeId}/programme`)
    .set('authorization', a.therapist.auth)
    .send({ protocolVersionId: seededVersionId, equipment: [...EQUIPMENT], startPhaseKey: 'p4' });
  if (assigned.status !== 201) throw new Error(`assign: ${assigned.status} ${JSON.stringify(assigned.body)}`);
  await recordAssessment(
    episodeId,
    isoDaysFromToday(-290),
    [hop('hop_single', [100, 104], [150, 152]), quadriceps(150, 210)],
    true,
  );
  await recordAssessment(episodeId, isoDaysFromToday(-100), [
    hop('hop_single', [110, 114], [150, 146]),
    hop('hop_triple', [380, 390], [470, 480]),
    quadriceps(160, 220),
  ]);
  await recordAssessment(episodeId, isoDaysFromToday(-3), [
    hop('hop_single', [138, 140], [150, 146]),
    hop('hop_triple', [440, 446], [470, 480]),
    quadriceps(205, 222),
  ]);
  const grs = await t.http
    .post(`/api/v1/episodes/${episodeId}/questionnaires`)
    .set('authorization', a.therapist.auth)
    .send({ instrument: 'global_rating', completedOn: isoDaysFromToday(-3), answers: { rating: 85 } });
  expect(grs.status).toBe(201);
  await insertTreatmentSessions(t, a.id, episodeId, a.therapist.id, 12);
  return subject;
}

describe('GET /api/v1/notes/{noteId}/pdf', () => {
  it('prints a signed note with its signature block and every addendum, each signed', async () => {
    const { patient, episode } = await newPatientEpisode();
    const signed = await createSignedNote(t, a.therapist, a.therapist, episode.id, {
      subjective: 'Knee feels stable; flexion ≥ 135°, no effusion.',
      objective: 'Single hop LSI 88% (was 71%); knee extension 0° ± 2°.',
      assessment: 'Progressing towards the phase-3 exit criteria.',
      plan: 'Continue; re-test the hop battery in four weeks.',
    });
    await addAddendum(t, a.therapist, signed.id, 'Correction: the crossover hop was done in football boots.');
    const note = await addAddendum(t, a.therapist, signed.id, 'Surgeon informed; agrees with the plan.');

    const pdf = await expectPdf(
      await get(`/api/v1/notes/${note.id}/pdf`, a.therapist),
      new RegExp(`^attachment; filename="${patient.recordNumber}-note-${today()}\\.pdf"$`),
    );
    expectFrame(pdf, patient);
    const text = flat(pdf.text);
    for (const expected of [
      'Progress report',
      'Signed clinical note',
      `Note ID ${note.id}`,
      `Reporting period ${printed(note.periodStart)} to ${printed(note.periodEnd)}`,
      `Drafted on ${printed(note.createdAt.slice(0, 10))}`,
      `Signed on ${printed(note.signature!.signedAt.slice(0, 10))}`,
      'Status Signed',
      'Knee feels stable; flexion ≥ 135°, no effusion.',
      'Single hop LSI 88% (was 71%); knee extension 0° ± 2°.',
      'Progressing towards the phase-3 exit criteria.',
      'Continue; re-test the hop battery in four weeks.',
      `Electronically signed by ${note.signature!.name}, ${TITLE}`,
      `Content hash (SHA-256): ${note.contentHash}`,
      'Addendum 1 of 2',
      'Correction: the crossover hop was done in football boots.',
      'Addendum 2 of 2',
      'Surgeon informed; agrees with the plan.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(note.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // The renderer checks the hash the API recorded at signing against the note as loaded: it must pass.
    expect(hasIntactContent(await readJson<Note>(`/api/v1/notes/${note.id}`))).toBe(true);
    expect(text).not.toContain('does not match its signature hash');
    expect(text).not.toContain('NOT VERIFIED');
    expect(text).not.toContain('DRAFT');
    expect(await pdfInfo(pdf.bytes)).toMatchObject({ Title: 'Progress report', Author: CLINIC_NAME });
  });

  it('prints a draft with "DRAFT — not signed" across every page and no signature, named a draft', async () => {
    const { patient, episode } = await newPatientEpisode();
    const draft = await createNote(t, a.assistant, episode.id, {
      type: 'daily',
      subjective: 'Long report. '.repeat(900),
    });
    const pdf = await expectPdf(
      await get(`/api/v1/notes/${draft.id}/pdf`, a.assistant),
      new RegExp(`^attachment; filename="${patient.recordNumber}-note-draft-${today()}\\.pdf"$`),
    );
    expect(pdf.pageCount).toBeGreaterThan(1);
    expectFrame(pdf, patient);
    for (const page of pdf.pages) expect(flat(page)).toContain('DRAFT — not signed');
    expect(flat(pdf.text)).toContain('Daily note');
    expect(flat(pdf.text)).not.toContain('Electronically signed');
    expect(flat(pdf.text)).toContain(`Note ID ${draft.id}`);
    expect(flat(pdf.text)).toContain('Signed on Not signed');
  });

  it('prints a section exactly as stored and hashed, untrimmed', async () => {
    const { episode } = await newPatientEpisode();
    const subjective = '  Indented by the therapist.\n\n\nAfter two blank lines.  ';
    const note = await createSignedNote(t, a.therapist, a.therapist, episode.id, { subjective });
    const stored = await readJson<Note>(`/api/v1/notes/${note.id}`);
    expect(stored.subjective).toBe(subjective);
    expect(hasIntactContent(stored)).toBe(true);
    const pdf = await expectPdf(await get(`/api/v1/notes/${note.id}/pdf`, a.therapist), /-note-/);
    expect(flat(pdf.text)).toContain('Signed clinical note');
    expect(pdf.text).toContain('Indented by the therapist.');
    expect(pdf.text).toContain('After two blank lines.');
  });

  it("answers another clinic's note with the same 404 as a missing one, and a malformed id with 400 naming noteId", async () => {
    const { episode } = await newPatientEpisode();
    const note = await createSignedNote(t, a.therapist, a.therapist, episode.id);
    for (const user of [b.therapist, b.assistant, b.admin]) {
      expectJsonError(await get(`/api/v1/notes/${note.id}/pdf`, user), 404, 'NOTE_NOT_FOUND');
    }
    const foreign = JSON.parse(String((await get(`/api/v1/notes/${note.id}/pdf`, b.therapist)).body)) as ApiError;
    const missing = JSON.parse(String((await get(`/api/v1/notes/${randomUUID()}/pdf`, b.therapist)).body)) as ApiError;
    expect({ ...foreign, correlationId: '' }).toEqual({ ...missing, correlationId: '' });
    expectJsonError(await get('/api/v1/notes/not-a-uuid/pdf', a.therapist), 400, 'VALIDATION_FAILED', ['noteId']);
  });
});

describe('GET /api/v1/episodes/{episodeId}/summary.pdf', () => {
  it('prints the patient-friendly summary from the episode record: phase, weeks, changes, checklist, programme, visits, charts', async () => {
    const { patient, episode } = await episodeWithRecords();
    const [progression, programme, symmetry] = await Promise.all([
      readJson<Progression>(`/api/v1/episodes/${episode.id}/programme/progression`),
      readJson<Programme>(`/api/v1/episodes/${episode.id}/programme`),
      readJson<SymmetryTrend[]>(`/api/v1/episodes/${episode.id}/symmetry`),
    ]);
    const pdf = await expectPdf(
      await get(`/api/v1/episodes/${episode.id}/summary.pdf`, a.therapist),
      new RegExp(`^attachment; filename="${patient.recordNumber}-progress-summary-${today()}\\.pdf"$`),
    );
    expectFrame(pdf, patient);
    const text = flat(pdf.text);
    expect(text).toContain('Your progress summary');
    expect(text).toContain(`You are in the “${progression.currentPhase.name}” phase of your rehabilitation programme`);
    expect(text).not.toMatch(/phase \d+ of \d+/i);
    expect(text).toContain(`It is ${progression.weeksSinceSurgery} weeks since your operation`);

    // What changed: the API's own LSI, first after surgery against the latest, in words.
    const single = symmetry.find((s) => s.type === 'hop_single')!;
    const [, earlier, latest] = single.points;
    expect(text).toContain(
      `Single hop for distance: your operated leg now hops ${Math.round(latest!.lsi!)}% as far as your other leg ` +
        `(it was ${Math.round(earlier!.lsi!)}% on ${printed(earlier!.date)}`,
    );
    expect(latest!.epic).not.toBeNull();
    expect(text).toContain(
      `Compared with your other leg before your operation, it is at ${Math.round(latest!.epic!)}%`,
    );

    // The next phase's checklist: every criterion of the gate, with the engine's status.
    expect(text).toContain(`Before moving on to “${progression.nextPhase!.name}”`);
    const statuses = { met: '✓ Met', not_met: 'Still to do', not_measured: 'Not yet measured' } as const;
    for (const criterion of progression.evaluation.criteria) {
      expect(text).toContain(criterion.label);
      expect(text).toContain(statuses[criterion.status]);
    }
    for (const item of programme.items) expect(text).toContain(item.exerciseName);
    expect(text).toContain('You have had 12 treatment visits');
    // The return-to-sport phase: its gate is the programme's set, so the residual-risk evidence belongs here.
    expect(text).toContain('people who met return-to-sport criteria were re-injured less often, but meeting them');
    expect(text).toContain('at least 9 months after surgery');
    // One chart per test with an LSI (single hop, triple hop, quadriceps), embedded as images.
    expect(pdf.bytes.toString('latin1').match(/\/Subtype \/Image/g)?.length).toBe(3);
  });

  it("leaves the return-to-sport evidence out of an earlier phase's checklist", async () => {
    const { episode } = await newPatientEpisode({ surgeryDate: isoDaysFromToday(-20) });
    const assigned = await t.http
      .post(`/api/v1/episodes/${episode.id}/programme`)
      .set('authorization', a.therapist.auth)
      .send({ protocolVersionId: seededVersionId, equipment: [...EQUIPMENT], startPhaseKey: 'p1' });
    expect(assigned.status).toBe(201);
    const progression = await readJson<Progression>(`/api/v1/episodes/${episode.id}/programme/progression`);
    expect(progression.evaluation.criteria.length).toBeGreaterThan(0);
    const pdf = await expectPdf(await get(`/api/v1/episodes/${episode.id}/summary.pdf`, a.therapist), /-summary-/);
    const text = flat(pdf.text);
    expect(text).toContain(`Before moving on to “${progression.nextPhase!.name}”`);
    expect(text).not.toContain('re-injured less often');
    expect(text).toContain('at least 9 months after surgery');
  });

  it('speaks of the injured leg and the time since injury for non-operative management', async () => {
    const { episode } = await newPatientEpisode({
      condition: 'acl_nonoperative',
      injuryDate: isoDaysFromToday(-70),
      surgeryDate: null,
      graftType: null,
    });
    await recordAssessment(episode.id, isoDaysFromToday(-3), [hop('hop_single', [120, 124], [150, 146])]);
    const pdf = await expectPdf(await get(`/api/v1/episodes/${episode.id}/summary.pdf`, a.therapist), /-summary-/);
    const text = flat(pdf.text);
    expect(text).toContain(`It is 10 weeks since your injury on ${printed(isoDaysFromToday(-70))}.`);
    expect(text).toContain('Single hop for distance: your injured leg now hops');
    for (const operative of ['operated leg', 'your operation', 'before surgery', '9 months after surgery']) {
      expect(text).not.toContain(operative);
    }
  });

  it('prints a summary for an episode without a programme, saying so', async () => {
    const { patient, episode } = await newPatientEpisode();
    const pdf = await expectPdf(
      await get(`/api/v1/episodes/${episode.id}/summary.pdf`, a.assistant),
      /-progress-summary-/,
    );
    expectFrame(pdf, patient);
    const text = flat(pdf.text);
    expect(text).toContain('has not set up your rehabilitation programme');
    expect(text).toContain('No tests comparing your two legs have been recorded yet.');
  });

  it("answers another clinic's episode with 404 EPISODE_NOT_FOUND, and a malformed id with 400 naming episodeId", async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    for (const user of [b.therapist, b.assistant]) {
      expectJsonError(await get(`/api/v1/episodes/${episode.id}/summary.pdf`, user), 404, 'EPISODE_NOT_FOUND');
    }
    expectJsonError(await get('/api/v1/episodes/nope/summary.pdf', a.therapist), 400, 'VALIDATION_FAILED', [
      'episodeId',
    ]);
    expectJsonError(await get('/api/v1/episodes/nope/rts-report.pdf', a.therapist), 400, 'VALIDATION_FAILED', [
      'episodeId',
    ]);
  });
});

describe('GET /api/v1/episodes/{episodeId}/rts-report.pdf', () => {
  it("prints the programme's set as the criteria engine evaluates it, with EPIC, evidence and caveats", async () => {
    const { patient, episode } = await episodeWithRecords();
    const readiness = await readJson<Readiness>(`/api/v1/episodes/${episode.id}/programme/readiness`);
    const symmetry = await readJson<SymmetryTrend[]>(`/api/v1/episodes/${episode.id}/symmetry`);
    const pdf = await expectPdf(
      await get(`/api/v1/episodes/${episode.id}/rts-report.pdf`, a.therapist),
      new RegExp(`^attachment; filename="${patient.recordNumber}-rts-report-${today()}\\.pdf"$`),
    );
    expectFrame(pdf, patient);
    const text = flat(pdf.text);
    expect(readiness.setKey).toBe('delaware');
    expect(text).toContain(`Delaware-Oslo criteria, as of ${printed(readiness.asOf)}`);
    const { evaluation } = readiness;
    const required = evaluation.met + evaluation.notMet + evaluation.notMeasured;
    expect(text).toContain(`${evaluation.met} of ${required} required criteria met`);
    expect(text).toContain(`${evaluation.notMet} not met · ${evaluation.notMeasured} not measured`);
    for (const criterion of evaluation.criteria) expect(text).toContain(criterion.label);
    // Values as the engine gave them: the single hop LSI, the global rating and the weeks since surgery.
    const single = evaluation.criteria.find((c) => c.measure === 'single_hop_lsi_pct')!;
    expect(single.status).toBe('met');
    expect(text).toContain(`Single hop LSI ${oneDecimal(single.value as number)}%`);
    expect(text).toContain('Global rating of function 85 points ≥ 90 points');
    expect(text).toContain('Weeks since surgery 40 weeks ≥ 39 weeks');
    expect(text).toMatch(/Not met/);
    expect(text).toMatch(/Not measured/);
    // EPIC of the same measurement beside the single hop LSI (a baseline exists).
    const point = symmetry.find((s) => s.type === 'hop_single')!.points.at(-1)!;
    expect(text).toContain(`${oneDecimal(point.epic!)}%`);
    // Evidence and the caveats of REFERENCE §4.6 and §6.3.
    expect(text).toContain('[V]');
    expect(text).toContain('was associated with fewer re-injuries, but it does not remove the risk');
    expect(text).toContain('Healthy people are not perfectly symmetric');
    expect(text).toContain('minimal detectable change');
    expect(text).toContain('can coexist with poor absolute function');
    expect(text).toContain('9 months');
  });

  it('prints another set of the protocol on request, and refuses a set the protocol does not have (400 naming set)', async () => {
    const { episode } = await episodeWithRecords();
    const kyritsis = await expectPdf(
      await get(`/api/v1/episodes/${episode.id}/rts-report.pdf?set=kyritsis`, a.admin),
      /-rts-report-/,
    );
    expect(flat(kyritsis.text)).toContain('Kyritsis 2016 criteria');
    expect(flat(kyritsis.text)).toContain('Running T-test');
    expectJsonError(
      await get(`/api/v1/episodes/${episode.id}/rts-report.pdf?set=oslo`, a.therapist),
      400,
      'VALIDATION_FAILED',
      ['set'],
    );
    expectJsonError(
      await get(`/api/v1/episodes/${episode.id}/rts-report.pdf?set=Not%20a%20key`, a.therapist),
      400,
      'VALIDATION_FAILED',
      ['set'],
    );
  });

  it('answers 404 PROGRAMME_NOT_FOUND without a programme, and 404 EPISODE_NOT_FOUND to another clinic', async () => {
    const bare = await createPatientEpisode(t, a.therapist);
    expectJsonError(await get(`/api/v1/episodes/${bare.id}/rts-report.pdf`, a.therapist), 404, 'PROGRAMME_NOT_FOUND');
    const { episode } = await episodeWithRecords();
    for (const user of [b.therapist, b.assistant]) {
      expectJsonError(await get(`/api/v1/episodes/${episode.id}/rts-report.pdf`, user), 404, 'EPISODE_NOT_FOUND');
      expectJsonError(
        await get(`/api/v1/episodes/${episode.id}/rts-report.pdf?set=oslo`, user),
        404,
        'EPISODE_NOT_FOUND',
      );
    }
  });

  it('lets an assistant export every document', async () => {
    const { episode } = await episodeWithRecords();
    const note = await createSignedNote(t, a.assistant, a.therapist, episode.id);
    await expectPdf(await get(`/api/v1/notes/${note.id}/pdf`, a.assistant), /-note-/);
    await expectPdf(await get(`/api/v1/episodes/${episode.id}/summary.pdf`, a.assistant), /-progress-summary-/);
    await expectPdf(await get(`/api/v1/episodes/${episode.id}/rts-report.pdf`, a.assistant), /-rts-report-/);
  });
});

describe('the OpenAPI document', () => {
  it('documents each PDF route with a 200 application/pdf binary body and its error responses', async () => {
    const doc = (await t.http.get('/api/docs-json')).body as {
      paths: Record<
        string,
        { get?: { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> } }
      >;
    };
    for (const path of [
      '/api/v1/notes/{noteId}/pdf',
      '/api/v1/episodes/{episodeId}/summary.pdf',
      '/api/v1/episodes/{episodeId}/rts-report.pdf',
    ]) {
      const responses = doc.paths[path]?.get?.responses ?? {};
      expect({ path, ok: responses['200']?.content }).toEqual({
        path,
        ok: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
      });
      expect({
        path,
        errors: Object.keys(responses)
          .filter((s) => s !== '200')
          .sort(),
      }).toEqual({
        path,
        errors: ['400', '401', '403', '404', '500'],
      });
    }
  });
});
