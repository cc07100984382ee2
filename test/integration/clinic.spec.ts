import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CLINIC_NAME_MAX_LENGTH,
  PROGRESS_NOTE_DAY_LIMIT_RANGE,
  PROGRESS_NOTE_VISIT_INTERVAL_RANGE,
  ROLES,
  type ApiError,
  type Clinic,
  type CurrentUser,
} from '@proprio/contracts';
import { ProgressNoteStatusService } from '../../apps/api/src/modules/notes/progress/progress-note-status.service.js';
import {
  createClinic,
  createPatientEpisode,
  createUser,
  insertTreatmentSessions,
  type TestClinic,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CLINIC_KEYS = ['id', 'name', 'progressNoteDayLimit', 'progressNoteVisitInterval', 'version'];
const fields = (body: unknown) => [...new Set(((body as ApiError).details ?? []).map((d) => d.field))].sort();

interface ClinicRow {
  name: string;
  progress_note_visit_interval: number;
  progress_note_day_limit: number | null;
  version: number;
}

const readRow = async (clinicId: string): Promise<ClinicRow> =>
  (
    await t.db.query<ClinicRow>(
      'SELECT name, progress_note_visit_interval, progress_note_day_limit, version FROM clinic WHERE id = $1',
      [clinicId],
    )
  ).rows[0]!;

function patch(clinic: TestClinic, body: Record<string, unknown>, role: 'admin' | 'therapist' | 'assistant' = 'admin') {
  return t.http.patch('/api/v1/clinic').set('authorization', clinic[role].auth).send(body);
}

describe('reading the clinic', () => {
  it('shows every role its own clinic, with the default progress-report settings', async () => {
    const clinic = await createClinic(t, 'Reading clinic');
    for (const role of ROLES) {
      const response = await t.http.get('/api/v1/clinic').set('authorization', clinic[role].auth);
      expect({ role, status: response.status }).toEqual({ role, status: 200 });
      expect(Object.keys(response.body as object).sort()).toEqual(CLINIC_KEYS);
      expect(response.body).toEqual({
        id: clinic.id,
        name: 'Reading clinic',
        progressNoteVisitInterval: 10,
        progressNoteDayLimit: null,
        version: 1,
      });
    }
  });
});

describe('changing the clinic settings', () => {
  it('lets an admin change the name and both limits with the version read; the row and /me follow', async () => {
    const clinic = await createClinic(t, 'Before rename');
    const response = await patch(clinic, {
      name: '  Riverside Knee Clinic  ',
      progressNoteVisitInterval: 12,
      progressNoteDayLimit: 30,
      version: 1,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: clinic.id,
      name: 'Riverside Knee Clinic',
      progressNoteVisitInterval: 12,
      progressNoteDayLimit: 30,
      version: 2,
    });
    expect(await readRow(clinic.id)).toEqual({
      name: 'Riverside Knee Clinic',
      progress_note_visit_interval: 12,
      progress_note_day_limit: 30,
      version: 2,
    });
    const read = await t.http.get('/api/v1/clinic').set('authorization', clinic.assistant.auth);
    expect(read.body).toEqual(response.body);
    // The principal is loaded on each request, so the new name shows at once, without signing in again.
    const me = await t.http.get('/api/v1/me').set('authorization', clinic.therapist.auth);
    expect((me.body as CurrentUser).clinicName).toBe('Riverside Knee Clinic');
  });

  it('changes only the fields sent; null turns the calendar-day limit off', async () => {
    const clinic = await createClinic(t, 'Partial clinic');
    expect((await patch(clinic, { progressNoteDayLimit: 30, version: 1 })).status).toBe(200);
    expect(await readRow(clinic.id)).toEqual({
      name: 'Partial clinic',
      progress_note_visit_interval: 10,
      progress_note_day_limit: 30,
      version: 2,
    });

    const off = await patch(clinic, { progressNoteDayLimit: null, version: 2 });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ progressNoteVisitInterval: 10, progressNoteDayLimit: null, version: 3 });

    const interval = await patch(clinic, { progressNoteVisitInterval: 8, version: 3 });
    expect(interval.body).toMatchObject({ name: 'Partial clinic', progressNoteVisitInterval: 8, version: 4 });
    expect(await readRow(clinic.id)).toEqual({
      name: 'Partial clinic',
      progress_note_visit_interval: 8,
      progress_note_day_limit: null,
      version: 4,
    });
  });

  it('refuses therapists and assistants (403) and leaves the row unchanged', async () => {
    const clinic = await createClinic(t, 'Forbidden clinic');
    const before = await readRow(clinic.id);
    for (const role of ['therapist', 'assistant'] as const) {
      for (const change of [{ progressNoteVisitInterval: 20 }, { progressNoteDayLimit: 30 }, { name: 'Taken over' }]) {
        const response = await patch(clinic, { ...change, version: 1 }, role);
        expect({ role, change, status: response.status }).toEqual({ role, change, status: 403 });
        expect(response.body).toMatchObject({ code: 'FORBIDDEN' });
      }
    }
    expect(await readRow(clinic.id)).toEqual(before);
  });

  it('accepts the edges of the visit interval and refuses just outside them, naming the field', async () => {
    const clinic = await createClinic(t, 'Interval clinic');
    const { min, max } = PROGRESS_NOTE_VISIT_INTERVAL_RANGE;
    let version = 1;
    for (const accepted of [min, max]) {
      const response = await patch(clinic, { progressNoteVisitInterval: accepted, version });
      expect({ accepted, status: response.status }).toEqual({ accepted, status: 200 });
      version += 1;
      expect(await readRow(clinic.id)).toMatchObject({ progress_note_visit_interval: accepted, version });
    }
    const before = await readRow(clinic.id);
    for (const refused of [min - 1, max + 1, -5, 10.5, '10', null, true]) {
      const response = await patch(clinic, { progressNoteVisitInterval: refused, version });
      expect({ refused, status: response.status }).toEqual({ refused, status: 400 });
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(fields(response.body)).toEqual(['progressNoteVisitInterval']);
    }
    expect(await readRow(clinic.id)).toEqual(before);
  });

  it('accepts no calendar-day limit and its edges, and refuses just outside them, naming the field', async () => {
    const clinic = await createClinic(t, 'Day limit clinic');
    const { min, max } = PROGRESS_NOTE_DAY_LIMIT_RANGE;
    let version = 1;
    for (const accepted of [min, max, null]) {
      const response = await patch(clinic, { progressNoteDayLimit: accepted, version });
      expect({ accepted, status: response.status }).toEqual({ accepted, status: 200 });
      expect((response.body as Clinic).progressNoteDayLimit).toBe(accepted);
      version += 1;
      expect(await readRow(clinic.id)).toMatchObject({ progress_note_day_limit: accepted, version });
    }
    expect((await patch(clinic, { progressNoteDayLimit: 30, version })).status).toBe(200);
    version += 1;
    const before = await readRow(clinic.id);
    for (const refused of [min - 1, max + 1, 1.5, '30', false]) {
      const response = await patch(clinic, { progressNoteDayLimit: refused, version });
      expect({ refused, status: response.status }).toEqual({ refused, status: 400 });
      expect(fields(response.body)).toEqual(['progressNoteDayLimit']);
    }
    expect(await readRow(clinic.id)).toEqual(before);
  });

  it('refuses a blank, missing-as-null or too long name, a missing version, and unknown fields; writes nothing', async () => {
    const clinic = await createClinic(t, 'Strict clinic');
    const before = await readRow(clinic.id);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ name: '   ', version: 1 }, ['name']],
      [{ name: null, version: 1 }, ['name']],
      [{ name: 'x'.repeat(CLINIC_NAME_MAX_LENGTH + 1), version: 1 }, ['name']],
      [{ name: 42, version: 1 }, ['name']],
      [{ progressNoteVisitInterval: 12 }, ['version']],
      [{ progressNoteVisitInterval: 12, version: 0 }, ['version']],
      [{ progressNoteVisitInterval: 12, version: 1, id: clinic.id }, ['id']],
      [{ progressNoteVisitInterval: 12, version: 1, clinicId: clinic.id }, ['clinicId']],
      [{ version: 1, createdAt: '2020-01-01T00:00:00Z' }, ['createdAt']],
      [
        { progressNoteVisitInterval: 0, progressNoteDayLimit: 366, version: 1 },
        ['progressNoteDayLimit', 'progressNoteVisitInterval'],
      ],
    ];
    for (const [body, expected] of cases) {
      const response = await patch(clinic, body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(fields(response.body)).toEqual(expected);
    }
    expect(await readRow(clinic.id)).toEqual(before);
  });

  it('refuses a stale version with 409 VERSION_CONFLICT and keeps the first write', async () => {
    const clinic = await createClinic(t, 'Conflict clinic');
    expect((await patch(clinic, { progressNoteVisitInterval: 14, version: 1 })).status).toBe(200);
    const stale = await patch(clinic, { progressNoteVisitInterval: 20, progressNoteDayLimit: 45, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: [{ field: 'version' }] });
    const future = await patch(clinic, { progressNoteVisitInterval: 20, version: 7 });
    expect(future.status).toBe(409);
    expect(await readRow(clinic.id)).toEqual({
      name: 'Conflict clinic',
      progress_note_visit_interval: 14,
      progress_note_day_limit: null,
      version: 2,
    });
  });

  it('lets exactly one of two simultaneous saves of the same version win: no lost update', async () => {
    const clinic = await createClinic(t, 'Race clinic');
    // A second admin of the same clinic, as when two people edit the settings at once.
    const otherAdmin = { ...clinic, admin: await createUser(t, clinic, 'admin') };
    const [first, other] = await Promise.all([
      patch(clinic, { progressNoteVisitInterval: 5, version: 1 }),
      patch(otherAdmin, { progressNoteVisitInterval: 25, version: 1 }),
    ]);
    expect([first.status, other.status].sort()).toEqual([200, 409]);
    const winner = first.status === 200 ? 5 : 25;
    expect(await readRow(clinic.id)).toMatchObject({ progress_note_visit_interval: winner, version: 2 });
  });

  it('is also guarded by the database: out-of-range values cannot be stored even with direct SQL', async () => {
    const clinic = await createClinic(t, 'Database clinic');
    for (const [column, value] of [
      ['progress_note_visit_interval', 0],
      ['progress_note_visit_interval', 61],
      ['progress_note_day_limit', 0],
      ['progress_note_day_limit', 366],
    ] as const) {
      await expect(t.db.query(`UPDATE clinic SET ${column} = $1 WHERE id = $2`, [value, clinic.id])).rejects.toThrow(
        /check constraint/,
      );
    }
    expect(await readRow(clinic.id)).toMatchObject({ progress_note_visit_interval: 10, progress_note_day_limit: null });
  });
});

