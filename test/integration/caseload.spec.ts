import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EQUIPMENT } from '@proprio/clinical';
import type { ApiError, CaseloadEntry, CreateEpisodeRequest, Page, Programme, SessionPage } from '@proprio/contracts';
import { DataSource } from 'typeorm';
import {
  archiveEpisode,
  createClinic,
  createEpisode,
  createPatient,
  createUser,
  insertTreatmentSessions,
  seededProtocolVersionId,
  type TestClinic,
  type TestUser,
} from '../support/factories.js';
import { createSignedNote, setProgressRule } from '../support/notes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let c: TestClinic;
let b: TestClinic;
let second: TestUser;
let seededVersionId: string;

const isoDaysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  c = await createClinic(t, 'Caseload clinic');
  b = await createClinic(t, 'Caseload clinic B');
  second = await createUser(t, c, 'therapist');
  seededVersionId = await seededProtocolVersionId(t, c.therapist);
}, 60_000);
afterAll(() => t.close());

interface Case {
  patientId: string;
  episodeId: string;
}

/** A patient with one episode and (unless told otherwise) the seeded protocol assigned. */
async function enrol(
  clinic: TestClinic,
  name: { givenName: string; familyName: string },
  episode: Partial<CreateEpisodeRequest>,
  programme: Record<string, unknown> | null = {},
): Promise<Case & { version: number; patientVersion: number }> {
  const patient = await createPatient(t, clinic.therapist, name);
  const created = await createEpisode(t, clinic.therapist, patient.id, episode);
  if (programme) {
    const response = await t.http
      .post(`/api/v1/episodes/${created.id}/programme`)
      .set('authorization', clinic.therapist.auth)
      .send({ protocolVersionId: seededVersionId, equipment: [...EQUIPMENT], ...programme });
    if (response.status !== 201) throw new Error(`assign: ${response.status} ${JSON.stringify(response.body)}`);
    expect((response.body as Programme).therapistId).toBe(programme['therapistId'] ?? clinic.therapist.id);
  }
  return { patientId: patient.id, episodeId: created.id, version: created.version, patientVersion: patient.version };
}

async function record(clinic: TestClinic, episodeId: string, performedOn: string, measurements: unknown[]) {
  const response = await t.http
    .post(`/api/v1/episodes/${episodeId}/assessments`)
    .set('authorization', clinic.therapist.auth)
    .send({ performedOn, measurements });
  if (response.status !== 201) throw new Error(`record: ${response.status} ${JSON.stringify(response.body)}`);
}

const hop = (type: string, involved: number[], uninvolved: number[]) => ({
  type,
  input: { trials: { involved, uninvolved } },
});

