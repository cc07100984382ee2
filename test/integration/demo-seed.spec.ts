import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_PROTOCOL } from '@proprio/clinical';
import type {
  Episode,
  NotePage,
  Page,
  Patient,
  Programme,
  ProgrammeHistory,
  Progression,
  SessionPage,
} from '@proprio/contracts';
import { DataSource } from 'typeorm';
import { PasswordService } from '../../apps/api/src/core/auth/password.service.js';
import { createDataSource } from '../../apps/api/src/database/data-source.js';
import {
  DEMO_PASSWORD,
  DEMO_PATIENTS,
  DEMO_UNASSIGNED_RECORD_NUMBER,
  DEMO_USERS,
} from '../../apps/api/src/modules/demo/demo-data.js';
import { DemoCalendar } from '../../apps/api/src/modules/demo/demo-records.js';
import { seedDemoData } from '../../apps/api/src/modules/demo/demo-seed.js';
import { hasIntactContent, noteContentHash } from '../../apps/api/src/modules/notes/note-content-hash.js';
import { syncReferenceLibrary } from '../../apps/api/src/modules/library/reference-library.js';
import { createTestDatabase, TEST_POOL } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let auth: string;
beforeAll(async () => {
  t = await startTestApp({ PROPRIO_DEMO: 'true' });
  const login = await t.http
    .post('/api/v1/auth/login')
    .send({ email: 'therapist@proprio.example', password: DEMO_PASSWORD });
  expect(login.status).toBe(200);
  auth = `Bearer ${(login.body as { accessToken: string }).accessToken}`;
});
afterAll(() => t.close());

const calendar = () => new DemoCalendar(new Date().toISOString().slice(0, 10));

async function get<T>(path: string, status = 200): Promise<T> {
  const response = await t.http.get(`/api/v1${path}`).set('authorization', auth);
  expect({ path, status: response.status }).toEqual({ path, status });
  return response.body as T;
}

/** The demo episode of the patient with this record number. */
async function episodeOf(recordNumber: string): Promise<Episode> {
  const page = await get<Page<Patient>>(`/patients?q=${recordNumber}`);
  expect(page.items).toHaveLength(1);
  const episodes = await get<Episode[]>(`/patients/${page.items[0]!.id}/episodes`);
  expect(episodes).toHaveLength(1);
  return episodes[0]!;
}

describe('demo data', () => {
  it('seeds the demo clinic on first start: the demo therapist signs in and sees the demo patients', async () => {
    const patients = await get<Page<Patient>>('/patients?limit=100');
    expect(patients).toMatchObject({ total: DEMO_PATIENTS.length });
    const admin = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'admin@proprio.example', password: DEMO_PASSWORD });
    expect(admin.body).toMatchObject({ user: { role: 'admin' } });
  });

  it('never seeds a database that already has a clinic (second start, or real data)', async () => {
    const before = await t.db.query(
      `SELECT (SELECT count(*) FROM clinic)::int AS clinics, (SELECT count(*) FROM app_user)::int AS users,
              (SELECT count(*) FROM programme)::int AS programmes,
              (SELECT count(*) FROM treatment_session)::int AS sessions,
              (SELECT count(*) FROM note)::int AS notes, (SELECT count(*) FROM note_addendum)::int AS addenda`,
    );
    const seededAgain = await seedDemoData(t.app.get(DataSource), t.app.get(PasswordService));
    expect(seededAgain).toBe(false);
    const after = await t.db.query(
      `SELECT (SELECT count(*) FROM clinic)::int AS clinics, (SELECT count(*) FROM app_user)::int AS users,
              (SELECT count(*) FROM programme)::int AS programmes,
              (SELECT count(*) FROM treatment_session)::int AS sessions,
              (SELECT count(*) FROM note)::int AS notes, (SELECT count(*) FROM note_addendum)::int AS addenda`,
    );
    expect(after.rows[0]).toEqual(before.rows[0]);
    expect(after.rows[0]).toMatchObject({ clinics: 1, users: DEMO_USERS.length, programmes: 2, notes: 1, addenda: 1 });
  });
});