describe('clinic settings: tenant isolation', () => {
  it("clinic B's admin changes only clinic B, whatever the body says", async () => {
    const a = await createClinic(t, 'Isolation clinic A');
    const b = await createClinic(t, 'Isolation clinic B');
    const beforeA = await readRow(a.id);

    const changed = await patch(b, {
      name: 'B renamed',
      progressNoteVisitInterval: 6,
      progressNoteDayLimit: 21,
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: b.id, name: 'B renamed', progressNoteVisitInterval: 6 });
    expect(await readRow(b.id)).toEqual({
      name: 'B renamed',
      progress_note_visit_interval: 6,
      progress_note_day_limit: 21,
      version: 2,
    });
    // Naming A's clinic is not a way in: the field does not exist.
    const aimed = await patch(b, { id: a.id, progressNoteVisitInterval: 3, version: 1 });
    expect(aimed.status).toBe(400);
    expect(fields(aimed.body)).toEqual(['id']);
    expect(await readRow(a.id)).toEqual(beforeA);

    const readA = await t.http.get('/api/v1/clinic').set('authorization', a.therapist.auth);
    expect(readA.body).toEqual({
      id: a.id,
      name: 'Isolation clinic A',
      progressNoteVisitInterval: 10,
      progressNoteDayLimit: null,
      version: 1,
    });
  });
});

