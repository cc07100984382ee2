import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiError, Page, Patient } from '@proprio/contracts';
import { countRows, createClinic, createPatient, patientInput, type TestClinic } from '../support/factories.js';
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

describe('patients', () => {
  it('registers a patient, stamps it with the caller’s clinic and reads it back', async () => {
    const input = patientInput({ email: 'jordan@example.org', phone: '+1 555 0100' });
    const created = await t.http.post('/api/v1/patients').set('authorization', a.therapist.auth).send(input);
    expect(created.status).toBe(201);
    const patient = created.body as Patient;
    expect(patient).toMatchObject({ ...input, archived: false, version: 1 });

    const row = await t.db.query('SELECT clinic_id, created_by FROM patient WHERE id = $1', [patient.id]);
    expect(row.rows[0]).toEqual({ clinic_id: a.id, created_by: a.therapist.id });

    const read = await t.http.get(`/api/v1/patients/${patient.id}`).set('authorization', a.assistant.auth);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(patient);
  });

  it('refuses invalid input with a 400 naming each field, and writes nothing', async () => {
    const before = await countRows(t, 'patient');
    const response = await t.http
      .post('/api/v1/patients')
      .set('authorization', a.therapist.auth)
      .send({ ...patientInput(), dateOfBirth: '2001-02-30', sex: 'f', givenName: '   ', email: 'not-an-email' });
    expect(response.status).toBe(400);
    const body = response.body as ApiError;
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.correlationId).toEqual(expect.any(String));
    expect(body.details?.map((d) => d.field).sort()).toEqual(['dateOfBirth', 'email', 'givenName', 'sex']);
    expect(await countRows(t, 'patient')).toBe(before);
  });

  it('refuses a date of birth in the future', async () => {
    const response = await t.http
      .post('/api/v1/patients')
      .set('authorization', a.therapist.auth)
      .send(patientInput({ dateOfBirth: '2999-01-01' }));
    expect(response.status).toBe(400);
    expect((response.body as ApiError).details).toEqual([{ field: 'dateOfBirth', issue: 'must not be in the future' }]);
  });

  it('refuses unknown fields such as clinicId (no mass assignment)', async () => {
    const before = await countRows(t, 'patient');
    const response = await t.http
      .post('/api/v1/patients')
      .set('authorization', a.therapist.auth)
      .send({ ...patientInput(), clinicId: b.id, version: 7 });
    expect(response.status).toBe(400);
    expect((response.body as ApiError).details).toEqual(
      expect.arrayContaining([{ field: 'clinicId', issue: 'is not a recognised field' }]),
    );
    expect(await countRows(t, 'patient')).toBe(before);
  });

  it('answers 409 RECORD_NUMBER_TAKEN for a duplicate record number in the same clinic only', async () => {
    const first = await createPatient(t, a.therapist);
    const duplicate = await t.http
      .post('/api/v1/patients')
      .set('authorization', a.therapist.auth)
      .send(patientInput({ recordNumber: first.recordNumber }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: 'RECORD_NUMBER_TAKEN', details: [{ field: 'recordNumber' }] });

    // Another clinic may use the same number: record numbers are per clinic.
    const otherClinic = await t.http
      .post('/api/v1/patients')
      .set('authorization', b.therapist.auth)
      .send(patientInput({ recordNumber: first.recordNumber }));
    expect(otherClinic.status).toBe(201);
  });

  it('updates with the version read and refuses a stale version with 409, keeping the first write', async () => {
    const patient = await createPatient(t, a.therapist);
    const first = await t.http
      .patch(`/api/v1/patients/${patient.id}`)
      .set('authorization', a.therapist.auth)
      .send({ familyName: 'Okafor', version: patient.version });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ familyName: 'Okafor', version: patient.version + 1 });

    const stale = await t.http
      .patch(`/api/v1/patients/${patient.id}`)
      .set('authorization', a.assistant.auth)
      .send({ familyName: 'Lost Update', version: patient.version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT' });
    const row = await t.db.query('SELECT family_name, version FROM patient WHERE id = $1', [patient.id]);
    expect(row.rows[0]).toEqual({ family_name: 'Okafor', version: 2 });
  });

  it('requires the version on update and refuses null for required fields', async () => {
    const patient = await createPatient(t, a.therapist);
    const noVersion = await t.http
      .patch(`/api/v1/patients/${patient.id}`)
      .set('authorization', a.therapist.auth)
      .send({ familyName: 'X' });
    expect(noVersion.status).toBe(400);
    expect((noVersion.body as ApiError).details?.map((d) => d.field)).toContain('version');

    const nulled = await t.http
      .patch(`/api/v1/patients/${patient.id}`)
      .set('authorization', a.therapist.auth)
      .send({ givenName: null, version: patient.version });
    expect(nulled.status).toBe(400);
    expect((nulled.body as ApiError).details?.map((d) => d.field)).toContain('givenName');
  });

  it('archives instead of deleting; archived patients leave the default list and come back on restore', async () => {
    const patient = await createPatient(t, a.therapist, { familyName: 'Archivable' });
    const archived = await t.http
      .post(`/api/v1/patients/${patient.id}/archive`)
      .set('authorization', a.therapist.auth)
      .send({ version: patient.version });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ archived: true, version: patient.version + 1 });

    const list = await t.http.get('/api/v1/patients?q=Archivable').set('authorization', a.therapist.auth);
    expect((list.body as Page<Patient>).total).toBe(0);
    const withArchived = await t.http
      .get('/api/v1/patients?q=Archivable&includeArchived=true')
      .set('authorization', a.therapist.auth);
    expect((withArchived.body as Page<Patient>).items.map((p) => p.id)).toEqual([patient.id]);

    const restored = await t.http
      .post(`/api/v1/patients/${patient.id}/restore`)
      .set('authorization', a.therapist.auth)
      .send({ version: patient.version + 1 });
    expect(restored.body).toMatchObject({ archived: false, archivedAt: null });
    expect(await t.db.query('SELECT 1 FROM patient WHERE id = $1', [patient.id])).toHaveProperty('rowCount', 1);
  });

  it('does not let an assistant archive (403) and offers no DELETE route', async () => {
    const patient = await createPatient(t, a.therapist);
    const byAssistant = await t.http
      .post(`/api/v1/patients/${patient.id}/archive`)
      .set('authorization', a.assistant.auth)
      .send({ version: patient.version });
    expect(byAssistant.status).toBe(403);
    const deleted = await t.http.delete(`/api/v1/patients/${patient.id}`).set('authorization', a.admin.auth);
    expect(deleted.status).toBe(404);
    expect(await t.db.query('SELECT archived_at FROM patient WHERE id = $1', [patient.id])).toMatchObject({
      rows: [{ archived_at: null }],
    });
  });
});

