import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { EQUIPMENT, SEEDED_EXERCISES } from '@proprio/clinical';
import {
  NOTE_SECTION_MAX_LENGTH,
  ROLE_PERMISSIONS,
  type ApiError,
  type Assessment,
  type CaseloadEntry,
  type Note,
  type NoteObjectiveDraft,
  type Page,
  type SessionPage,
} from '@proprio/contracts';
import type { Response } from 'supertest';
import { DataSource, QueryFailedError } from 'typeorm';
import { toErrorResponse } from '../../apps/api/src/core/errors/error-response.js';
import { OBJECTIVE_DRAFT_MAX_LENGTH } from '../../apps/api/src/modules/notes/objective/objective-text.js';
import { ProgressNoteStatusService } from '../../apps/api/src/modules/notes/progress/progress-note-status.service.js';
import {
  hasIntactContent,
  noteContentHash,
  signedContentOf,
} from '../../apps/api/src/modules/notes/note-content-hash.js';
import {
  archiveEpisode,
  createClinic,
  createPatientEpisode,
  createUser,
  insertProgramme,
  seededProtocolVersionId,
  type TestClinic,
  type TestUser,
} from '../support/factories.js';
import {
  addAddendum,
  completeNote,
  countNoteRows,
  createNote,
  createSignedNote,
  insertVisitsOn,
  isoDaysFromToday,
  listNotes,
  setProgressRule,
  signNote,
  storedAddenda,
  storedNote,
} from '../support/notes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let a: TestClinic;
let b: TestClinic;
let seededVersionId: string;

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t, 'Notes clinic A');
  b = await createClinic(t, 'Notes clinic B');
  seededVersionId = await seededProtocolVersionId(t, a.therapist);
}, 60_000);
afterAll(() => t.close());

const today = () => isoDaysFromToday(0);
const fieldsOf = (body: unknown) => ((body as ApiError).details ?? []).map((d) => d.field).sort();
const codeOf = (response: Response) => (response.body as ApiError).code;
const hop = (involved: number[], uninvolved: number[]) => ({ trials: { involved, uninvolved } });

/** An episode of clinic A (or another clinic) whose injury was 200 days ago. */
const newEpisode = (user: TestUser = a.therapist) =>
  createPatientEpisode(t, user, { injuryDate: isoDaysFromToday(-200), surgeryDate: isoDaysFromToday(-170) });

const put = (noteId: string, body: Record<string, unknown>, user: TestUser = a.therapist) =>
  t.http.put(`/api/v1/notes/${noteId}`).set('authorization', user.auth).send(body);
const sign = (noteId: string, version: number, user: TestUser = a.therapist) =>
  t.http.post(`/api/v1/notes/${noteId}/sign`).set('authorization', user.auth).send({ version });
const remove = (noteId: string, user: TestUser = a.therapist) =>
  t.http.delete(`/api/v1/notes/${noteId}`).set('authorization', user.auth);
const addendum = (noteId: string, body: unknown, user: TestUser = a.therapist) =>
  t.http.post(`/api/v1/notes/${noteId}/addenda`).set('authorization', user.auth).send({ body });
const post = (episodeId: string, body: object, user: TestUser = a.therapist) =>
  t.http.post(`/api/v1/episodes/${episodeId}/notes`).set('authorization', user.auth).send(body);
const preview = (episodeId: string, start: string, end: string, user: TestUser = a.therapist) =>
  t.http
    .get(`/api/v1/episodes/${episodeId}/note-objective?periodStart=${start}&periodEnd=${end}`)
    .set('authorization', user.auth);

/** A full replacement body from a note, with changes. */
const replacement = (note: Note, changes: Record<string, unknown> = {}) => ({
  version: note.version,
  type: note.type,
  periodStart: note.periodStart,
  periodEnd: note.periodEnd,
  subjective: note.subjective,
  objective: note.objective,
  assessment: note.assessment,
  plan: note.plan,
  ...changes,
});