describe('the demo shows programmes, phase history and treatment sessions', () => {
  it('DEMO-0001 is in phase 3 of the seeded protocol, with its assignment, two advances and an edit', async () => {
    const episode = await episodeOf('DEMO-0001');
    const programme = await get<Programme>(`/episodes/${episode.id}/programme`);
    expect(programme).toMatchObject({
      protocolId: SEEDED_PROTOCOL.id,
      currentPhaseKey: 'p3',
      phaseStartedOn: calendar().daysAgo(84),
      returnToSportSetKey: 'delaware',
      revision: 4,
    });
    expect(programme.items.length).toBeGreaterThan(3);
    expect(programme.items.every((item) => item.exerciseName.length > 0)).toBe(true);
    // The prescription is the generated one for phase 3, exercises in the protocol's order.
    const p3 = SEEDED_PROTOCOL.definition.phases.find((p) => p.key === 'p3')!;
    expect(programme.items.map((i) => i.exerciseId)).toEqual(p3.exercises.map((e) => e.exerciseId));

    const history = await get<ProgrammeHistory>(`/episodes/${episode.id}/programme/history`);
    expect(history.revisions.map((r) => [r.number, r.kind, r.phaseKey])).toEqual([
      [1, 'assigned', 'p1'],
      [2, 'phase_advanced', 'p2'],
      [3, 'phase_advanced', 'p3'],
      [4, 'edited', 'p3'],
    ]);
    expect(history.revisions[3]!.changes).toEqual([
      {
        kind: 'changed',
        itemId: programme.items[2]!.id,
        exerciseId: programme.items[2]!.exerciseId,
        fields: [{ field: 'dosage.reps', before: 5, after: 8 }],
      },
    ]);
    expect(history.revisions[3]!.reason).toMatch(/hop-and-stick/);

    const [first, second] = history.transitions;
    expect(history.transitions).toHaveLength(2);
    // Phase 1's exit criteria were all met on the demo measures of that day.
    expect(first).toMatchObject({ fromPhaseKey: 'p1', toPhaseKey: 'p2', overrideReason: null });
    expect(first!.criteria).toMatchObject({ allMet: true, met: 4, notMet: 0, notMeasured: 0 });
    expect(first!.criteria.criteria.map((c) => [c.measure, c.status, c.date])).toEqual([
      ['knee_ext_deficit_deg', 'met', calendar().daysAgo(150)],
      ['knee_flex_deg', 'met', calendar().daysAgo(150)],
      ['effusion_grade', 'met', calendar().daysAgo(150)],
      ['quad_lag_deg', 'met', calendar().daysAgo(150)],
    ]);
    // Phase 2's were not: the therapist overrode them with a written reason.
    expect(second).toMatchObject({ fromPhaseKey: 'p2', toPhaseKey: 'p3', overrideReason: expect.any(String) });
    expect(second!.criteria.allMet).toBe(false);
    expect(second!.criteria.notMet).toBeGreaterThan(0);
    expect(second!.criteria.notMeasured).toBeGreaterThan(0);
    expect(second!.criteria.criteria.find((c) => c.measure === 'single_leg_squat_rating')).toMatchObject({
      status: 'met',
      value: 'good',
    });

    // The phase-3 gate is not met yet: hop symmetry is still under 95%.
    const progression = await get<Progression>(`/episodes/${episode.id}/programme/progression`);
    expect(progression.currentPhase.key).toBe('p3');
    expect(progression.evaluation.allMet).toBe(false);
    expect(progression.evaluation.criteria.find((c) => c.measure === 'single_hop_lsi_pct')).toMatchObject({
      status: 'not_met',
      date: calendar().daysAgo(14),
    });
  });

  it('DEMO-0001 has visits logged against the prescription of the day, newest first, a progress note due', async () => {
    const episode = await episodeOf('DEMO-0001');
    const programme = await get<Programme>(`/episodes/${episode.id}/programme`);
    const page = await get<SessionPage>(`/episodes/${episode.id}/sessions?limit=100`);
    // Thirteen visits, three of them inside the signed progress report that closed phase 1.
    expect(page).toMatchObject({ total: 13, visitsSinceLastProgressNote: 10, progressNoteInterval: 10 });
    expect(page.items.map((s) => s.performedOn)).toEqual(
      [3, 17, 31, 45, 66, 80, 95, 109, 123, 137, 151, 158, 165].map((d) => calendar().daysAgo(d)),
    );
    const [latest] = page.items;
    expect(latest).toMatchObject({ pain: 0, rpe: 8 });
    expect(latest!.exercises.map((e) => e.programmeItemId)).toEqual(programme.items.map((i) => i.id));
    expect(latest!.exercises.map((e) => e.exerciseName)).toEqual(programme.items.map((i) => i.exerciseName));
    // An early visit was logged against the phase-1 prescription of that time.
    const p1 = SEEDED_PROTOCOL.definition.phases.find((p) => p.key === 'p1')!;
    const earliest = page.items[page.items.length - 1]!;
    expect(earliest.exercises.map((e) => e.exerciseId)).toEqual(p1.exercises.slice(0, 4).map((e) => e.exerciseId));
    const recorders = new Set(page.items.map((s) => s.recordedBy));
    expect(recorders.size).toBe(2);
  });

  it('DEMO-0001 has a signed progress report for her first weeks, with an addendum, signed with a title', async () => {
    const episode = await episodeOf('DEMO-0001');
    const notes = await get<NotePage>(`/episodes/${episode.id}/notes`);
    expect(notes.total).toBe(1);
    const [note] = notes.items;
    const therapist = DEMO_USERS.find((u) => u.role === 'therapist')!;
    expect(note).toMatchObject({
      type: 'progress',
      status: 'signed',
      periodStart: calendar().daysAgo(168),
      periodEnd: calendar().daysAgo(148),
      authorName: therapist.displayName,
      signature: { name: therapist.displayName, professionalTitle: 'PT, DPT', signedAt: expect.any(String) },
    });
    expect(note!.signature!.signedAt.slice(0, 10)).toBe(calendar().daysAgo(148));
    expect(hasIntactContent(note!)).toBe(true);
    expect(note!.addenda).toHaveLength(1);
    expect(note!.addenda[0]!.signature).toMatchObject({ name: therapist.displayName, professionalTitle: 'PT, DPT' });
    expect(note!.addenda[0]!.signature.signedAt > note!.signature!.signedAt).toBe(true);
    // The reminder counts the ten visits after the report's period: due again.
    expect(notes.progress).toEqual({
      visitsSinceLastProgressNote: 10,
      progressNoteInterval: 10,
      progressNoteDayLimit: null,
      reportingPeriodStart: calendar().daysAgo(147),
      due: true,
    });
    // Every demo user has the title seeded for them.
    const titles = await t.db.query<{ email: string; professional_title: string | null }>(
      'SELECT email, professional_title FROM app_user ORDER BY email',
    );
    expect(titles.rows).toEqual(
      [...DEMO_USERS]
        .sort((x, y) => x.email.localeCompare(y.email))
        .map((u) => ({ email: u.email, professional_title: u.professionalTitle })),
    );
    expect(therapist.professionalTitle).toBe('PT, DPT');
  });

  it('DEMO-0004, before surgery, is in the pre-operative phase with visits and no phase change', async () => {
    const episode = await episodeOf('DEMO-0004');
    expect(episode.surgeryDate).toBeNull();
    const programme = await get<Programme>(`/episodes/${episode.id}/programme`);
    expect(programme).toMatchObject({ currentPhaseKey: 'preop', revision: 1 });
    const history = await get<ProgrammeHistory>(`/episodes/${episode.id}/programme/history`);
    expect(history.revisions.map((r) => r.kind)).toEqual(['assigned']);
    expect(history.transitions).toEqual([]);
    const page = await get<SessionPage>(`/episodes/${episode.id}/sessions`);
    expect(page).toMatchObject({ total: 5, visitsSinceLastProgressNote: 5 });
  });

  it(`${DEMO_UNASSIGNED_RECORD_NUMBER}, surgery in the past, has no programme yet (the browser journey assigns one)`, async () => {
    const episode = await episodeOf(DEMO_UNASSIGNED_RECORD_NUMBER);
    expect(episode.surgeryDate! < calendar().today).toBe(true);
    const none = await get<{ code: string }>(`/episodes/${episode.id}/programme`, 404);
    expect(none.code).toBe('PROGRAMME_NOT_FOUND');
    expect(await get<SessionPage>(`/episodes/${episode.id}/sessions`)).toMatchObject({ total: 0 });
  });

  it('seeds the same records on the same day into any database (deterministic)', async () => {
    const now = new Date('2026-06-15T07:00:00Z');
    const contents: unknown[] = [];
    for (let i = 0; i < 2; i += 1) {
      const dataSource = createDataSource(await createTestDatabase(), TEST_POOL);
      await dataSource.initialize();
      try {
        await syncReferenceLibrary(dataSource);
        expect(await seedDemoData(dataSource, t.app.get(PasswordService), now)).toBe(true);
        contents.push(await demoContent(dataSource));
        await expectNoteHashesIntact(dataSource);
      } finally {
        await dataSource.destroy();
      }
    }
    expect(contents[1]).toEqual(contents[0]);
    expect((contents[0] as { sessions: unknown[] }).sessions).toHaveLength(18);
    expect((contents[0] as { notes: unknown[]; addenda: unknown[] }).notes).toHaveLength(1);
    expect((contents[0] as { notes: unknown[]; addenda: unknown[] }).addenda).toHaveLength(1);
  });
});

