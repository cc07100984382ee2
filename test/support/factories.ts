import { randomBytes, randomUUID } from 'node:crypto';
import type { CreateEpisodeRequest, CreatePatientRequest, Role } from '@proprio/contracts';
import { hash } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '../../apps/api/src/core/auth/password.service.js';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'correct-horse-battery-staple';
let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  token: string;
  /** Authorization header value. */
  auth: string;
}

export interface TestClinic {
  id: string;
  name: string;
  admin: TestUser;
  therapist: TestUser;
  assistant: TestUser;
}

const unique = () => randomBytes(4).toString('hex');

/**
 * A clinic with an admin, a therapist and an assistant, each signed in through the real login
 * route. Every test builds its own clinics, so files never depend on each other's data.
 */
export async function createClinic(t: TestApp, name = `Clinic ${unique()}`): Promise<TestClinic> {
  passwordHash ??= hash(TEST_PASSWORD, ARGON2_OPTIONS);
  const clinicId = (await t.db.query<{ id: string }>('INSERT INTO clinic (name) VALUES ($1) RETURNING id', [name]))
    .rows[0]!.id;
  const users = {} as Record<Role, TestUser>;
  for (const role of ['admin', 'therapist', 'assistant'] as const) {
    const email = `${role}.${unique()}@clinic.test`;
    const id = (
      await t.db.query<{ id: string }>(
        'INSERT INTO app_user (clinic_id, email, display_name, role, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [clinicId, email, `Test ${role}`, role, await passwordHash],
      )
    ).rows[0]!.id;
    const token = await login(t, email);
    users[role] = { id, email, role, token, auth: `Bearer ${token}` };
  }
  return { id: clinicId, name, ...users };
}

export async function login(t: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await t.http.post('/api/v1/auth/login').send({ email, password });
  if (response.status !== 200) throw new Error(`login failed for ${email}: ${response.status}`);
  return (response.body as { accessToken: string }).accessToken;
}

export function patientInput(overrides: Partial<CreatePatientRequest> = {}): CreatePatientRequest {
  return {
    recordNumber: `MRN-${unique()}`,
    givenName: 'Jordan',
    familyName: 'Rivera',
    dateOfBirth: '1999-04-12',
    sex: 'female',
    ...overrides,
  };
}

export function episodeInput(overrides: Partial<CreateEpisodeRequest> = {}): CreateEpisodeRequest {
  return {
    condition: 'acl_reconstruction',
    involvedSide: 'left',
    injuryDate: '2026-03-02',
    surgeryDate: '2026-03-30',
    graftType: 'hamstring_autograft',
    concomitantInjuries: ['medial_meniscus_tear'],
    sport: 'Football (soccer)',
    preInjuryTegner: 9,
    ...overrides,
  };
}

export async function createPatient(
  t: TestApp,
  user: TestUser,
  overrides: Partial<CreatePatientRequest> = {},
): Promise<{ id: string; version: number; recordNumber: string }> {
  const response = await t.http.post('/api/v1/patients').set('authorization', user.auth).send(patientInput(overrides));
  if (response.status !== 201)
    throw new Error(`create patient failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; recordNumber: string };
}

export async function createEpisode(
  t: TestApp,
  user: TestUser,
  patientId: string,
  overrides: Partial<CreateEpisodeRequest> = {},
): Promise<{ id: string; version: number }> {
  const response = await t.http
    .post(`/api/v1/patients/${patientId}/episodes`)
    .set('authorization', user.auth)
    .send(episodeInput(overrides));
  if (response.status !== 201)
    throw new Error(`create episode failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number };
}