describe('the settings drive the progress-report reminder', () => {
  it('a progress report becomes due at the clinic’s own visit interval, or at its calendar-day limit', async () => {
    const clinic = await createClinic(t, 'Reminder clinic');
    const other = await createClinic(t, 'Reminder clinic, default settings');
    const status = t.app.get(ProgressNoteStatusService, { strict: false });
    // The sessions are dated from the database's CURRENT_DATE, so "today" is the database's too.
    const today = (await t.db.query<{ d: string }>("SELECT to_char(CURRENT_DATE, 'YYYY-MM-DD') AS d")).rows[0]!.d;
    const episode = await createPatientEpisode(t, clinic.therapist);
    const otherEpisode = await createPatientEpisode(t, other.therapist);
    // Four visits, one on each of the four days before today.
    await insertTreatmentSessions(t, clinic.id, episode.id, clinic.therapist.id, 4);
    await insertTreatmentSessions(t, other.id, otherEpisode.id, other.therapist.id, 4);

    expect(await status.forEpisode(clinic.id, episode.id, today)).toMatchObject({
      visitsSinceLastProgressNote: 4,
      progressNoteInterval: 10,
      progressNoteDayLimit: null,
      due: false,
    });

    expect((await patch(clinic, { progressNoteVisitInterval: 4, version: 1 })).status).toBe(200);
    expect(await status.forEpisode(clinic.id, episode.id, today)).toMatchObject({ progressNoteInterval: 4, due: true });

    expect((await patch(clinic, { progressNoteVisitInterval: 5, version: 2 })).status).toBe(200);
    expect(await status.forEpisode(clinic.id, episode.id, today)).toMatchObject({ due: false });

    // The period began four days ago, so today is its fifth calendar day: due at a 5-day limit, not at 6.
    expect((await patch(clinic, { progressNoteDayLimit: 6, version: 3 })).status).toBe(200);
    expect(await status.forEpisode(clinic.id, episode.id, today)).toMatchObject({
      progressNoteDayLimit: 6,
      due: false,
    });
    expect((await patch(clinic, { progressNoteDayLimit: 5, version: 4 })).status).toBe(200);
    expect(await status.forEpisode(clinic.id, episode.id, today)).toMatchObject({
      progressNoteInterval: 5,
      progressNoteDayLimit: 5,
      due: true,
    });

    // The other clinic's reminder still follows its own (default) settings.
    expect(await status.forEpisode(other.id, otherEpisode.id, today)).toMatchObject({
      progressNoteInterval: 10,
      progressNoteDayLimit: null,
      due: false,
    });
  });
});
