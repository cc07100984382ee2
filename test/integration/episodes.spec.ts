import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiError, Episode } from '@proprio/contracts';
import {
  countRows,
  createClinic,
  createEpisode,
  createPatient,
  episodeInput,
  type TestClinic,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let a: TestClinic;
let b: TestClinic;

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t, 'Clinic A');
  b = await createClinic(t, 'Clinic B');
});
afterAll(() => t.close());

const fieldsOf = (body: unknown) => ((body as ApiError).details ?? []).map((d) => d.field).sort();

describe('episodes of care', () => {
  it('opens an episode with every field of PRODUCT.md and lists it under the patient', async () => {
    const patient = await createPatient(t, a.therapist);
    const input = episodeInput({ concomitantInjuries: ['medial_meniscus_tear', 'meniscal_repair'], status: 'active' });
    const created = await t.http
      .post(`/api/v1/patients/${patient.id}/episodes`)
      .set('authorization', a.therapist.auth)
      .send(input);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...input, patientId: patient.id, archived: false, version: 1 });

    const list = await t.http.get(`/api/v1/patients/${patient.id}/episodes`).set('authorization', a.assistant.auth);
    expect(list.status).toBe(200);
    expect((list.body as Episode[]).map((e) => e.id)).toEqual([(created.body as Episode).id]);
    const row = await t.db.query('SELECT clinic_id FROM episode WHERE id = $1', [(created.body as Episode).id]);
    expect(row.rows[0]).toEqual({ clinic_id: a.id });
  });

  it('lets one patient have several episodes (the other knee), newest injury first', async () => {
    const patient = await createPatient(t, a.therapist);
    await createEpisode(t, a.therapist, patient.id, {
      involvedSide: 'left',
      injuryDate: '2024-05-01',
      surgeryDate: '2024-06-01',
    });
    await createEpisode(t, a.therapist, patient.id, {
      involvedSide: 'right',
      injuryDate: '2026-02-01',
      surgeryDate: null,
    });
    const list = await t.http.get(`/api/v1/patients/${patient.id}/episodes`).set('authorization', a.therapist.auth);
    expect((list.body as Episode[]).map((e) => e.involvedSide)).toEqual(['right', 'left']);
  });

  it.each([
    [{ preInjuryTegner: 11 }, ['preInjuryTegner']],
    [{ preInjuryTegner: 5.5 }, ['preInjuryTegner']],
    [{ involvedSide: 'both' }, ['involvedSide']],
    [{ injuryDate: '2026-04-01', surgeryDate: '2026-03-01' }, ['surgeryDate']],
    [{ injuryDate: '2999-01-01', surgeryDate: null }, ['injuryDate']],
    [{ graftType: 'kangaroo_tendon' }, ['graftType']],
    [{ concomitantInjuries: ['medial_meniscus_tear', 'medial_meniscus_tear'] }, ['concomitantInjuries']],
    [{ concomitantInjuries: ['broken_heart'] }, ['concomitantInjuries']],
    [{ condition: undefined }, ['condition']],
    [{ status: null }, ['status']],
  ])('refuses %j with a 400 naming %j, writing nothing', async (overrides, fields) => {
    const patient = await createPatient(t, a.therapist);
    const before = await countRows(t, 'episode');
    const response = await t.http
      .post(`/api/v1/patients/${patient.id}/episodes`)
      .set('authorization', a.therapist.auth)
      .send({ ...episodeInput(), ...overrides });
    expect(response.status).toBe(400);
    expect([...new Set(fieldsOf(response.body))]).toEqual(fields);
    expect(await countRows(t, 'episode')).toBe(before);
  });

  it('allows a planned surgery date in the future (pre-operative baseline)', async () => {
    const patient = await createPatient(t, a.therapist);
    const response = await t.http
      .post(`/api/v1/patients/${patient.id}/episodes`)
      .set('authorization', a.therapist.auth)
      .send(episodeInput({ injuryDate: '2026-01-10', surgeryDate: '2999-01-01' }));
    expect(response.status).toBe(201);
  });

  it('updates with the version read; the database refuses a surgery date moved before the injury', async () => {
    const patient = await createPatient(t, a.therapist);
    const episode = await createEpisode(t, a.therapist, patient.id, {
      injuryDate: '2026-03-02',
      surgeryDate: '2026-03-30',
    });
    const updated = await t.http
      .patch(`/api/v1/episodes/${episode.id}`)
      .set('authorization', a.therapist.auth)
      .send({ status: 'on_hold', sport: 'Netball', version: episode.version });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ status: 'on_hold', sport: 'Netball', version: 2 });

    // Only surgeryDate is sent, so the DTO cannot compare it; the CHECK constraint does.
    const backwards = await t.http
      .patch(`/api/v1/episodes/${episode.id}`)
      .set('authorization', a.therapist.auth)
      .send({ surgeryDate: '2026-01-01', version: 2 });
    expect(backwards.status).toBe(400);
    expect(fieldsOf(backwards.body)).toEqual(['surgeryDate']);

    const stale = await t.http
      .patch(`/api/v1/episodes/${episode.id}`)
      .set('authorization', a.therapist.auth)
      .send({ status: 'discharged', version: 1 });
    expect(stale.status).toBe(409);
    const row = await t.db.query('SELECT status, surgery_date, version FROM episode WHERE id = $1', [episode.id]);
    expect(row.rows[0]).toEqual({ status: 'on_hold', surgery_date: '2026-03-30', version: 2 });
  });

  it('clears optional fields with null but refuses null for required ones', async () => {
    const patient = await createPatient(t, a.therapist);
    const episode = await createEpisode(t, a.therapist, patient.id);
    const cleared = await t.http
      .patch(`/api/v1/episodes/${episode.id}`)
      .set('authorization', a.therapist.auth)
      .send({ graftType: null, sport: null, preInjuryTegner: null, version: episode.version });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ graftType: null, sport: null, preInjuryTegner: null });
    const nulled = await t.http
      .patch(`/api/v1/episodes/${episode.id}`)
      .set('authorization', a.therapist.auth)
      .send({ injuryDate: null, version: 2 });
    expect(nulled.status).toBe(400);
    expect(fieldsOf(nulled.body)).toContain('injuryDate');
  });

  it('archives an episode instead of deleting it', async () => {
    const patient = await createPatient(t, a.therapist);
    const episode = await createEpisode(t, a.therapist, patient.id);
    const archived = await t.http
      .post(`/api/v1/episodes/${episode.id}/archive`)
      .set('authorization', a.therapist.auth)
      .send({ version: episode.version });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ archived: true });
    expect(await t.db.query('SELECT 1 FROM episode WHERE id = $1', [episode.id])).toHaveProperty('rowCount', 1);
  });

  it('refuses a new episode for an archived patient with 409 ARCHIVED', async () => {
    const patient = await createPatient(t, a.therapist);
    await t.http
      .post(`/api/v1/patients/${patient.id}/archive`)
      .set('authorization', a.therapist.auth)
      .send({ version: patient.version })
      .expect(200);
    const response = await t.http
      .post(`/api/v1/patients/${patient.id}/episodes`)
      .set('authorization', a.therapist.auth)
      .send(episodeInput());
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'ARCHIVED' });
  });
});