async function ok<T>(request: Promise<Response>, status = 200): Promise<T> {
  const response = await request;
  if (response.status !== status) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

describe('drafting a note with the objective filled from the period', () => {
  let episodeId: string;
  const period = { periodStart: isoDaysFromToday(-50), periodEnd: isoDaysFromToday(-20) };
  const exercise = SEEDED_EXERCISES[0]!;

  beforeAll(async () => {
    episodeId = (await newEpisode()).id;
    const auth = a.therapist.auth;
    const assess = (performedOn: string, measurements: unknown[]) =>
      ok<Assessment>(
        t.http.post(`/api/v1/episodes/${episodeId}/assessments`).set('authorization', auth).send({
          performedOn,
          measurements,
        }),
        201,
      );
    const questionnaire = (completedOn: string, rating: number) =>
      ok(
        t.http
          .post(`/api/v1/episodes/${episodeId}/questionnaires`)
          .set('authorization', auth)
          .send({ instrument: 'global_rating', completedOn, answers: { rating } }),
        201,
      );
    const visit = (performedOn: string, pain: number, rpe: number) =>
      ok(
        t.http
          .post(`/api/v1/episodes/${episodeId}/sessions`)
          .set('authorization', auth)
          .send({ performedOn, pain, rpe, exercises: [{ exerciseId: exercise.id, sets: 3, reps: 10 }] }),
        201,
      );
    await ok(
      t.http
        .post(`/api/v1/episodes/${episodeId}/programme`)
        .set('authorization', auth)
        .send({ protocolVersionId: seededVersionId, equipment: [...EQUIPMENT] }),
      201,
    );
    // Outside the period: distinctive values that must not appear.
    await assess(isoDaysFromToday(-80), [{ type: 'hop_single', input: hop([99, 101], [150, 150]) }]);
    await questionnaire(isoDaysFromToday(-60), 35);
    await visit(isoDaysFromToday(-55), 8, 2);
    await visit(isoDaysFromToday(-10), 9, 9);
    // Inside: a hop test later corrected (only the correction counts), a rating, two visits.
    const inside = await assess(isoDaysFromToday(-40), [
      { type: 'hop_single', input: hop([118, 122], [150, 146]) },
      { type: 'effusion', input: { grade: 'trace' } },
    ]);
    const first = inside.measurements.find((m) => m.type === 'hop_single')!;
    await ok(
      t.http
        .post(`/api/v1/measurements/${first.id}/amend`)
        .set('authorization', auth)
        .send({ reason: 'Trials were typed in the wrong order', input: hop([128, 132], [150, 146]) }),
    );
    await questionnaire(isoDaysFromToday(-35), 80);
    await visit(isoDaysFromToday(-45), 4, 5);
    await visit(isoDaysFromToday(-25), 2, 6);
  }, 60_000);

  it("fills the objective of a new draft from the period's records only", async () => {
    const before = await countNoteRows(t);
    const note = await createNote(t, a.therapist, episodeId, { ...period, objective: undefined });
    expect(note).toMatchObject({
      episodeId,
      type: 'progress',
      status: 'draft',
      ...period,
      authorId: a.therapist.id,
      authorName: 'Test therapist',
      signature: null,
      contentHash: null,
      addenda: [],
      version: 1,
    });
    const text = note.objective;
    expect(text).toContain(`Reporting period ${period.periodStart} to ${period.periodEnd}.`);
    expect(text).toContain(`- ${isoDaysFromToday(-40)} test session:`);
    // The corrected hop (130 / 148 = 87.8%), not the superseded one (120 cm) nor the one outside (100 cm).
    expect(text).toContain(
      'Single hop for distance: involved 130 cm, uninvolved 148 cm (mean of the trials); LSI 87.8%',
    );
    expect(text).toContain('Effusion (stroke test): grade trace.');
    expect(text).toContain(`- ${isoDaysFromToday(-35)} Global rating of function: score 80.`);
    expect(text).toContain(`- 2 visits: ${isoDaysFromToday(-45)}, ${isoDaysFromToday(-25)}.`);
    expect(text).toContain('- Pain 2–4/10 (2 of 2 visits rated); RPE 5–6/10 (2 of 2 visits rated).');
    expect(text).toContain(`- Exercises done: ${exercise.name} (2 visits).`);
    expect(text).toContain(`Current phase gate (as of ${today()}, from the latest values at any date`);
    for (const outside of [
      'involved 120 cm',
      'involved 100 cm',
      isoDaysFromToday(-80),
      'score 35',
      isoDaysFromToday(-60),
      isoDaysFromToday(-55),
      isoDaysFromToday(-10),
      '8/10',
      '9/10',
    ]) {
      expect({ outside, found: text.includes(outside) }).toEqual({ outside, found: false });
    }
    expect(await countNoteRows(t)).toEqual({ ...before, note: before.note + 1 });
    const stored = await t.db.query<{ objective: string; subjective: string }>(
      'SELECT objective, subjective FROM note WHERE id = $1',
      [note.id],
    );
    expect(stored.rows[0]).toEqual({ objective: text, subjective: completeNote().subjective });
  });

  it('previews the same text without writing anything', async () => {
    const before = await countNoteRows(t);
    const draft = await ok<NoteObjectiveDraft>(preview(episodeId, period.periodStart, period.periodEnd));
    expect(draft).toMatchObject({
      ...period,
      sources: { measurements: 2, questionnaires: 1, sessions: 2, phaseTransitions: 0 },
    });
    const created = await createNote(t, a.assistant, episodeId, { ...period, objective: undefined });
    expect(created.objective).toBe(draft.text);
    // An assistant may preview too (episode:read).
    expect((await preview(episodeId, period.periodStart, period.periodEnd, a.assistant)).status).toBe(200);
    expect(await countNoteRows(t)).toEqual({ ...before, note: before.note + 1 });
  });

  it('keeps an objective that is sent, even an empty one', async () => {
    expect((await createNote(t, a.therapist, episodeId, { ...period, objective: '' })).objective).toBe('');
    expect((await createNote(t, a.therapist, episodeId, { objective: 'Typed by hand.' })).objective).toBe(
      'Typed by hand.',
    );
  });
});

describe('drafting a note over a long period', () => {
  it('condenses a year of fortnightly tests to fit the section (it used to fail with a 400)', async () => {
    const episode = await createPatientEpisode(t, a.therapist, {
      injuryDate: isoDaysFromToday(-420),
      surgeryDate: isoDaysFromToday(-400),
    });
    const reading = (value: number) => ({
      value,
      unit: 'N.m',
      device: 'Biodex System 4',
      mode: 'concentric',
      velocityDegPerSecond: 60,
    });
    const sessionDays = Array.from({ length: 26 }, (_, i) => -370 + 14 * i);
    for (const [i, day] of sessionDays.entries()) {
      const share = 0.6 + (0.35 * i) / 25;
      await ok(
        t.http
          .post(`/api/v1/episodes/${episode.id}/assessments`)
          .set('authorization', a.therapist.auth)
          .send({
            performedOn: isoDaysFromToday(day),
            measurements: [
              { type: 'hop_single', input: hop([Math.round(160 * share), Math.round(160 * share) + 2], [160, 158]) },
              { type: 'hop_triple', input: hop([Math.round(480 * share), Math.round(480 * share) + 5], [480, 476]) },
              { type: 'hop_crossover', input: hop([Math.round(420 * share), Math.round(420 * share) + 4], [420, 418]) },
              { type: 'hop_timed_6m', input: hop([Math.round(210 / share) / 100, 2.3], [2.1, 2.12]) },
              {
                type: 'strength_quadriceps',
                input: { involved: reading(Math.round(240 * share)), uninvolved: reading(240) },
              },
              { type: 'knee_rom', input: { involved: { extensionDeficitDeg: 0, flexionDeg: 110 + i } } },
              { type: 'effusion', input: { grade: i < 6 ? 'trace' : 'zero' } },
            ],
          }),
        201,
      );
    }
    await insertVisitsOn(
      t,
      a.id,
      episode.id,
      a.therapist.id,
      Array.from({ length: 120 }, (_, i) => isoDaysFromToday(-372 + 3 * i)),
    );
    const year = { periodStart: isoDaysFromToday(-380), periodEnd: isoDaysFromToday(-1) };

    // Listed month by month (each month fits in full), the year is longer than a note section holds.
    let listedInFull = 0;
    for (let end = -1; end > -380; end -= 30) {
      const month = await ok<NoteObjectiveDraft>(
        preview(episode.id, isoDaysFromToday(end - 29), isoDaysFromToday(end)),
      );
      expect(month.text).not.toContain('more test session');
      listedInFull += month.text.slice(
        month.text.indexOf('Tests and measures'),
        month.text.indexOf('\n\nQuestionnaires'),
      ).length;
    }
    expect(listedInFull).toBeGreaterThan(NOTE_SECTION_MAX_LENGTH);

    const before = await countNoteRows(t);
    const note = await createNote(t, a.therapist, episode.id, { ...year, objective: undefined });
    expect(note.objective.length).toBeLessThanOrEqual(OBJECTIVE_DRAFT_MAX_LENGTH);
    expect(note.objective).toContain(
      `- 26 test sessions from ${isoDaysFromToday(sessionDays[0]!)} to ${isoDaysFromToday(sessionDays[25]!)}; each test with its first and latest value of the period:`,
    );
    expect(note.objective).toContain('  - Single hop for distance, in 26 test sessions:');
    expect(note.objective).toContain(
      '- 24 more test sessions in this period are not listed: see the progress charts and the CSV export.',
    );
    expect(note.objective).toContain(
      `- 120 visits from ${isoDaysFromToday(-372)} to ${isoDaysFromToday(-372 + 3 * 119)}`,
    );
    expect(await countNoteRows(t)).toEqual({ ...before, note: before.note + 1 });
    // The preview gives the same text, and the draft can be saved again and signed as it is.
    expect((await ok<NoteObjectiveDraft>(preview(episode.id, year.periodStart, year.periodEnd))).text).toBe(
      note.objective,
    );
    const saved = await ok<Note>(put(note.id, replacement(note)));
    expect((await signNote(t, a.therapist, saved)).objective).toBe(note.objective);
  }, 120_000);
});

describe('bad input', () => {
  let episodeId: string;
  beforeAll(async () => {
    episodeId = (await newEpisode()).id;
  });

  const long = 'x'.repeat(NOTE_SECTION_MAX_LENGTH + 1);
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['an unknown type', { type: 'weekly' }, ['type']],
    ['no type', { type: undefined }, ['type']],
    ['an impossible date', { periodStart: '2026-02-30' }, ['periodStart']],
    ['a date that is not a date', { periodEnd: 'yesterday' }, ['periodEnd']],
    ['an end before the start', { periodStart: isoDaysFromToday(-5), periodEnd: isoDaysFromToday(-6) }, ['periodEnd']],
    ['a start before the injury', { periodStart: isoDaysFromToday(-201) }, ['periodStart']],
    ['an end after today', { periodEnd: isoDaysFromToday(1) }, ['periodEnd']],
    [
      'a start before the injury and an end after today',
      { periodStart: isoDaysFromToday(-365), periodEnd: isoDaysFromToday(2) },
      ['periodEnd', 'periodStart'],
    ],
    ['a subjective section too long', { subjective: long }, ['subjective']],
    ['an objective section too long', { objective: long }, ['objective']],
    ['an assessment too long', { assessment: long }, ['assessment']],
    ['a plan too long', { plan: long }, ['plan']],
    ['a null section', { plan: null }, ['plan']],
    ['a section that is not text', { subjective: 42 }, ['subjective']],
    ['a signature time', { signedAt: new Date().toISOString() }, ['signedAt']],
    ['an author', { authorId: randomUUID() }, ['authorId']],
    ['a status', { status: 'signed' }, ['status']],
    [
      'a signature',
      { signature: { userId: randomUUID(), name: 'X', professionalTitle: null, signedAt: '' } },
      ['signature'],
    ],
    ['a content hash', { contentHash: 'a'.repeat(64) }, ['contentHash']],
    ['a version', { version: 7 }, ['version']],
  ];

  it.each(cases)('refuses %s with 400 naming the field, and writes nothing', async (_what, change, fields) => {
    const before = await countNoteRows(t);
    const response = await post(episodeId, { ...completeNote(), ...change });
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(response.body)).toEqual(fields);
    expect(await countNoteRows(t)).toEqual(before);
  });

  it('refuses a bad preview period the same way', async () => {
    const cases: [string, string, string[]][] = [
      [isoDaysFromToday(-5), isoDaysFromToday(-6), ['periodEnd']],
      [isoDaysFromToday(-201), isoDaysFromToday(-1), ['periodStart']],
      [isoDaysFromToday(-5), isoDaysFromToday(1), ['periodEnd']],
      ['2026-13-01', isoDaysFromToday(-1), ['periodStart']],
    ];
    for (const [start, end, fields] of cases) {
      const response = await preview(episodeId, start, end);
      expect({ start, end, status: response.status, fields: fieldsOf(response.body) }).toEqual({
        start,
        end,
        status: 400,
        fields,
      });
    }
    const missing = await t.http
      .get(`/api/v1/episodes/${episodeId}/note-objective`)
      .set('authorization', a.therapist.auth);
    expect(fieldsOf(missing.body)).toEqual(['periodEnd', 'periodStart']);
  });

  it('refuses a bad replacement of a draft with 400 and leaves the row as it was', async () => {
    const note = await createNote(t, a.therapist, episodeId);
    const stored = await storedNote(t, note.id);
    for (const [change, fields] of [
      [{ periodEnd: isoDaysFromToday(1) }, ['periodEnd']],
      [{ periodStart: isoDaysFromToday(-201) }, ['periodStart']],
      [{ plan: long }, ['plan']],
      [{ objective: undefined }, ['objective']],
      [{ status: 'signed' }, ['status']],
      [{ contentHash: 'f'.repeat(64) }, ['contentHash']],
      [{ signedAt: new Date().toISOString() }, ['signedAt']],
      [{ authorId: a.assistant.id }, ['authorId']],
      [{ version: 0 }, ['version']],
    ] as [Record<string, unknown>, string[]][]) {
      const response = await put(note.id, replacement(note, change));
      expect({ change, status: response.status, fields: fieldsOf(response.body) }).toEqual({
        change,
        status: 400,
        fields,
      });
    }
    expect(await storedNote(t, note.id)).toBe(stored);
  });

  it('refuses a malformed or unknown id', async () => {
    expect((await t.http.get('/api/v1/notes/not-a-uuid').set('authorization', a.therapist.auth)).status).toBe(400);
    const missing = await t.http.get(`/api/v1/notes/${randomUUID()}`).set('authorization', a.therapist.auth);
    expect(missing.status).toBe(404);
    expect(codeOf(missing)).toBe('NOTE_NOT_FOUND');
    const episode = await post(randomUUID(), completeNote());
    expect({ status: episode.status, code: codeOf(episode) }).toEqual({ status: 404, code: 'EPISODE_NOT_FOUND' });
  });
});