describe('patient search and paging', () => {
  let s: TestClinic;
  beforeAll(async () => {
    s = await createClinic(t, 'Search clinic');
    const people = [
      ['Ada', 'Lovelace', 'S-001'],
      ['Grace', 'Hopper', 'S-002'],
      ['Alan', 'Turing', 'S-003'],
      ['Ada', 'Byron', 'S-004'],
      ['Edsger', 'Dijkstra', 'S-005'],
    ] as const;
    for (const [givenName, familyName, recordNumber] of people) {
      await createPatient(t, s.therapist, { givenName, familyName, recordNumber });
    }
  });

  const search = async (query: string) => {
    const response = await t.http.get(`/api/v1/patients?${query}`).set('authorization', s.therapist.auth);
    expect(response.status).toBe(200);
    return response.body as Page<Patient>;
  };

  it('matches given name, family name and record number, every word required, case-insensitively', async () => {
    expect((await search('q=ada')).items.map((p) => p.familyName)).toEqual(['Byron', 'Lovelace']);
    expect((await search('q=ada%20love')).items.map((p) => p.familyName)).toEqual(['Lovelace']);
    expect((await search('q=s-003')).items.map((p) => p.familyName)).toEqual(['Turing']);
    expect((await search('q=nobody')).total).toBe(0);
  });

  it('treats LIKE wildcards in the search text literally', async () => {
    expect((await search('q=%25')).total).toBe(0);
    expect((await search('q=_')).total).toBe(0);
  });

  it('pages with limit and offset, with a stable order and the full total', async () => {
    const first = await search('limit=2&offset=0&sort=recordNumber');
    const second = await search('limit=2&offset=2&sort=recordNumber');
    const third = await search('limit=2&offset=4&sort=recordNumber');
    expect(first.total).toBe(5);
    expect([...first.items, ...second.items, ...third.items].map((p) => p.recordNumber)).toEqual([
      'S-001',
      'S-002',
      'S-003',
      'S-004',
      'S-005',
    ]);
    expect((await search('limit=2&sort=recordNumber&order=desc')).items.map((p) => p.recordNumber)).toEqual([
      'S-005',
      'S-004',
    ]);
  });

  it('caps the page size and refuses unknown sort keys (no SQL through ORDER BY)', async () => {
    const tooBig = await t.http.get('/api/v1/patients?limit=100000').set('authorization', s.therapist.auth);
    expect(tooBig.status).toBe(400);
    expect((tooBig.body as ApiError).details?.[0]?.field).toBe('limit');
    const injected = await t.http
      .get(`/api/v1/patients?sort=${encodeURIComponent('family_name; DROP TABLE patient')}`)
      .set('authorization', s.therapist.auth);
    expect(injected.status).toBe(400);
    expect((injected.body as ApiError).details?.[0]?.field).toBe('sort');
  });
});