/** Everything the demo seeds, without the database's own random ids. */
async function demoContent(dataSource: DataSource) {
  const rows = (sql: string) => dataSource.query<Record<string, unknown>[]>(sql);
  return {
    programmes: await rows(
      `SELECT p.record_number, g.current_phase_key, g.phase_started_on, g.items, g.revision, g.version,
              g.created_at, g.updated_at
         FROM programme g JOIN episode e ON e.id = g.episode_id JOIN patient p ON p.id = e.patient_id
        ORDER BY p.record_number`,
    ),
    revisions: await rows(
      `SELECT number, kind, reason, phase_key, items, changed_at FROM programme_revision ORDER BY changed_at, number`,
    ),
    transitions: await rows(
      `SELECT from_phase_key, to_phase_key, all_met, override_reason, criteria, transitioned_at
         FROM phase_transition ORDER BY transitioned_at`,
    ),
    sessions: await rows(
      `SELECT performed_on, pain, rpe, notes, exercises, created_at FROM treatment_session ORDER BY created_at`,
    ),
    measurements: await rows(
      `SELECT a.performed_on, m.type, m.input, m.result, m.lsi
         FROM measurement m JOIN assessment a ON a.id = m.assessment_id ORDER BY a.performed_on, m.type`,
    ),
    // The content hash covers the signer's id, which each database generates: checked on its own below.
    notes: await rows(
      `SELECT type, status, period_start, period_end, subjective, objective, assessment, plan, signer_name,
              signer_title, signed_at, created_at, updated_at, version
         FROM note ORDER BY period_end`,
    ),
    addenda: await rows(`SELECT body, signer_name, signer_title, signed_at FROM note_addendum ORDER BY signed_at`),
  };
}

/** Every seeded signed note's stored hash is the hash of its stored content. */
async function expectNoteHashesIntact(dataSource: DataSource) {
  const notes = await dataSource.query<Record<string, string>[]>(
    `SELECT id, episode_id, type, to_char(period_start, 'YYYY-MM-DD') AS period_start, to_char(period_end, 'YYYY-MM-DD') AS period_end,
            subjective, objective, assessment, plan, signed_by, signer_name, signer_title, content_hash,
            to_char(signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS signed_at
       FROM note WHERE status = 'signed'`,
  );
  expect(notes.length).toBeGreaterThan(0);
  for (const n of notes) {
    expect(n['content_hash']).toBe(
      noteContentHash({
        noteId: n['id']!,
        episodeId: n['episode_id']!,
        type: n['type'] as 'progress',
        periodStart: n['period_start']!,
        periodEnd: n['period_end']!,
        subjective: n['subjective']!,
        objective: n['objective']!,
        assessment: n['assessment']!,
        plan: n['plan']!,
        signerId: n['signed_by']!,
        signerName: n['signer_name']!,
        signerTitle: n['signer_title'] ?? null,
        signedAt: n['signed_at']!,
      }),
    );
  }
}
