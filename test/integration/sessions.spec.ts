import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_EXERCISES, SEEDED_PROTOCOL } from '@proprio/clinical';
import {
  ROLE_PERMISSIONS,
  type ApiError,
  type Programme,
  type SessionPage,
  type TreatmentSession,
} from '@proprio/contracts';
import {
  archiveEpisode,
  countRows,
  createClinic,
  createPatientEpisode,
  insertClinicExercise,
  insertProgramme,
  type TestClinic,
  type TestUser,
} from '../support/factories.js';
import { createSignedNote, listNotes, setProgressRule } from '../support/notes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let a: TestClinic;
let b: TestClinic;
/** Two of clinic A's own exercises, one of clinic B's, and one of the seeded library. */
let ownA: { id: string; name: string };
let ownA2: { id: string; name: string };
let ownB: { id: string; name: string };
let seeded: { id: string; name: string };

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t, 'Sessions clinic A');
  b = await createClinic(t, 'Sessions clinic B');
  ownA = await insertClinicExercise(t, a.id, 'Single-leg stance on foam');
  ownA2 = await insertClinicExercise(t, a.id, 'Lateral band walk');
  ownB = await insertClinicExercise(t, b.id, 'Clinic B drill');
  // The start-up sync puts the seeded library in every database.
  seeded = { id: SEEDED_EXERCISES[0]!.id, name: SEEDED_EXERCISES[0]!.name };
});
afterAll(() => t.close());

const fieldsOf = (body: unknown) => ((body as ApiError).details ?? []).map((d) => d.field).sort();
const isoDaysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const exercise = (exerciseId: string, overrides: Record<string, unknown> = {}) => ({
  exerciseId,
  sets: 3,
  reps: 10,
  holdSeconds: null,
  loadKg: null,
  ...overrides,
});

const session = (overrides: Record<string, unknown> = {}) => ({
  performedOn: isoDaysFromToday(-1),
  pain: 2,
  rpe: 5,
  notes: null,
  exercises: [exercise(ownA.id)],
  ...overrides,
});

function log(episodeId: string, body: unknown, user: TestUser = a.therapist) {
  return t.http
    .post(`/api/v1/episodes/${episodeId}/sessions`)
    .set('authorization', user.auth)
    .send(body as object);
}