describe('editing and discarding a draft', () => {
  it('replaces a draft as a whole with the version read; a stale version is 409 and changes nothing', async () => {
    const episode = await newEpisode();
    const note = await createNote(t, a.therapist, episode.id);
    const changes = {
      type: 'daily',
      periodStart: isoDaysFromToday(-3),
      periodEnd: isoDaysFromToday(-3),
      subjective: 'New S',
      objective: 'New O',
      assessment: '',
      plan: 'New P',
    };
    const updated = await ok<Note>(put(note.id, replacement(note, changes)));
    expect(updated).toMatchObject({ ...changes, status: 'draft', version: 2, authorId: a.therapist.id });
    expect(updated.updatedAt > note.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(note.createdAt);

    const stored = await storedNote(t, note.id);
    const stale = await put(note.id, replacement(note, { plan: 'Lost update' }));
    expect({ status: stale.status, code: codeOf(stale), fields: fieldsOf(stale.body) }).toEqual({
      status: 409,
      code: 'VERSION_CONFLICT',
      fields: ['version'],
    });
    expect(await storedNote(t, note.id)).toBe(stored);
  });

  it('lets an assistant draft and edit, and a therapist edit the assistant’s draft (the author stays)', async () => {
    expect(ROLE_PERMISSIONS.assistant).toContain('note:write');
    const episode = await newEpisode();
    const draft = await createNote(t, a.assistant, episode.id);
    expect(draft).toMatchObject({ authorId: a.assistant.id, authorName: 'Test assistant' });
    const edited = await ok<Note>(put(draft.id, replacement(draft, { plan: 'By the assistant' }), a.assistant));
    const reviewed = await ok<Note>(put(draft.id, replacement(edited, { plan: 'Reviewed' }), a.therapist));
    expect(reviewed).toMatchObject({ plan: 'Reviewed', authorId: a.assistant.id, version: 3 });
  });

  it('discards a draft (204); it is gone', async () => {
    const episode = await newEpisode();
    const note = await createNote(t, a.assistant, episode.id);
    const response = await remove(note.id, a.assistant);
    expect(response.status).toBe(204);
    expect(await storedNote(t, note.id)).toBeNull();
    expect((await t.http.get(`/api/v1/notes/${note.id}`).set('authorization', a.therapist.auth)).status).toBe(404);
    expect((await remove(note.id)).status).toBe(404);
  });

  it('lets only the author or a clinician who signs discard a draft; anyone else is 403 and nothing is deleted', async () => {
    const episode = await newEpisode();
    const otherAssistant = await createUser(t, a, 'assistant');
    const therapistsDraft = await createNote(t, a.therapist, episode.id);
    const assistantsDraft = await createNote(t, a.assistant, episode.id);
    const rows = {
      therapist: await storedNote(t, therapistsDraft.id),
      assistant: await storedNote(t, assistantsDraft.id),
    };
    const counts = await countNoteRows(t);
    for (const [who, user, note] of [
      ['an assistant, the therapist’s draft', a.assistant, therapistsDraft],
      ['another assistant', otherAssistant, assistantsDraft],
    ] as const) {
      const refused = await remove(note.id, user);
      expect({ who, status: refused.status, code: codeOf(refused) }).toEqual({ who, status: 403, code: 'FORBIDDEN' });
    }
    // An admin may not write notes at all.
    expect((await remove(assistantsDraft.id, a.admin)).status).toBe(403);
    expect(await storedNote(t, therapistsDraft.id)).toBe(rows.therapist);
    expect(await storedNote(t, assistantsDraft.id)).toBe(rows.assistant);
    expect(await countNoteRows(t)).toEqual(counts);

    // A therapist (note:sign) may discard the assistant's draft; the author their own.
    expect((await remove(assistantsDraft.id, a.therapist)).status).toBe(204);
    expect((await remove(therapistsDraft.id, a.therapist)).status).toBe(204);
    expect(await countNoteRows(t)).toEqual({ ...counts, note: counts.note - 2 });
  });

  it('lists an episode’s notes paged, latest period first, with the reminder', async () => {
    const episode = await newEpisode();
    const older = await createNote(t, a.therapist, episode.id, {
      periodStart: isoDaysFromToday(-60),
      periodEnd: isoDaysFromToday(-40),
    });
    const newer = await createSignedNote(t, a.therapist, a.therapist, episode.id, {
      periodStart: isoDaysFromToday(-39),
      periodEnd: isoDaysFromToday(-20),
    });
    const latest = await createNote(t, a.assistant, episode.id, { type: 'daily', periodEnd: isoDaysFromToday(-2) });
    const page = await listNotes(t, a.assistant, episode.id, '?limit=2');
    expect(page.items.map((n) => n.id)).toEqual([latest.id, newer.id]);
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(page.items[1]).toEqual(newer);
    expect(page.progress).toEqual({
      visitsSinceLastProgressNote: 0,
      progressNoteInterval: 10,
      progressNoteDayLimit: null,
      reportingPeriodStart: isoDaysFromToday(-19),
      due: false,
    });
    expect((await listNotes(t, a.therapist, episode.id, '?limit=2&offset=2')).items.map((n) => n.id)).toEqual([
      older.id,
    ]);
    const bad = await t.http.get(`/api/v1/episodes/${episode.id}/notes?limit=0`).set('authorization', a.therapist.auth);
    expect({ status: bad.status, fields: fieldsOf(bad.body) }).toEqual({ status: 400, fields: ['limit'] });
  });
});

describe('signing', () => {
  it('refuses to sign while any SOAP section is blank, naming each, and changes nothing', async () => {
    const episode = await newEpisode();
    const note = await createNote(t, a.therapist, episode.id, { assessment: '  \n\t ', plan: '', objective: '' });
    const stored = await storedNote(t, note.id);
    const response = await sign(note.id, note.version);
    expect({ status: response.status, code: codeOf(response), fields: fieldsOf(response.body) }).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: ['assessment', 'objective', 'plan'],
    });
    expect(await storedNote(t, note.id)).toBe(stored);
  });

  it('signs: the signer’s name and title as they are now, the time, and a hash the exported function reproduces', async () => {
    const episode = await newEpisode();
    const signer = a.therapist;
    await t.db.query("UPDATE app_user SET professional_title = 'PT, DPT' WHERE id = $1", [signer.id]);
    const draft = await createNote(t, a.assistant, episode.id);
    const before = Date.now();
    const signed = await signNote(t, signer, draft);
    const after = Date.now();
    expect(signed).toMatchObject({
      id: draft.id,
      status: 'signed',
      authorId: a.assistant.id,
      subjective: draft.subjective,
      plan: draft.plan,
      version: draft.version + 1,
      signature: { userId: signer.id, name: 'Test therapist', professionalTitle: 'PT, DPT' },
      addenda: [],
    });
    const signedAt = Date.parse(signed.signature!.signedAt);
    expect(signedAt).toBeGreaterThanOrEqual(before);
    expect(signedAt).toBeLessThanOrEqual(after);
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.contentHash).toBe(noteContentHash(signedContentOf(signed)!));

    // The stored columns alone reproduce the hash (what a PDF or an auditor would check).
    const row = (
      await t.db.query<Record<string, string>>(
        `SELECT id, episode_id, type, to_char(period_start, 'YYYY-MM-DD') AS period_start,
                to_char(period_end, 'YYYY-MM-DD') AS period_end, subjective, objective, assessment, plan, signed_by,
                signer_name, signer_title,
                to_char(signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS signed_at, content_hash, status
           FROM note WHERE id = $1`,
        [draft.id],
      )
    ).rows[0]!;
    expect(row['content_hash']).toBe(
      noteContentHash({
        noteId: row['id']!,
        episodeId: row['episode_id']!,
        type: row['type'] as Note['type'],
        periodStart: row['period_start']!,
        periodEnd: row['period_end']!,
        subjective: row['subjective']!,
        objective: row['objective']!,
        assessment: row['assessment']!,
        plan: row['plan']!,
        signerId: row['signed_by']!,
        signerName: row['signer_name']!,
        signerTitle: row['signer_title']!,
        signedAt: row['signed_at']!,
      }),
    );

    // A later rename or change of title does not change the signature.
    await t.db.query("UPDATE app_user SET display_name = 'Renamed', professional_title = 'PT' WHERE id = $1", [
      signer.id,
    ]);
    try {
      const read = await ok<Note>(t.http.get(`/api/v1/notes/${draft.id}`).set('authorization', a.assistant.auth));
      expect(read).toEqual(signed);
      expect(hasIntactContent(read)).toBe(true);
    } finally {
      await t.db.query("UPDATE app_user SET display_name = 'Test therapist', professional_title = NULL WHERE id = $1", [
        signer.id,
      ]);
    }
  });

  it('records a signer without a professional title as null', async () => {
    const episode = await newEpisode();
    const signed = await createSignedNote(t, a.therapist, a.therapist, episode.id);
    expect(signed.signature).toMatchObject({ professionalTitle: null });
    expect(hasIntactContent(signed)).toBe(true);
  });

  it('refuses a signature based on a stale version (409) and changes nothing', async () => {
    const episode = await newEpisode();
    const note = await createNote(t, a.therapist, episode.id);
    const edited = await ok<Note>(put(note.id, replacement(note, { plan: 'Edited after you read it' })));
    const stored = await storedNote(t, note.id);
    const response = await sign(note.id, note.version);
    expect({ status: response.status, code: codeOf(response) }).toEqual({ status: 409, code: 'VERSION_CONFLICT' });
    expect(await storedNote(t, note.id)).toBe(stored);
    expect((await signNote(t, a.therapist, edited)).plan).toBe('Edited after you read it');
  });

  it('an assistant drafts but cannot sign or add an addendum (403, nothing written)', async () => {
    expect(ROLE_PERMISSIONS.assistant).not.toContain('note:sign');
    const episode = await newEpisode();
    const draft = await createNote(t, a.assistant, episode.id);
    const stored = await storedNote(t, draft.id);
    const counts = await countNoteRows(t);
    const refusedSign = await sign(draft.id, draft.version, a.assistant);
    expect({ status: refusedSign.status, code: codeOf(refusedSign) }).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await storedNote(t, draft.id)).toBe(stored);

    const signed = await signNote(t, a.therapist, draft);
    const signedRow = await storedNote(t, draft.id);
    const refusedAddendum = await addendum(signed.id, 'Assistant correction', a.assistant);
    expect({ status: refusedAddendum.status, code: codeOf(refusedAddendum) }).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(await storedNote(t, draft.id)).toBe(signedRow);
    expect(await countNoteRows(t)).toEqual(counts);
    // Nor may an admin (they manage the clinic; they do not sign clinical records).
    expect((await addendum(signed.id, 'Admin correction', a.admin)).status).toBe(403);
  });
});

