import { randomBytes } from 'node:crypto';
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
  table: 'patient' | 'episode' | 'app_user' | 'refresh_token',
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