/** Counts rows, for proving that a rejected request wrote nothing. */
export async function countRows(
  t: TestApp,
  table: 'patient' | 'episode' | 'app_user' | 'refresh_token' | 'treatment_session',
): Promise<number> {
  const result = await t.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`);
  return Number(result.rows[0]!.n);
}

/** Row counts of the clinical record tables, for proving that a rejected request wrote nothing. */
export async function countClinicalRows(
  t: TestApp,
): Promise<{ assessment: number; measurement: number; questionnaire_response: number }> {
  const result = await t.db.query<{ assessment: string; measurement: string; questionnaire_response: string }>(
    `SELECT (SELECT count(*) FROM assessment)::text AS assessment,
            (SELECT count(*) FROM measurement)::text AS measurement,
            (SELECT count(*) FROM questionnaire_response)::text AS questionnaire_response`,
  );
  const row = result.rows[0]!;
  return {
    assessment: Number(row.assessment),
    measurement: Number(row.measurement),
    questionnaire_response: Number(row.questionnaire_response),
  };
}

/** A new patient with one episode of care in the user's clinic; returns the episode. */
export async function createPatientEpisode(
  t: TestApp,
  user: TestUser,
  overrides: Partial<CreateEpisodeRequest> = {},
): Promise<{ id: string; version: number }> {
  const patient = await createPatient(t, user);
  return createEpisode(t, user, patient.id, overrides);
}

/** Archives an episode through the API. */
export async function archiveEpisode(t: TestApp, user: TestUser, episode: { id: string; version: number }) {
  const response = await t.http
    .post(`/api/v1/episodes/${episode.id}/archive`)
    .set('authorization', user.auth)
    .send({ version: episode.version });
  if (response.status !== 200)
    throw new Error(`archive episode failed: ${response.status} ${JSON.stringify(response.body)}`);
}

/** A clinic's own exercise, inserted directly: tests of its users need no library API. */
export async function insertClinicExercise(
  t: TestApp,
  clinicId: string,
  name = `Exercise ${unique()}`,
): Promise<{ id: string; name: string }> {
  const id = (
    await t.db.query<{ id: string }>(
      `INSERT INTO exercise (clinic_id, name, skills, equipment, phases, default_dosage, progression_variables)
       VALUES ($1, $2, ARRAY['balance'], ARRAY[]::varchar[], ARRAY['p2'], $3, ARRAY['surface'])
       RETURNING id`,
      [clinicId, name, { sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 3, loadKg: null }],
    )
  ).rows[0]!.id;
  return { id, name };
}

/**
 * A programme for an episode on a protocol of the clinic's own, inserted directly, with one item per
 * exercise given; returns the programme and its items (each with its stable id).
 */
export async function insertProgramme(
  t: TestApp,
  clinic: TestClinic,
  episodeId: string,
  exerciseIds: string[],
): Promise<{ id: string; items: { id: string; exerciseId: string }[] }> {
  const protocolId = (
    await t.db.query<{ id: string }>(
      'INSERT INTO protocol (clinic_id, title, created_by) VALUES ($1, $2, $3) RETURNING id',
      [clinic.id, `Protocol ${unique()}`, clinic.therapist.id],
    )
  ).rows[0]!.id;
  const definition = {
    phases: [
      {
        key: 'p2',
        name: 'Phase 2',
        typicalWeeks: { from: 2, to: 6 },
        preoperative: false,
        returnToSportGate: false,
        exitCriteria: [],
        exercises: [],
        guidance: null,
      },
    ],
    returnToSportSets: [],
  };
  const versionId = (
    await t.db.query<{ id: string }>(
      'INSERT INTO protocol_version (protocol_id, number, definition, created_by) VALUES ($1, 1, $2, $3) RETURNING id',
      [protocolId, definition, clinic.therapist.id],
    )
  ).rows[0]!.id;
  const items = exerciseIds.map((exerciseId) => ({
    id: randomUUID(),
    exerciseId,
    dosage: { sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 3, loadKg: null },
    progression: {},
    notes: null,
  }));
  const id = (
    await t.db.query<{ id: string }>(
      `INSERT INTO programme (clinic_id, episode_id, protocol_version_id, therapist_id, current_phase_key,
         phase_started_on, rts_set_key, equipment, items, created_by)
       VALUES ($1, $2, $3, $4, 'p2', CURRENT_DATE, 'delaware', ARRAY[]::varchar[], $5, $4) RETURNING id`,
      [clinic.id, episodeId, versionId, clinic.therapist.id, JSON.stringify(items)],
    )
  ).rows[0]!.id;
  return { id, items: items.map(({ id: itemId, exerciseId }) => ({ id: itemId, exerciseId })) };
}

/** Another user of an existing clinic (e.g. a second therapist), signed in through the real login route. */
export async function createUser(t: TestApp, clinic: TestClinic, role: Role): Promise<TestUser> {
  passwordHash ??= hash(TEST_PASSWORD, ARGON2_OPTIONS);
  const email = `${role}.${unique()}@clinic.test`;
  const id = (
    await t.db.query<{ id: string }>(
      'INSERT INTO app_user (clinic_id, email, display_name, role, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [clinic.id, email, `Test ${role} ${unique()}`, role, await passwordHash],
    )
  ).rows[0]!.id;
  const token = await login(t, email);
  return { id, email, role, token, auth: `Bearer ${token}` };
}

/** The latest version of the seeded post-ACL protocol, found through the protocols API. */
export async function seededProtocolVersionId(t: TestApp, user: TestUser): Promise<string> {
  const response = await t.http.get('/api/v1/protocols?limit=100').set('authorization', user.auth);
  if (response.status !== 200) throw new Error(`list protocols failed: ${response.status}`);
  const seeded = (response.body as { items: { source: string; latestVersion: { id: string } }[] }).items.find(
    (p) => p.source === 'seeded',
  );
  if (!seeded) throw new Error('the seeded protocol is missing: is the start-up library sync in place?');
  return seeded.latestVersion.id;
}

/** Treatment visits inserted directly (count of them, one a day back from yesterday). */
export async function insertTreatmentSessions(
  t: TestApp,
  clinicId: string,
  episodeId: string,
  recordedBy: string,
  count: number,
): Promise<void> {
  for (let i = 1; i <= count; i += 1) {
    await t.db.query(
      `INSERT INTO treatment_session (clinic_id, episode_id, performed_on, exercises, recorded_by)
       VALUES ($1, $2, CURRENT_DATE - $3::int, '[]'::jsonb, $4)`,
      [clinicId, episodeId, i, recordedBy],
    );
  }
}

/** Row counts of the programme tables, for proving that a refused request wrote nothing. */
export async function countProgrammeRows(
  t: TestApp,
): Promise<{ programme: number; programme_revision: number; phase_transition: number }> {
  const result = await t.db.query<{ programme: string; programme_revision: string; phase_transition: string }>(
    `SELECT (SELECT count(*) FROM programme)::text AS programme,
            (SELECT count(*) FROM programme_revision)::text AS programme_revision,
            (SELECT count(*) FROM phase_transition)::text AS phase_transition`,
  );
  const row = result.rows[0]!;
  return {
    programme: Number(row.programme),
    programme_revision: Number(row.programme_revision),
    phase_transition: Number(row.phase_transition),
  };
}

/** A valid request body for a clinic exercise (ExerciseRequest). */
export function exerciseInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `Lateral step-down ${unique()}`,
    description: 'Step down slowly from a low step, knee over the second toe.',
    skills: ['balance', 'coordination'],
    equipment: ['step'],
    phases: ['p2', 'p3'],
    defaultDosage: { sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 3, loadKg: null },
    progressionVariables: ['surface', 'speed'],
    progressionNotes: 'foam; slower tempo',
    ...overrides,
  };
}

/** Creates a clinic exercise through the API. */
export async function createExercise(
  t: TestApp,
  user: TestUser,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; name: string; version: number }> {
  const response = await t.http
    .post('/api/v1/exercises')
    .set('authorization', user.auth)
    .send(exerciseInput(overrides));
  if (response.status !== 201)
    throw new Error(`create exercise failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; name: string; version: number };
}

