import type { CreateNoteRequest, Note, NotePage } from '@proprio/contracts';
import type { TestUser } from './factories.js';
import type { TestApp } from './test-app.js';

/** A calendar date `days` from today (UTC, the clinic's calendar in tests). */
export const isoDaysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A note body with every SOAP section written, so that it can be signed as it is. */
export function completeNote(overrides: Partial<CreateNoteRequest> = {}): CreateNoteRequest {
  return {
    type: 'progress',
    periodStart: isoDaysFromToday(-30),
    periodEnd: isoDaysFromToday(-1),
    subjective: 'Reports the knee feels stable on stairs; no swelling after training.',
    objective: 'Single hop LSI 88%; knee flexion 140°.',
    assessment: 'Progressing towards the phase-3 goals; hop symmetry still below 90%.',
    plan: 'Continue phase 3; re-test the hop battery in four weeks.',
    ...overrides,
  };
}

/** Creates a draft through the API. */
export async function createNote(
  t: TestApp,
  user: TestUser,
  episodeId: string,
  body: Partial<CreateNoteRequest> = {},
): Promise<Note> {
  const response = await t.http
    .post(`/api/v1/episodes/${episodeId}/notes`)
    .set('authorization', user.auth)
    .send(completeNote(body));
  if (response.status !== 201) throw new Error(`create note: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Note;
}

/** Signs a draft through the API at the version given (its current one by default). */
export async function signNote(t: TestApp, user: TestUser, note: Note): Promise<Note> {
  const response = await t.http
    .post(`/api/v1/notes/${note.id}/sign`)
    .set('authorization', user.auth)
    .send({ version: note.version });
  if (response.status !== 200) throw new Error(`sign note: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Note;
}

/** A signed note through the API: a complete draft, then signed. */
export async function createSignedNote(
  t: TestApp,
  author: TestUser,
  signer: TestUser,
  episodeId: string,
  body: Partial<CreateNoteRequest> = {},
): Promise<Note> {
  return signNote(t, signer, await createNote(t, author, episodeId, body));
}

export async function addAddendum(t: TestApp, user: TestUser, noteId: string, body: string): Promise<Note> {
  const response = await t.http.post(`/api/v1/notes/${noteId}/addenda`).set('authorization', user.auth).send({ body });
  if (response.status !== 201) throw new Error(`addendum: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Note;
}

export async function listNotes(t: TestApp, user: TestUser, episodeId: string, query = ''): Promise<NotePage> {
  const response = await t.http.get(`/api/v1/episodes/${episodeId}/notes${query}`).set('authorization', user.auth);
  if (response.status !== 200) throw new Error(`list notes: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as NotePage;
}

/** A note row exactly as stored (every column, as PostgreSQL's JSON text), for "byte for byte unchanged". */
export async function storedNote(t: TestApp, noteId: string): Promise<string | null> {
  const result = await t.db.query<{ row: string }>('SELECT to_jsonb(n)::text AS row FROM note n WHERE id = $1', [
    noteId,
  ]);
  return result.rows[0]?.row ?? null;
}

/** A note's addenda exactly as stored, oldest first. */
export async function storedAddenda(t: TestApp, noteId: string): Promise<string[]> {
  const result = await t.db.query<{ row: string }>(
    'SELECT to_jsonb(a)::text AS row FROM note_addendum a WHERE note_id = $1 ORDER BY signed_at, id',
    [noteId],
  );
  return result.rows.map((r) => r.row);
}

/** Row counts of the note tables, for proving that a refused request wrote nothing. */
export async function countNoteRows(t: TestApp): Promise<{ note: number; note_addendum: number }> {
  const result = await t.db.query<{ note: number; note_addendum: number }>(
    'SELECT (SELECT count(*) FROM note)::int AS note, (SELECT count(*) FROM note_addendum)::int AS note_addendum',
  );
  return result.rows[0]!;
}

/** Treatment visits inserted directly on the given dates (no exercises). */
export async function insertVisitsOn(
  t: TestApp,
  clinicId: string,
  episodeId: string,
  recordedBy: string,
  dates: readonly string[],
): Promise<void> {
  for (const date of dates) {
    await t.db.query(
      `INSERT INTO treatment_session (clinic_id, episode_id, performed_on, exercises, recorded_by)
       VALUES ($1, $2, $3, '[]'::jsonb, $4)`,
      [clinicId, episodeId, date, recordedBy],
    );
  }
}

/** The clinic's progress-report settings, set directly (the clinic settings API is tested on its own). */
export async function setProgressRule(
  t: TestApp,
  clinicId: string,
  rule: { visitInterval: number; dayLimit: number | null },
): Promise<void> {
  await t.db.query(
    'UPDATE clinic SET progress_note_visit_interval = $2, progress_note_day_limit = $3, version = version + 1 WHERE id = $1',
    [clinicId, rule.visitInterval, rule.dayLimit],
  );
}