describe('patients: tenant isolation', () => {
  it('clinic B cannot read, list, change, archive or open episodes on clinic A’s patient (404, unchanged)', async () => {
    const patient = await createPatient(t, a.therapist, { familyName: 'Isolated', givenName: 'Only-A' });
    const missing = await t.http
      .get('/api/v1/patients/00000000-0000-4000-8000-000000000000')
      .set('authorization', b.therapist.auth);
    const read = await t.http.get(`/api/v1/patients/${patient.id}`).set('authorization', b.therapist.auth);
    expect(read.status).toBe(404);
    // Same answer as for an id that does not exist: nothing tells B that the record exists.
    expect({ ...read.body, correlationId: '' }).toEqual({ ...missing.body, correlationId: '' });

    const list = await t.http.get('/api/v1/patients?q=Only-A').set('authorization', b.admin.auth);
    expect(list.body).toMatchObject({ total: 0, items: [] });

    const update = await t.http
      .patch(`/api/v1/patients/${patient.id}`)
      .set('authorization', b.therapist.auth)
      .send({ familyName: 'Hijacked', version: patient.version });
    expect(update.status).toBe(404);
    const archive = await t.http
      .post(`/api/v1/patients/${patient.id}/archive`)
      .set('authorization', b.therapist.auth)
      .send({ version: patient.version });
    expect(archive.status).toBe(404);
    const episode = await t.http
      .post(`/api/v1/patients/${patient.id}/episodes`)
      .set('authorization', b.therapist.auth)
      .send({ condition: 'acl_reconstruction', involvedSide: 'left', injuryDate: '2026-01-01' });
    expect(episode.status).toBe(404);

    const row = await t.db.query('SELECT family_name, archived_at, version FROM patient WHERE id = $1', [patient.id]);
    expect(row.rows[0]).toEqual({ family_name: 'Isolated', archived_at: null, version: 1 });
    expect(await t.db.query('SELECT 1 FROM episode WHERE patient_id = $1', [patient.id])).toHaveProperty('rowCount', 0);
  });
});