/** Row counts of the library tables, for proving that a rejected request wrote nothing. */
export async function countLibraryRows(
  t: TestApp,
): Promise<{ exercise: number; protocol: number; protocol_version: number }> {
  const result = await t.db.query<{ exercise: string; protocol: string; protocol_version: string }>(
    `SELECT (SELECT count(*) FROM exercise)::text AS exercise,
            (SELECT count(*) FROM protocol)::text AS protocol,
            (SELECT count(*) FROM protocol_version)::text AS protocol_version`,
  );
  const row = result.rows[0]!;
  return {
    exercise: Number(row.exercise),
    protocol: Number(row.protocol),
    protocol_version: Number(row.protocol_version),
  };
}

/**
 * Puts a protocol version in use: a new patient and episode in the clinic, and a programme on that
 * version inserted directly (no programme API needed). Returns the programme id.
 */
export async function assignVersionToProgramme(t: TestApp, clinic: TestClinic, versionId: string): Promise<string> {
  const episode = await createPatientEpisode(t, clinic.therapist);
  return (
    await t.db.query<{ id: string }>(
      `INSERT INTO programme (clinic_id, episode_id, protocol_version_id, therapist_id, current_phase_key,
         phase_started_on, rts_set_key, equipment, items, created_by)
       VALUES ($1, $2, $3, $4, 'p1', CURRENT_DATE, 'delaware', ARRAY[]::varchar[], '[]', $4) RETURNING id`,
      [clinic.id, episode.id, versionId, clinic.therapist.id],
    )
  ).rows[0]!.id;
}