async function logOk(episodeId: string, body: unknown, user: TestUser = a.therapist): Promise<TreatmentSession> {
  const response = await log(episodeId, body, user);
  if (response.status !== 201) throw new Error(`log failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as TreatmentSession;
}

function list(episodeId: string, query = '', user: TestUser = a.therapist) {
  return t.http.get(`/api/v1/episodes/${episodeId}/sessions${query}`).set('authorization', user.auth);
}

describe('logging a treatment session', () => {
  it('records the exercises done with the names as they were, pain, RPE and who recorded it', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const programme = await insertProgramme(t, a, episode.id, [ownA.id, seeded.id]);
    const body = session({
      performedOn: isoDaysFromToday(-2),
      pain: 3,
      rpe: 6,
      notes: '  Felt stable on foam. ',
      exercises: [
        exercise(ownA.id, { programmeItemId: programme.items[0]!.id, sets: 2, reps: null, holdSeconds: 30 }),
        exercise(seeded.id, { programmeItemId: programme.items[1]!.id, loadKg: 12.5, notes: 'left only' }),
        exercise(ownA2.id, { sets: null, reps: null }),
      ],
    });
    const response = await log(episode.id, body);
    expect(response.status).toBe(201);
    const created = response.body as TreatmentSession;
    expect(created).toEqual({
      id: expect.any(String),
      episodeId: episode.id,
      performedOn: isoDaysFromToday(-2),
      pain: 3,
      rpe: 6,
      notes: 'Felt stable on foam.',
      exercises: [
        {
          programmeItemId: programme.items[0]!.id,
          exerciseId: ownA.id,
          exerciseName: ownA.name,
          sets: 2,
          reps: null,
          holdSeconds: 30,
          loadKg: null,
          notes: null,
        },
        {
          programmeItemId: programme.items[1]!.id,
          exerciseId: seeded.id,
          exerciseName: seeded.name,
          sets: 3,
          reps: 10,
          holdSeconds: null,
          loadKg: 12.5,
          notes: 'left only',
        },
        {
          programmeItemId: null,
          exerciseId: ownA2.id,
          exerciseName: ownA2.name,
          sets: null,
          reps: null,
          holdSeconds: null,
          loadKg: null,
          notes: null,
        },
      ],
      recordedBy: a.therapist.id,
      createdAt: expect.any(String),
    });

    // The name is a snapshot: renaming the exercise later does not rewrite the visit.
    await t.db.query('UPDATE exercise SET name = $2 WHERE id = $1', [ownA2.id, 'Renamed band walk']);
    try {
      const page = (await list(episode.id)).body as SessionPage;
      expect(page.items).toEqual([created]);
    } finally {
      await t.db.query('UPDATE exercise SET name = $2 WHERE id = $1', [ownA2.id, ownA2.name]);
    }
  });

  it('logs the items of a programme assigned through the API on the seeded protocol', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const versionId = (
      await t.db.query<{ id: string }>(
        'SELECT id FROM protocol_version WHERE protocol_id = $1 ORDER BY number DESC LIMIT 1',
        [SEEDED_PROTOCOL.id],
      )
    ).rows[0]!.id;
    const assigned = await t.http
      .post(`/api/v1/episodes/${episode.id}/programme`)
      .set('authorization', a.therapist.auth)
      .send({ protocolVersionId: versionId, equipment: ['mat', 'chair'] });
    expect(assigned.status).toBe(201);
    const items = (assigned.body as Programme).items;
    expect(items.length).toBeGreaterThan(0);
    const created = await logOk(episode.id, {
      performedOn: isoDaysFromToday(0),
      exercises: items.map(({ id, exerciseId, dosage: { sets, reps, holdSeconds, loadKg } }) => ({
        programmeItemId: id,
        exerciseId,
        sets,
        reps,
        holdSeconds,
        loadKg,
      })),
    });
    expect(created.exercises.map((e) => [e.programmeItemId, e.exerciseName])).toEqual(
      items.map((item) => [item.id, item.exerciseName]),
    );
  });

  it('accepts a visit with no exercises, and pain and RPE left out', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const created = await logOk(episode.id, { performedOn: isoDaysFromToday(0), exercises: [] });
    expect(created).toMatchObject({ pain: null, rpe: null, notes: null, exercises: [] });
  });

  it('lists the sessions newest first, paged, with the visits since the last progress note', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const empty = await list(episode.id);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({
      items: [],
      total: 0,
      limit: 20,
      offset: 0,
      visitsSinceLastProgressNote: 0,
      // The clinic's setting, 10 by default (REFERENCE §6.2: at least once every 10 treatment days).
      progressNoteInterval: 10,
      progressNoteDue: false,
    });

    // Logged out of order; two on the same day are ordered by when they were recorded.
    const d10 = await logOk(episode.id, session({ performedOn: isoDaysFromToday(-10) }));
    const d3 = await logOk(episode.id, session({ performedOn: isoDaysFromToday(-3) }));
    const d20 = await logOk(episode.id, session({ performedOn: isoDaysFromToday(-20) }));
    const d3later = await logOk(episode.id, session({ performedOn: isoDaysFromToday(-3), pain: 0 }));
    // Another episode's visits are not counted.
    await logOk((await createPatientEpisode(t, a.therapist)).id, session());

    const page = await list(episode.id, '?limit=3');
    expect(page.status).toBe(200);
    const body = page.body as SessionPage;
    expect(body.items.map((s) => s.id)).toEqual([d3later.id, d3.id, d10.id]);
    expect(body).toMatchObject({
      total: 4,
      limit: 3,
      offset: 0,
      visitsSinceLastProgressNote: 4,
      progressNoteInterval: 10,
    });
    const next = (await list(episode.id, '?limit=3&offset=3')).body as SessionPage;
    expect(next.items.map((s) => s.id)).toEqual([d20.id]);
    expect(next).toMatchObject({ total: 4, offset: 3, visitsSinceLastProgressNote: 4 });

    const bad = await list(episode.id, '?limit=0&offset=-1');
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['limit', 'offset']);
  });

  it("counts the visits after the last signed progress report's period, at the clinic's own interval", async () => {
    const clinic = await createClinic(t, 'Sessions reminder clinic');
    const exerciseOfClinic = await insertClinicExercise(t, clinic.id);
    const episode = await createPatientEpisode(t, clinic.therapist);
    const visit = (days: number) =>
      logOk(
        episode.id,
        session({ performedOn: isoDaysFromToday(days), exercises: [exercise(exerciseOfClinic.id)] }),
        clinic.therapist,
      );
    for (const days of [-20, -15, -12, -8, -3]) await visit(days);
    const read = async () => (await list(episode.id, '', clinic.therapist)).body as SessionPage;
    expect(await read()).toMatchObject({ total: 5, visitsSinceLastProgressNote: 5, progressNoteInterval: 10 });

    // A signed progress report up to 12 days ago: the two visits after it are the ones that count.
    await createSignedNote(t, clinic.therapist, clinic.therapist, episode.id, {
      periodStart: isoDaysFromToday(-20),
      periodEnd: isoDaysFromToday(-12),
    });
    await setProgressRule(t, clinic.id, { visitInterval: 4, dayLimit: null });
    expect(await read()).toMatchObject({
      total: 5,
      visitsSinceLastProgressNote: 2,
      progressNoteInterval: 4,
      progressNoteDue: false,
    });
    await setProgressRule(t, clinic.id, { visitInterval: 2, dayLimit: null });
    expect(await read()).toMatchObject({
      visitsSinceLastProgressNote: 2,
      progressNoteInterval: 2,
      progressNoteDue: true,
    });
    // Clinic A's setting is its own.
    expect(
      ((await list((await createPatientEpisode(t, a.therapist)).id)).body as SessionPage).progressNoteInterval,
    ).toBe(10);
  });

  it("says a progress report is due when the clinic's day limit is reached, before the visit interval", async () => {
    const clinic = await createClinic(t, 'Sessions day-limit clinic');
    const exerciseOfClinic = await insertClinicExercise(t, clinic.id);
    const episode = await createPatientEpisode(t, clinic.therapist);
    // Two visits, the first 14 days ago: today is the 15th calendar day of the reporting period.
    for (const days of [-14, -6]) {
      await logOk(
        episode.id,
        session({ performedOn: isoDaysFromToday(days), exercises: [exercise(exerciseOfClinic.id)] }),
        clinic.therapist,
      );
    }
    const settings = async (body: object) => {
      const current = await t.http.get('/api/v1/clinic').set('authorization', clinic.admin.auth);
      const response = await t.http
        .patch('/api/v1/clinic')
        .set('authorization', clinic.admin.auth)
        .send({ ...body, version: (current.body as { version: number }).version });
      expect(response.status).toBe(200);
    };
    const read = async () => (await list(episode.id, '', clinic.therapist)).body as SessionPage;
    const notesProgress = async () => (await listNotes(t, clinic.therapist, episode.id)).progress;

    expect(await read()).toMatchObject({
      visitsSinceLastProgressNote: 2,
      progressNoteInterval: 10,
      progressNoteDue: false,
    });
    await settings({ progressNoteDayLimit: 16 });
    expect((await read()).progressNoteDue).toBe(false);
    await settings({ progressNoteDayLimit: 15 });
    const page = await read();
    // Two visits of ten: comparing the visits with the interval would say it is not due.
    expect(page).toMatchObject({ visitsSinceLastProgressNote: 2, progressNoteInterval: 10, progressNoteDue: true });
    // The same reminder as the notes list's.
    expect(await notesProgress()).toMatchObject({ visitsSinceLastProgressNote: 2, due: true });

    // A signed progress report covering both visits starts a new period: nothing is due until the next visit.
    await createSignedNote(t, clinic.therapist, clinic.therapist, episode.id, {
      periodStart: isoDaysFromToday(-14),
      periodEnd: isoDaysFromToday(-1),
    });
    expect(await read()).toMatchObject({ visitsSinceLastProgressNote: 0, progressNoteDue: false });
    expect(await notesProgress()).toMatchObject({ due: false });
  });
});

describe('who may log and read sessions', () => {
  it('an assistant may log a session; it is recorded as theirs', async () => {
    expect(ROLE_PERMISSIONS.assistant).toContain('session:write');
    const episode = await createPatientEpisode(t, a.therapist);
    const created = await logOk(episode.id, session(), a.assistant);
    expect(created.recordedBy).toBe(a.assistant.id);
    expect(((await list(episode.id, '', a.assistant)).body as SessionPage).total).toBe(1);
  });

  it('an admin cannot log a session (403, nothing written) but can read them', async () => {
    expect(ROLE_PERMISSIONS.admin).not.toContain('session:write');
    expect(ROLE_PERMISSIONS.admin).toContain('episode:read');
    const episode = await createPatientEpisode(t, a.therapist);
    const before = await countRows(t, 'treatment_session');
    const response = await log(episode.id, session(), a.admin);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'FORBIDDEN' });
    expect(await countRows(t, 'treatment_session')).toBe(before);
    const read = await list(episode.id, '', a.admin);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ total: 0 });
  });

  it("another clinic's episode is a 404 for reading and writing, and nothing is written", async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    await logOk(episode.id, session());
    const before = await countRows(t, 'treatment_session');
    const write = await log(episode.id, session({ exercises: [exercise(ownB.id)] }), b.therapist);
    expect(write.status).toBe(404);
    expect(write.body).toMatchObject({ code: 'EPISODE_NOT_FOUND' });
    const read = await list(episode.id, '', b.therapist);
    expect(read.status).toBe(404);
    expect(read.body).toMatchObject({ code: 'EPISODE_NOT_FOUND' });
    expect(await countRows(t, 'treatment_session')).toBe(before);
    const unknown = await list(randomUUID());
    expect(unknown.status).toBe(404);
  });

  it('an archived episode takes no new sessions (409 ARCHIVED) but its sessions can still be read', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    await logOk(episode.id, session());
    await archiveEpisode(t, a.therapist, episode);
    const before = await countRows(t, 'treatment_session');
    const response = await log(episode.id, session());
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'ARCHIVED' });
    expect(await countRows(t, 'treatment_session')).toBe(before);
    expect(((await list(episode.id)).body as SessionPage).total).toBe(1);
  });
});

describe('invalid sessions are refused with the field named, and nothing is written', () => {
  let episodeId: string;
  let programme: { id: string; items: { id: string; exerciseId: string }[] };
  let withoutProgrammeId: string;

  beforeAll(async () => {
    episodeId = (await createPatientEpisode(t, a.therapist, { injuryDate: '2026-03-02' })).id;
    programme = await insertProgramme(t, a, episodeId, [ownA.id, ownA2.id]);
    withoutProgrammeId = (await createPatientEpisode(t, a.therapist)).id;
  });

  async function expectRefused(body: unknown, fields: string[], target = () => episodeId): Promise<void> {
    const before = await countRows(t, 'treatment_session');
    const response = await log(target(), body);
    expect({ status: response.status, fields: fieldsOf(response.body) }).toEqual({ status: 400, fields });
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await countRows(t, 'treatment_session')).toBe(before);
  }

  it('an exercise that does not exist', async () => {
    await expectRefused(session({ exercises: [exercise(randomUUID())] }), ['exercises.0.exerciseId']);
  });

  it("another clinic's exercise, even next to a valid one", async () => {
    await expectRefused(session({ exercises: [exercise(ownA.id), exercise(ownB.id)] }), ['exercises.1.exerciseId']);
  });

  it('a programme item that is not in the programme, or is for another exercise, or with no programme', async () => {
    await expectRefused(session({ exercises: [exercise(ownA.id, { programmeItemId: randomUUID() })] }), [
      'exercises.0.programmeItemId',
    ]);
    await expectRefused(
      session({
        exercises: [
          exercise(ownA.id, { programmeItemId: programme.items[0]!.id }),
          exercise(ownA.id, { programmeItemId: programme.items[1]!.id }),
        ],
      }),
      ['exercises.1.programmeItemId'],
    );
    await expectRefused(
      session({ exercises: [exercise(ownA.id, { programmeItemId: programme.items[0]!.id })] }),
      ['exercises.0.programmeItemId'],
      () => withoutProgrammeId,
    );
    // Another clinic's programme item is not this episode's either.
    const other = await createPatientEpisode(t, b.therapist);
    const otherProgramme = await insertProgramme(t, b, other.id, [ownB.id]);
    await expectRefused(session({ exercises: [exercise(ownA.id, { programmeItemId: otherProgramme.items[0]!.id })] }), [
      'exercises.0.programmeItemId',
    ]);
  });

  it('pain or RPE outside 0–10 or not whole numbers', async () => {
    await expectRefused(session({ pain: 11 }), ['pain']);
    await expectRefused(session({ pain: -1, rpe: 4.5 }), ['pain', 'rpe']);
    await expectRefused(session({ rpe: '5' }), ['rpe']);
  });

  it('a date in the future, before the injury, or not a calendar date', async () => {
    await expectRefused(session({ performedOn: isoDaysFromToday(1) }), ['performedOn']);
    await expectRefused(session({ performedOn: '2026-03-01' }), ['performedOn']);
    await expectRefused(session({ performedOn: '2026-02-30' }), ['performedOn']);
    await expectRefused(session({ performedOn: undefined }), ['performedOn']);
    // The injury day itself is fine.
    expect((await log(episodeId, session({ performedOn: '2026-03-02' }))).status).toBe(201);
  });

  it('a dosage outside the library’s bounds', async () => {
    await expectRefused(
      session({
        exercises: [
          exercise(ownA.id, { sets: 0, reps: 101 }),
          exercise(ownA.id, { holdSeconds: 601, loadKg: 300.5 }),
          exercise(ownA.id, { sets: 2.5, loadKg: 12.25 }),
          exercise(ownA.id, { loadKg: -1, reps: 0 }),
        ],
      }),
      [
        'exercises.0.reps',
        'exercises.0.sets',
        'exercises.1.holdSeconds',
        'exercises.1.loadKg',
        'exercises.2.loadKg',
        'exercises.2.sets',
        'exercises.3.loadKg',
        'exercises.3.reps',
      ],
    );
  });

  it('notes too long, too many exercises, missing exercises, unknown fields', async () => {
    await expectRefused(session({ notes: 'x'.repeat(4001) }), ['notes']);
    await expectRefused(session({ exercises: [exercise(ownA.id, { notes: 'x'.repeat(501) })] }), ['exercises.0.notes']);
    await expectRefused(session({ exercises: Array.from({ length: 61 }, () => exercise(ownA.id)) }), ['exercises']);
    await expectRefused(session({ exercises: undefined }), ['exercises']);
    await expectRefused(session({ recordedBy: b.therapist.id }), ['recordedBy']);
    await expectRefused(session({ exercises: [exercise(ownA.id, { exerciseName: 'Spoofed' })] }), [
      'exercises.0.exerciseName',
    ]);
    await expectRefused(session({ exercises: [exercise('not-a-uuid')] }), ['exercises.0.exerciseId']);
    // Sixty is allowed.
    expect(
      (await log(episodeId, session({ exercises: Array.from({ length: 60 }, () => exercise(ownA.id)) }))).status,
    ).toBe(201);
  });
});

describe('the database keeps visits as they were recorded', () => {
  it('refuses a direct UPDATE, DELETE or TRUNCATE of a treatment session', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const created = await logOk(episode.id, session({ pain: 4 }));
    await expect(t.db.query('UPDATE treatment_session SET pain = 0 WHERE id = $1', [created.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query('DELETE FROM treatment_session WHERE id = $1', [created.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query('TRUNCATE treatment_session')).rejects.toThrow(/append-only/);
    expect((await t.db.query('SELECT pain FROM treatment_session WHERE id = $1', [created.id])).rows).toEqual([
      { pain: 4 },
    ]);
  });

  it('refuses a pain score outside 0–10 even from direct SQL', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    await expect(
      t.db.query(
        `INSERT INTO treatment_session (clinic_id, episode_id, performed_on, pain, exercises, recorded_by)
         VALUES ($1, $2, CURRENT_DATE, 11, '[]', $3)`,
        [a.id, episode.id, a.therapist.id],
      ),
    ).rejects.toThrow(/ck_treatment_session_pain/);
  });
});