describe('episodes: the database backs the validation', () => {
  it.each([
    ['pre_injury_tegner = 11', 'ck_episode_tegner'],
    ["involved_side = 'both'", 'ck_episode_involved_side'],
    ['surgery_date = injury_date - 1', 'ck_episode_dates'],
    ["concomitant_injuries = ARRAY['x']::varchar[]", 'ck_episode_concomitant_injuries'],
    ["graft_type = 'x'", 'ck_episode_graft_type'],
  ])('a direct SQL UPDATE setting %s violates %s', async (assignment, constraint) => {
    const patient = await createPatient(t, a.therapist);
    const episode = await createEpisode(t, a.therapist, patient.id);
    await expect(t.db.query(`UPDATE episode SET ${assignment} WHERE id = $1`, [episode.id])).rejects.toMatchObject({
      constraint,
    });
  });

  it('cannot attach an episode to another clinic’s patient, even by direct SQL (composite foreign key)', async () => {
    const patient = await createPatient(t, a.therapist);
    await expect(
      t.db.query(
        `INSERT INTO episode (clinic_id, patient_id, condition, involved_side, injury_date, created_by)
         VALUES ($1, $2, 'acl_reconstruction', 'left', '2026-01-01', $3)`,
        [b.id, patient.id, b.therapist.id],
      ),
    ).rejects.toMatchObject({ constraint: 'fk_episode_patient' });
  });
});

describe('episodes: tenant isolation', () => {
  it('clinic B cannot list, read, change or archive clinic A’s episodes (404, unchanged)', async () => {
    const patient = await createPatient(t, a.therapist);
    const episode = await createEpisode(t, a.therapist, patient.id, { sport: 'Skiing' });
    const list = await t.http.get(`/api/v1/patients/${patient.id}/episodes`).set('authorization', b.therapist.auth);
    expect(list.status).toBe(404);
    const read = await t.http.get(`/api/v1/episodes/${episode.id}`).set('authorization', b.therapist.auth);
    expect(read.status).toBe(404);
    expect(read.body).toMatchObject({ code: 'EPISODE_NOT_FOUND' });
    const update = await t.http
      .patch(`/api/v1/episodes/${episode.id}`)
      .set('authorization', b.admin.auth)
      .send({ sport: 'Hijacked', version: episode.version });
    expect(update.status).toBe(404);
    const archive = await t.http
      .post(`/api/v1/episodes/${episode.id}/archive`)
      .set('authorization', b.therapist.auth)
      .send({ version: episode.version });
    expect(archive.status).toBe(404);
    const row = await t.db.query('SELECT sport, archived_at, version FROM episode WHERE id = $1', [episode.id]);
    expect(row.rows[0]).toEqual({ sport: 'Skiing', archived_at: null, version: 1 });
  });
});