async function caseload(user: TestUser, query = ''): Promise<Page<CaseloadEntry>> {
  const response = await t.http.get(`/api/v1/caseload${query}`).set('authorization', user.auth);
  if (response.status !== 200) throw new Error(`caseload: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Page<CaseloadEntry>;
}

/** Runs `work` while counting the SQL statements the app sends through TypeORM. */
async function countingQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const logger = t.app.get(DataSource).logger;
  const queries: string[] = [];
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, queryRunner) => {
    queries.push(query);
    original(query, parameters, queryRunner);
  };
  try {
    return { result: await work(), queries };
  } finally {
    logger.logQuery = original;
  }
}

describe('the caseload', () => {
  let adams: Case;
  let baker: Case;
  let clark: Case;

  beforeAll(async () => {
    // Three week-old surgery in phase 1: knee measured today, quadriceps lag not yet; ten visits.
    adams = await enrol(
      c,
      { givenName: 'Ana', familyName: 'Adams' },
      { involvedSide: 'right', surgeryDate: isoDaysFromToday(-21) },
    );
    await record(c, adams.episodeId, isoDaysFromToday(0), [
      {
        type: 'knee_rom',
        input: {
          involved: { extensionDeficitDeg: 0, flexionDeg: 130 },
          uninvolved: { extensionDeficitDeg: 0, flexionDeg: 140 },
        },
      },
      { type: 'effusion', input: { grade: 'trace' } },
    ]);
    await insertTreatmentSessions(t, c.id, adams.episodeId, c.assistant.id, 10);

    // Twenty weeks after surgery and still in phase 1 (typically 0–2 weeks): stalled; last tested 35
    // days ago, so due for a re-test. The single hop wins over a later triple hop.
    baker = await enrol(
      c,
      { givenName: 'Ben', familyName: 'Baker' },
      { surgeryDate: isoDaysFromToday(-140) },
      { startPhaseKey: 'p1' },
    );
    await record(c, baker.episodeId, isoDaysFromToday(-40), [
      hop('hop_single', [120, 124], [150, 146]),
      hop('hop_triple', [445, 455], [478, 482]),
    ]);
    await record(c, baker.episodeId, isoDaysFromToday(-35), [hop('hop_triple', [460], [480])]);
    await insertTreatmentSessions(t, c.id, baker.episodeId, c.therapist.id, 9);

    // Not operated yet, in the second therapist's caseload; only a triple hop recorded.
    clark = await enrol(
      c,
      { givenName: 'Cara', familyName: 'Clark' },
      { surgeryDate: null },
      { therapistId: second.id },
    );
    await record(c, clark.episodeId, isoDaysFromToday(-3), [hop('hop_triple', [400], [500])]);

    // Not in anyone's caseload: no programme; archived episode; discharged episode; archived patient.
    await enrol(c, { givenName: 'Dan', familyName: 'Dunn' }, {}, null);
    const archived = await enrol(c, { givenName: 'Eve', familyName: 'Evans' }, {});
    await archiveEpisode(t, c.therapist, { id: archived.episodeId, version: archived.version });
    await enrol(c, { givenName: 'Fay', familyName: 'Fox' }, { status: 'discharged' });
    const gone = await enrol(c, { givenName: 'Gus', familyName: 'Gray' }, {});
    const archivePatient = await t.http
      .post(`/api/v1/patients/${gone.patientId}/archive`)
      .set('authorization', c.therapist.auth)
      .send({ version: gone.patientVersion });
    expect(archivePatient.status).toBe(200);

    // Clinic B's patient, named to sort first.
    await enrol(b, { givenName: 'Aaron', familyName: 'Aardvark' }, { surgeryDate: isoDaysFromToday(-21) });
  }, 60_000);

  it("lists my active episodes with a programme, sorted by name, with each row's figures", async () => {
    const page = await caseload(c.therapist);
    expect({ total: page.total, limit: page.limit, offset: page.offset }).toEqual({ total: 2, limit: 20, offset: 0 });
    expect(page.items.map((e) => e.patientName)).toEqual(['Ana Adams', 'Ben Baker']);
    const [ana, ben] = page.items as [CaseloadEntry, CaseloadEntry];
    expect(ana).toEqual({
      patientId: adams.patientId,
      patientName: 'Ana Adams',
      recordNumber: expect.any(String),
      episodeId: adams.episodeId,
      involvedSide: 'right',
      phaseKey: 'p1',
      phaseName: 'Recovery from surgery',
      phaseStartedOn: isoDaysFromToday(0),
      weeksSinceSurgery: 3,
      latestHopLsi: null,
      unmetCriteria: ['Quadriceps lag'],
      lastAssessmentOn: isoDaysFromToday(0),
      dueForRetest: false,
      visitsSinceLastProgressNote: 10,
      dueForProgressNote: true,
      stalled: false,
    });
    expect(ben).toMatchObject({
      episodeId: baker.episodeId,
      weeksSinceSurgery: 20,
      latestHopLsi: { type: 'hop_single', value: expect.closeTo((122 / 148) * 100, 9), date: isoDaysFromToday(-40) },
      lastAssessmentOn: isoDaysFromToday(-35),
      dueForRetest: true,
      visitsSinceLastProgressNote: 9,
      dueForProgressNote: false,
      stalled: true,
    });
    expect(ben.unmetCriteria).toHaveLength(4);
  });

  it("shows the whole clinic's caseload with scope=clinic, and only the second therapist's as theirs", async () => {
    const clinic = await caseload(c.therapist, '?scope=clinic');
    expect(clinic.total).toBe(3);
    expect(clinic.items.map((e) => e.patientName)).toEqual(['Ana Adams', 'Ben Baker', 'Cara Clark']);
    const cara = clinic.items[2]!;
    expect(cara).toMatchObject({
      episodeId: clark.episodeId,
      phaseKey: 'preop',
      weeksSinceSurgery: null,
      latestHopLsi: { type: 'hop_triple', value: 80, date: isoDaysFromToday(-3) },
      dueForRetest: false,
      visitsSinceLastProgressNote: 0,
      stalled: false,
    });
    expect(cara.unmetCriteria).toContain('Single hop LSI');

    const theirs = await caseload(second);
    expect(theirs.items.map((e) => e.episodeId)).toEqual([clark.episodeId]);
    // Assistants and admins read the clinic's caseload; they have none of their own.
    for (const user of [c.assistant, c.admin]) {
      expect((await caseload(user, '?scope=clinic')).total).toBe(3);
      expect((await caseload(user)).total).toBe(0);
    }
  });

  it('pages with limit and offset, and validates the query', async () => {
    const first = await caseload(c.therapist, '?scope=clinic&limit=2&offset=0');
    const rest = await caseload(c.therapist, '?scope=clinic&limit=2&offset=2');
    expect(first.items.map((e) => e.patientName)).toEqual(['Ana Adams', 'Ben Baker']);
    expect(rest).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(rest.items.map((e) => e.patientName)).toEqual(['Cara Clark']);
    expect(await caseload(c.therapist, '?scope=clinic&offset=50')).toEqual({
      items: [],
      total: 3,
      limit: 20,
      offset: 50,
    });
    for (const query of ['?scope=everyone', '?limit=0', '?limit=101', '?offset=-1', '?sort=name']) {
      const response = await t.http.get(`/api/v1/caseload${query}`).set('authorization', c.therapist.auth);
      expect({ query, status: response.status, code: (response.body as ApiError).code }).toEqual({
        query,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
  });

  it("never shows another clinic's episodes", async () => {
    const ours = await caseload(c.therapist, '?scope=clinic');
    expect(ours.items.map((e) => e.patientName)).not.toContain('Aaron Aardvark');
    const theirs = await caseload(b.therapist, '?scope=clinic');
    expect(theirs.total).toBe(1);
    expect(theirs.items.map((e) => e.patientName)).toEqual(['Aaron Aardvark']);
    expect(await caseload(b.admin, '?scope=clinic')).toMatchObject({ total: 1 });
  });
});

describe('the progress-report reminder in the caseload', () => {
  it("counts the visits after the last signed progress report, by the clinic's rule, as the sessions list does", async () => {
    const clinic = await createClinic(t, 'Caseload reminder clinic');
    const { episodeId } = await enrol(
      clinic,
      { givenName: 'Hal', familyName: 'Hill' },
      { surgeryDate: isoDaysFromToday(-60) },
    );
    // One visit a day for the last twelve days.
    await insertTreatmentSessions(t, clinic.id, episodeId, clinic.therapist.id, 12);
    const entry = async () => (await caseload(clinic.therapist)).items.find((e) => e.episodeId === episodeId)!;
    const sessions = async () =>
      (await t.http.get(`/api/v1/episodes/${episodeId}/sessions`).set('authorization', clinic.therapist.auth))
        .body as SessionPage;
    expect(await entry()).toMatchObject({ visitsSinceLastProgressNote: 12, dueForProgressNote: true });

    await createSignedNote(t, clinic.therapist, clinic.therapist, episodeId, {
      periodStart: isoDaysFromToday(-12),
      periodEnd: isoDaysFromToday(-5),
    });
    expect(await entry()).toMatchObject({ visitsSinceLastProgressNote: 4, dueForProgressNote: false });
    expect(await sessions()).toMatchObject({ total: 12, visitsSinceLastProgressNote: 4, progressNoteInterval: 10 });

    await setProgressRule(t, clinic.id, { visitInterval: 4, dayLimit: null });
    expect(await entry()).toMatchObject({ visitsSinceLastProgressNote: 4, dueForProgressNote: true });
    expect(await sessions()).toMatchObject({ visitsSinceLastProgressNote: 4, progressNoteInterval: 4 });
    // The new period began 4 days ago, so today is its 5th day.
    await setProgressRule(t, clinic.id, { visitInterval: 10, dayLimit: 6 });
    expect(await entry()).toMatchObject({ dueForProgressNote: false });
    await setProgressRule(t, clinic.id, { visitInterval: 10, dayLimit: 5 });
    expect(await entry()).toMatchObject({ dueForProgressNote: true });
  }, 60_000);
});

describe('the caseload query count', () => {
  it('does not grow with the page size', async () => {
    const d = await createClinic(t, 'Caseload size clinic');
    for (let i = 0; i < 6; i += 1) {
      const enrolled = await enrol(
        d,
        { givenName: `Pat${i}`, familyName: `Size${i}` },
        { surgeryDate: isoDaysFromToday(-30 - i * 7) },
      );
      await record(d, enrolled.episodeId, isoDaysFromToday(-1), [
        hop('hop_single', [120 + i], [150]),
        { type: 'effusion', input: { grade: 'trace' } },
      ]);
      const grs = await t.http
        .post(`/api/v1/episodes/${enrolled.episodeId}/questionnaires`)
        .set('authorization', d.therapist.auth)
        .send({ instrument: 'global_rating', completedOn: isoDaysFromToday(-1), answers: { rating: 80 } });
      expect(grs.status).toBe(201);
      await insertTreatmentSessions(t, d.id, enrolled.episodeId, d.therapist.id, i + 1);
    }
    const one = await countingQueries(() => caseload(d.therapist, '?limit=1'));
    const six = await countingQueries(() => caseload(d.therapist, '?limit=6'));
    expect(one.result.items).toHaveLength(1);
    expect(six.result.items).toHaveLength(6);
    expect(six.result.items.map((e) => e.visitsSinceLastProgressNote)).toEqual([1, 2, 3, 4, 5, 6]);
    // The hook really sees the app's statements (the visits since each last report among them), and as many
    // for six rows as for one.
    expect(six.queries.filter((q) => q.includes('treatment_session'))).toHaveLength(1);
    expect(six.queries.length).toBe(one.queries.length);
    expect(six.queries.length).toBeLessThanOrEqual(12);
  }, 60_000);
});