describe('one clock for signatures', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('times the note’s signature and its addendum by the application’s clock, not the database’s now()', async () => {
    const episode = await newEpisode();
    const draft = await createNote(t, a.therapist, episode.id);
    // Two minutes ahead of the database: a time only this process knows. Only Date is faked.
    const appClock = new Date(Math.floor(Date.now() / 1000) * 1000 + 120_000);
    jest.useFakeTimers({
      now: appClock,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    const signed = await signNote(t, a.therapist, draft);
    const corrected = await addAddendum(t, a.therapist, draft.id, 'Correction timed by the same clock.');
    jest.useRealTimers();
    expect(signed.signature!.signedAt).toBe(appClock.toISOString());
    expect(corrected.addenda.map((x) => x.signature.signedAt)).toEqual([appClock.toISOString()]);
    const stored = await t.db.query<{ gap: number }>(
      `SELECT extract(epoch FROM a.signed_at - n.signed_at)::float AS gap
         FROM note_addendum a JOIN note n ON n.id = a.note_id WHERE n.id = $1`,
      [draft.id],
    );
    expect(stored.rows).toEqual([{ gap: 0 }]);
  });
});

describe('a signed note is permanent', () => {
  let signed: Note;
  let stored: string | null;
  beforeAll(async () => {
    const episode = await newEpisode();
    signed = await addAddendum(
      t,
      a.therapist,
      (await createSignedNote(t, a.therapist, a.therapist, episode.id)).id,
      'First correction.',
    );
    stored = await storedNote(t, signed.id);
  });

  it('refuses to sign it twice, to replace it or to delete it: 409 NOTE_ALREADY_SIGNED, row unchanged', async () => {
    const counts = await countNoteRows(t);
    const attempts: [string, () => Promise<Response>][] = [
      ['sign again', () => sign(signed.id, signed.version)],
      ['sign an older version', () => sign(signed.id, signed.version - 1)],
      ['replace', () => put(signed.id, replacement(signed, { plan: 'Rewritten' }))],
      ['replace at an old version', () => put(signed.id, replacement(signed, { version: 1 }))],
      ['delete', () => remove(signed.id)],
    ];
    for (const [what, attempt] of attempts) {
      const response = await attempt();
      expect({ what, status: response.status, code: codeOf(response) }).toEqual({
        what,
        status: 409,
        code: 'NOTE_ALREADY_SIGNED',
      });
      expect(await storedNote(t, signed.id)).toBe(stored);
    }
    expect(await countNoteRows(t)).toEqual(counts);
  });

  it('takes addenda, each signed and timestamped by its author, oldest first; the note itself is unchanged', async () => {
    const before = Date.now();
    const second = await addAddendum(t, a.therapist, signed.id, '  Second correction, with spaces trimmed.  ');
    expect(second.addenda.map((x) => x.body)).toEqual(['First correction.', 'Second correction, with spaces trimmed.']);
    const [, latest] = second.addenda;
    expect(latest).toMatchObject({
      noteId: signed.id,
      signature: { userId: a.therapist.id, name: 'Test therapist', professionalTitle: null },
    });
    expect(Date.parse(latest!.signature.signedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(second.addenda[0]!.signature.signedAt <= latest!.signature.signedAt).toBe(true);
    expect(await storedNote(t, signed.id)).toBe(stored);
    expect({ ...second, addenda: [] }).toEqual({ ...signed, addenda: [] });
    expect(hasIntactContent(second)).toBe(true);
  });

  it('refuses a blank or too long addendum (400, nothing written)', async () => {
    const counts = await countNoteRows(t);
    for (const [body, issue] of [
      ['   ', 'must not be blank'],
      ['', 'must not be blank'],
      ['x'.repeat(NOTE_SECTION_MAX_LENGTH + 1), expect.any(String)],
      [null, expect.any(String)],
    ] as const) {
      const response = await addendum(signed.id, body);
      expect({ status: response.status, details: (response.body as ApiError).details }).toEqual({
        status: 400,
        details: [{ field: 'body', issue }],
      });
    }
    expect(await countNoteRows(t)).toEqual(counts);
  });

  it('refuses an addendum to a draft: 409 NOTE_NOT_SIGNED, nothing written', async () => {
    const episode = await newEpisode();
    const draft = await createNote(t, a.therapist, episode.id);
    const draftRow = await storedNote(t, draft.id);
    const counts = await countNoteRows(t);
    const response = await addendum(draft.id, 'Too early');
    expect({ status: response.status, code: codeOf(response) }).toEqual({ status: 409, code: 'NOTE_NOT_SIGNED' });
    expect(await storedNote(t, draft.id)).toBe(draftRow);
    expect(await countNoteRows(t)).toEqual(counts);
  });
});

describe('an archived episode', () => {
  it('takes no new, changed, discarded or signed notes (409 ARCHIVED), but still takes addenda', async () => {
    const episode = await newEpisode();
    const draft = await createNote(t, a.therapist, episode.id);
    const signed = await createSignedNote(t, a.therapist, a.therapist, episode.id);
    await archiveEpisode(t, a.therapist, episode);
    const draftRow = await storedNote(t, draft.id);
    const counts = await countNoteRows(t);
    const attempts: [string, () => Promise<Response>][] = [
      ['create', () => post(episode.id, completeNote())],
      ['replace', () => put(draft.id, replacement(draft, { plan: 'After archiving' }))],
      ['delete', () => remove(draft.id)],
      ['sign', () => sign(draft.id, draft.version)],
    ];
    for (const [what, attempt] of attempts) {
      const response = await attempt();
      expect({ what, status: response.status, code: codeOf(response) }).toEqual({
        what,
        status: 409,
        code: 'ARCHIVED',
      });
    }
    expect(await storedNote(t, draft.id)).toBe(draftRow);
    expect(await countNoteRows(t)).toEqual(counts);

    const corrected = await addAddendum(t, a.therapist, signed.id, 'A correction after discharge.');
    expect(corrected.addenda).toHaveLength(1);
    // Still readable, and the objective can still be previewed.
    expect((await listNotes(t, a.therapist, episode.id)).total).toBe(2);
    expect((await preview(episode.id, isoDaysFromToday(-10), isoDaysFromToday(-1))).status).toBe(200);
  });
});

describe('concurrent writes', () => {
  it('two signatures of the same draft at once: exactly one wins, the other is 409', async () => {
    const second = await createClinic(t, 'Notes concurrency clinic');
    const episode = await newEpisode(second.therapist);
    const other = await createUser(t, second, 'therapist');
    for (let round = 0; round < 5; round += 1) {
      const draft = await createNote(t, second.therapist, episode.id);
      const responses = await Promise.all([
        sign(draft.id, draft.version, second.therapist),
        sign(draft.id, draft.version, other),
      ]);
      const statuses = responses.map((r) => r.status).sort();
      expect({ round, statuses }).toEqual({ round, statuses: [200, 409] });
      const winner = responses.find((r) => r.status === 200)!.body as Note;
      const loser = responses.find((r) => r.status === 409)!;
      expect(['NOTE_ALREADY_SIGNED', 'VERSION_CONFLICT']).toContain(codeOf(loser));
      const read = await ok<Note>(t.http.get(`/api/v1/notes/${draft.id}`).set('authorization', other.auth));
      expect(read).toEqual(winner);
      expect(read.version).toBe(draft.version + 1);
      expect(hasIntactContent(read)).toBe(true);
    }
  });

  it('an edit and a signature at once: exactly one wins, and what was signed is what is stored', async () => {
    const episode = await newEpisode();
    for (let round = 0; round < 5; round += 1) {
      const draft = await createNote(t, a.therapist, episode.id);
      const [edit, signature] = await Promise.all([
        put(draft.id, replacement(draft, { plan: `Edited in round ${round}` })),
        sign(draft.id, draft.version),
      ]);
      expect({ round, statuses: [edit.status, signature.status].sort() }).toEqual({ round, statuses: [200, 409] });
      const read = await ok<Note>(t.http.get(`/api/v1/notes/${draft.id}`).set('authorization', a.therapist.auth));
      if (signature.status === 200) {
        expect(codeOf(edit)).toBe('NOTE_ALREADY_SIGNED');
        expect(read).toMatchObject({ status: 'signed', plan: draft.plan, version: 2 });
        expect(hasIntactContent(read)).toBe(true);
      } else {
        expect(codeOf(signature)).toBe('VERSION_CONFLICT');
        expect(read).toMatchObject({
          status: 'draft',
          plan: `Edited in round ${round}`,
          version: 2,
          contentHash: null,
        });
      }
    }
  });

  it('two replacements from the same version: one 200, one 409 VERSION_CONFLICT; the winner is stored', async () => {
    const episode = await newEpisode();
    const draft = await createNote(t, a.therapist, episode.id);
    const responses = await Promise.all(
      ['first', 'second'].map((who) => put(draft.id, replacement(draft, { plan: `Plan by the ${who}` }))),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = responses.find((r) => r.status === 200)!.body as Note;
    expect(codeOf(responses.find((r) => r.status === 409)!)).toBe('VERSION_CONFLICT');
    const stored = await t.db.query<{ plan: string; version: number }>('SELECT plan, version FROM note WHERE id = $1', [
      draft.id,
    ]);
    expect(stored.rows[0]).toEqual({ plan: winner.plan, version: 2 });
  });
});

describe('the database protects signed notes whatever the client', () => {
  let signed: Note;
  let stored: string | null;
  let addenda: string[];
  beforeAll(async () => {
    const episode = await newEpisode();
    signed = await addAddendum(
      t,
      a.therapist,
      (await createSignedNote(t, a.therapist, a.therapist, episode.id)).id,
      'A correction.',
    );
    stored = await storedNote(t, signed.id);
    addenda = await storedAddenda(t, signed.id);
  });

  /** Runs SQL as any client would and returns the PostgreSQL error code (null when it succeeded). */
  async function sqlError(sql: string, params: unknown[] = []): Promise<string | null> {
    try {
      await t.db.query(sql, params);
      return null;
    } catch (error) {
      return (error as { code?: string }).code ?? 'unknown';
    }
  }

  it('refuses UPDATE, DELETE and TRUNCATE of a signed note; the row stays byte for byte', async () => {
    expect(await sqlError("UPDATE note SET plan = 'x' WHERE id = $1", [signed.id])).toBe('P0001');
    expect(await sqlError("UPDATE note SET status = 'draft', signed_at = NULL WHERE id = $1", [signed.id])).toBe(
      'P0001',
    );
    expect(await sqlError('UPDATE note SET version = version WHERE id = $1', [signed.id])).toBe('P0001');
    expect(await sqlError('DELETE FROM note WHERE id = $1', [signed.id])).toBe('P0001');
    expect(await sqlError('DELETE FROM note')).toBe('P0001');
    // Plain TRUNCATE is already refused because addenda refer to notes; CASCADE reaches the triggers.
    expect(await sqlError('TRUNCATE note')).not.toBeNull();
    expect(await sqlError('TRUNCATE note CASCADE')).toBe('P0001');
    expect(await storedNote(t, signed.id)).toBe(stored);
    expect(await storedAddenda(t, signed.id)).toEqual(addenda);
  });

  it('refuses UPDATE and DELETE of an addendum', async () => {
    expect(await sqlError("UPDATE note_addendum SET body = 'rewritten' WHERE note_id = $1", [signed.id])).toBe('P0001');
    expect(await sqlError('DELETE FROM note_addendum WHERE note_id = $1', [signed.id])).toBe('P0001');
    expect(await sqlError('TRUNCATE note_addendum')).toBe('P0001');
    expect(await storedAddenda(t, signed.id)).toEqual(addenda);
  });

  it('refuses an addendum inserted directly on a draft', async () => {
    const episode = await newEpisode();
    const draft = await createNote(t, a.therapist, episode.id);
    const counts = await countNoteRows(t);
    expect(
      await sqlError(
        `INSERT INTO note_addendum (clinic_id, note_id, body, signed_by, signer_name) VALUES ($1, $2, 'x', $3, 'X')`,
        [a.id, draft.id, a.therapist.id],
      ),
    ).toBe('P0001');
    // Nor with another clinic's id on a signed note (the foreign key pairs note and clinic).
    expect(
      await sqlError(
        `INSERT INTO note_addendum (clinic_id, note_id, body, signed_by, signer_name) VALUES ($1, $2, 'x', $3, 'X')`,
        [b.id, signed.id, b.therapist.id],
      ),
    ).not.toBeNull();
    expect(await countNoteRows(t)).toEqual(counts);
  });

  /** Runs SQL as any client would and returns the PostgreSQL error code and message (null when it succeeded). */
  async function sqlRefusal(sql: string, params: unknown[] = []): Promise<{ code: string; message: string } | null> {
    try {
      await t.db.query(sql, params);
      return null;
    } catch (error) {
      const { code, message } = error as { code?: string; message: string };
      return { code: code ?? 'unknown', message };
    }
  }

  const SIGNATURE = `status = 'signed', signed_by = $2, signed_at = now(), signer_name = 'Forger', content_hash = repeat('0', 64)`;

  it('refuses a note inserted already signed (a forged signature), even with every signature column filled', async () => {
    const episode = await newEpisode();
    const counts = await countNoteRows(t);
    const refused = await sqlRefusal(
      `INSERT INTO note (clinic_id, episode_id, type, status, period_start, period_end, subjective, objective, assessment,
                         plan, author_id, signed_by, signed_at, signer_name, content_hash)
       VALUES ($1, $2, 'progress', 'signed', CURRENT_DATE - 10, CURRENT_DATE - 1, 'S', 'O', 'A', 'P', $3, $3, now(),
               'Test therapist', repeat('0', 64))`,
      [a.id, episode.id, a.therapist.id],
    );
    expect(refused).toMatchObject({ code: 'P0001', message: expect.stringMatching(/can only be inserted as a draft/) });
    expect(await countNoteRows(t)).toEqual(counts);
    // A draft inserts, as the API does.
    expect(
      await sqlRefusal(
        `INSERT INTO note (clinic_id, episode_id, type, period_start, period_end, author_id)
         VALUES ($1, $2, 'daily', CURRENT_DATE - 1, CURRENT_DATE - 1, $3)`,
        [a.id, episode.id, a.therapist.id],
      ),
    ).toBeNull();
  });

  it('refuses a signing UPDATE that also changes what is signed, column by column; the draft is unchanged', async () => {
    const episode = await newEpisode();
    const other = await newEpisode();
    const draft = await createNote(t, a.therapist, episode.id);
    const stored = await storedNote(t, draft.id);
    const changes = [
      "type = 'daily'",
      'period_start = period_start - 1',
      'period_end = period_end - 1',
      "subjective = subjective || ' '",
      "objective = 'Rewritten while signing'",
      'assessment = upper(assessment)',
      "plan = ''",
    ];
    for (const change of changes) {
      const refused = await sqlRefusal(`UPDATE note SET ${SIGNATURE}, ${change} WHERE id = $1`, [
        draft.id,
        a.therapist.id,
      ]);
      expect({ change, refused }).toEqual({
        change,
        refused: { code: 'P0001', message: expect.stringMatching(/signing cannot change its content/) },
      });
    }
    // Moving it while signing is refused too (by either trigger).
    for (const [change, value] of [
      ['episode_id', other.id],
      ['author_id', a.assistant.id],
    ] as const) {
      const refused = await sqlRefusal(`UPDATE note SET ${SIGNATURE}, ${change} = $3 WHERE id = $1`, [
        draft.id,
        a.therapist.id,
        value,
      ]);
      expect({ change, code: refused?.code }).toEqual({ change, code: 'P0001' });
    }
    expect(await storedNote(t, draft.id)).toBe(stored);
    // Signing what is there, and only that, goes through.
    expect(await sqlRefusal(`UPDATE note SET ${SIGNATURE} WHERE id = $1`, [draft.id, a.therapist.id])).toBeNull();
    expect((await t.db.query('SELECT status, plan FROM note WHERE id = $1', [draft.id])).rows).toEqual([
      { status: 'signed', plan: draft.plan },
    ]);
  });

  it('is not over-broad: a draft can still be updated and deleted directly', async () => {
    const episode = await newEpisode();
    const draft = await createNote(t, a.therapist, episode.id);
    expect(
      await sqlError("UPDATE note SET plan = 'edited by SQL', version = version + 1 WHERE id = $1", [draft.id]),
    ).toBe(null);
    expect((await t.db.query('SELECT plan FROM note WHERE id = $1', [draft.id])).rows).toEqual([
      { plan: 'edited by SQL' },
    ]);
    expect(await sqlError('DELETE FROM note WHERE id = $1', [draft.id])).toBe(null);
    expect(await storedNote(t, draft.id)).toBeNull();
  });

  it('answers a refusal from the trigger as a 409, never a 500', async () => {
    const dataSource = t.app.get(DataSource);
    const failure = await dataSource
      .query("UPDATE note SET plan = 'x' WHERE id = $1", [signed.id])
      .then(() => null)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(toErrorResponse(failure, 'corr').body).toMatchObject({ statusCode: 409, code: 'NOTE_ALREADY_SIGNED' });

    const episode = await newEpisode();
    const draft = await createNote(t, a.therapist, episode.id);
    const refused = await dataSource
      .query(
        `INSERT INTO note_addendum (clinic_id, note_id, body, signed_by, signer_name) VALUES ($1, $2, 'x', $3, 'X')`,
        [a.id, draft.id, a.therapist.id],
      )
      .then(() => null)
      .catch((error: unknown) => error);
    expect(toErrorResponse(refused, 'corr').body).toMatchObject({ statusCode: 409, code: 'NOTE_NOT_SIGNED' });
    expect(await storedNote(t, signed.id)).toBe(stored);
  });
});

describe("another clinic's notes", () => {
  it('are 404 on every route, with the body of a missing one, and nothing changes', async () => {
    const episode = await newEpisode();
    const draft = await createNote(t, a.therapist, episode.id);
    const signed = await createSignedNote(t, a.therapist, a.therapist, episode.id);
    const rows = { draft: await storedNote(t, draft.id), signed: await storedNote(t, signed.id) };
    const counts = await countNoteRows(t);
    const strip = (response: Response) => {
      const { correlationId: _ignored, ...rest } = response.body as ApiError;
      return { status: response.status, ...rest };
    };
    const user = b.therapist;
    const missingNote = strip(await t.http.get(`/api/v1/notes/${randomUUID()}`).set('authorization', user.auth));
    expect(missingNote).toMatchObject({ status: 404, code: 'NOTE_NOT_FOUND' });
    const missingEpisode = strip(
      await t.http.get(`/api/v1/episodes/${randomUUID()}/notes`).set('authorization', user.auth),
    );
    expect(missingEpisode).toMatchObject({ status: 404, code: 'EPISODE_NOT_FOUND' });

    for (const note of [draft, signed]) {
      const attempts: [string, Promise<Response>][] = [
        ['GET', t.http.get(`/api/v1/notes/${note.id}`).set('authorization', user.auth)],
        ['PUT', put(note.id, replacement(note, { plan: 'From clinic B' }), user)],
        ['DELETE', remove(note.id, user)],
        ['sign', sign(note.id, note.version, user)],
        ['addendum', addendum(note.id, 'From clinic B', user)],
      ];
      for (const [what, attempt] of attempts) {
        expect({ what, note: note.status, ...strip(await attempt) }).toEqual({
          what,
          note: note.status,
          ...missingNote,
        });
      }
    }
    const episodeAttempts: [string, Promise<Response>][] = [
      ['list', t.http.get(`/api/v1/episodes/${episode.id}/notes`).set('authorization', user.auth)],
      ['create', post(episode.id, completeNote(), user)],
      ['preview', preview(episode.id, isoDaysFromToday(-10), isoDaysFromToday(-1), user)],
    ];
    for (const [what, attempt] of episodeAttempts) {
      expect({ what, ...strip(await attempt) }).toEqual({ what, ...missingEpisode });
    }
    expect(await storedNote(t, draft.id)).toBe(rows.draft);
    expect(await storedNote(t, signed.id)).toBe(rows.signed);
    expect(await countNoteRows(t)).toEqual(counts);
    // And clinic B's own list of its own episode never shows them.
    const own = await newEpisode(b.therapist);
    expect((await listNotes(t, b.therapist, own.id)).total).toBe(0);
  });
});

describe('the progress-report reminder', () => {
  /** The reminder as the sessions list, the caseload and the notes list each show it. */
  async function reminders(clinic: TestClinic, episodeId: string) {
    const sessions = await ok<SessionPage>(
      t.http.get(`/api/v1/episodes/${episodeId}/sessions`).set('authorization', clinic.therapist.auth),
    );
    const caseload = await ok<Page<CaseloadEntry>>(
      t.http.get('/api/v1/caseload?scope=clinic&limit=100').set('authorization', clinic.therapist.auth),
    );
    const entry = caseload.items.find((e) => e.episodeId === episodeId)!;
    const notes = await listNotes(t, clinic.therapist, episodeId);
    expect(sessions.visitsSinceLastProgressNote).toBe(notes.progress.visitsSinceLastProgressNote);
    expect(sessions.progressNoteInterval).toBe(notes.progress.progressNoteInterval);
    expect(entry.visitsSinceLastProgressNote).toBe(notes.progress.visitsSinceLastProgressNote);
    expect(entry.dueForProgressNote).toBe(notes.progress.due);
    return notes.progress;
  }

  /** A clinic of its own (its settings change), with one episode on a programme so it is in the caseload. */
  async function setting() {
    const clinic = await createClinic(t);
    const episode = await newEpisode(clinic.therapist);
    await insertProgramme(t, clinic, episode.id, []);
    return { clinic, episodeId: episode.id };
  }

  const days = (...ago: number[]) => ago.map((d) => isoDaysFromToday(-d));

  it('begins the first period on the first day of care: a test session or a note period before the first visit', async () => {
    const { clinic, episodeId } = await setting();
    await insertVisitsOn(t, clinic.id, episodeId, clinic.therapist.id, days(10, 5));
    await setProgressRule(t, clinic.id, { visitInterval: 10, dayLimit: 20 });
    expect(await reminders(clinic, episodeId)).toMatchObject({
      reportingPeriodStart: isoDaysFromToday(-10),
      due: false,
    });

    // An evaluation (test session) 25 days ago: today is the period's 26th day, past a 20-day limit.
    await ok(
      t.http
        .post(`/api/v1/episodes/${episodeId}/assessments`)
        .set('authorization', clinic.therapist.auth)
        .send({ performedOn: isoDaysFromToday(-25), measurements: [{ type: 'effusion', input: { grade: 'trace' } }] }),
      201,
    );
    expect(await reminders(clinic, episodeId)).toEqual({
      visitsSinceLastProgressNote: 2,
      progressNoteInterval: 10,
      progressNoteDayLimit: 20,
      reportingPeriodStart: isoDaysFromToday(-25),
      due: true,
    });
    await setProgressRule(t, clinic.id, { visitInterval: 10, dayLimit: 27 });
    expect(await reminders(clinic, episodeId)).toMatchObject({ due: false });

    // An initial evaluation note whose period began earlier still.
    await createNote(t, clinic.therapist, episodeId, {
      type: 'initial_evaluation',
      periodStart: isoDaysFromToday(-30),
      periodEnd: isoDaysFromToday(-30),
    });
    expect(await reminders(clinic, episodeId)).toMatchObject({
      reportingPeriodStart: isoDaysFromToday(-30),
      due: true,
    });
  });

  it('finds the first day of care of many episodes in one query', async () => {
    const clinic = await createClinic(t);
    const [byVisit, byTest, byNote, none] = await Promise.all([0, 1, 2, 3].map(() => newEpisode(clinic.therapist)));
    await insertVisitsOn(t, clinic.id, byVisit!.id, clinic.therapist.id, days(12));
    await insertVisitsOn(t, clinic.id, byTest!.id, clinic.therapist.id, days(12));
    await insertVisitsOn(t, clinic.id, byNote!.id, clinic.therapist.id, days(1));
    await ok(
      t.http
        .post(`/api/v1/episodes/${byTest!.id}/assessments`)
        .set('authorization', clinic.therapist.auth)
        .send({ performedOn: isoDaysFromToday(-14), measurements: [{ type: 'effusion', input: { grade: 'zero' } }] }),
      201,
    );
    await createNote(t, clinic.therapist, byNote!.id, {
      periodStart: isoDaysFromToday(-16),
      periodEnd: isoDaysFromToday(-15),
    });

    const service = t.app.get(ProgressNoteStatusService);
    const logger = t.app.get(DataSource).logger;
    const queries: string[] = [];
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      queries.push(query);
      original(query, parameters, queryRunner);
    };
    let statuses: Awaited<ReturnType<ProgressNoteStatusService['forEpisodes']>>;
    try {
      statuses = await service.forEpisodes(clinic.id, [byVisit!.id, byTest!.id, byNote!.id, none!.id], today());
    } finally {
      logger.logQuery = original;
    }
    expect([byVisit, byTest, byNote, none].map((e) => statuses.get(e!.id)?.reportingPeriodStart)).toEqual([
      isoDaysFromToday(-12),
      isoDaysFromToday(-14),
      isoDaysFromToday(-16),
      null,
    ]);
    // The clinic's rule, then one statement for every episode.
    expect(queries.filter((q) => q.includes('treatment_session'))).toHaveLength(1);
    expect(queries).toHaveLength(2);
  });

  it('is due on the 10th visit, not the 9th', async () => {
    const { clinic, episodeId } = await setting();
    await insertVisitsOn(t, clinic.id, episodeId, clinic.therapist.id, days(30, 27, 24, 21, 18, 15, 12, 9, 6));
    expect(await reminders(clinic, episodeId)).toEqual({
      visitsSinceLastProgressNote: 9,
      progressNoteInterval: 10,
      progressNoteDayLimit: null,
      reportingPeriodStart: isoDaysFromToday(-30),
      due: false,
    });
    await insertVisitsOn(t, clinic.id, episodeId, clinic.therapist.id, days(3));
    expect(await reminders(clinic, episodeId)).toMatchObject({ visitsSinceLastProgressNote: 10, due: true });
  });

  it('restarts after a signed progress report: only the visits after its period count', async () => {
    const { clinic, episodeId } = await setting();
    await insertVisitsOn(t, clinic.id, episodeId, clinic.therapist.id, days(40, 37, 34, 31, 28, 25, 22, 19, 16, 13));
    await insertVisitsOn(t, clinic.id, episodeId, clinic.therapist.id, days(10, 5));
    expect(await reminders(clinic, episodeId)).toMatchObject({ visitsSinceLastProgressNote: 12, due: true });

    // Neither a draft report nor a signed daily note closes the period.
    const period = { periodStart: isoDaysFromToday(-40), periodEnd: isoDaysFromToday(-13) };
    const draft = await createNote(t, clinic.therapist, episodeId, period);
    await createSignedNote(t, clinic.therapist, clinic.therapist, episodeId, { ...period, type: 'daily' });
    expect(await reminders(clinic, episodeId)).toMatchObject({ visitsSinceLastProgressNote: 12, due: true });

    await signNote(t, clinic.therapist, draft);
    expect(await reminders(clinic, episodeId)).toEqual({
      visitsSinceLastProgressNote: 2,
      progressNoteInterval: 10,
      progressNoteDayLimit: null,
      reportingPeriodStart: isoDaysFromToday(-12),
      due: false,
    });
    // A visit on the report's last day belongs to it; one the day after starts the new count.
    await insertVisitsOn(t, clinic.id, episodeId, clinic.therapist.id, days(13, 12));
    expect(await reminders(clinic, episodeId)).toMatchObject({ visitsSinceLastProgressNote: 3 });
  });

  it("follows the clinic's visit interval and its calendar-day limit", async () => {
    const { clinic, episodeId } = await setting();
    await insertVisitsOn(t, clinic.id, episodeId, clinic.therapist.id, days(20, 15, 10, 8, 6));
    expect(await reminders(clinic, episodeId)).toMatchObject({ visitsSinceLastProgressNote: 5, due: false });

    await setProgressRule(t, clinic.id, { visitInterval: 6, dayLimit: null });
    expect(await reminders(clinic, episodeId)).toMatchObject({ progressNoteInterval: 6, due: false });
    await insertVisitsOn(t, clinic.id, episodeId, clinic.therapist.id, days(2));
    expect(await reminders(clinic, episodeId)).toMatchObject({ visitsSinceLastProgressNote: 6, due: true });

    // Six visits of ten, but the period began 20 days ago: today is its 21st day.
    await setProgressRule(t, clinic.id, { visitInterval: 10, dayLimit: 22 });
    expect(await reminders(clinic, episodeId)).toMatchObject({ progressNoteDayLimit: 22, due: false });
    await setProgressRule(t, clinic.id, { visitInterval: 10, dayLimit: 21 });
    expect(await reminders(clinic, episodeId)).toMatchObject({ progressNoteDayLimit: 21, due: true });

    // A signed discharge summary closes the period too.
    await createSignedNote(t, clinic.therapist, clinic.therapist, episodeId, {
      type: 'discharge',
      periodStart: isoDaysFromToday(-20),
      periodEnd: isoDaysFromToday(-1),
    });
    expect(await reminders(clinic, episodeId)).toMatchObject({
      visitsSinceLastProgressNote: 0,
      reportingPeriodStart: today(),
      due: false,
    });
  });
});
