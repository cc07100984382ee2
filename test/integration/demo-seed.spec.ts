import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, DEMO_PATIENTS, DEMO_USERS } from '../../apps/api/src/modules/demo/demo-data.js';
import { seedDemoData } from '../../apps/api/src/modules/demo/demo-seed.js';
import { PasswordService } from '../../apps/api/src/core/auth/password.service.js';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ PROPRIO_DEMO: 'true' });
});
afterAll(() => t.close());

describe('demo data', () => {
  it('seeds the demo clinic on first start: the demo therapist signs in and sees the demo patients', async () => {
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'therapist@proprio.example', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const token = (login.body as { accessToken: string }).accessToken;
    const patients = await t.http.get('/api/v1/patients?limit=100').set('authorization', `Bearer ${token}`);
    expect(patients.body).toMatchObject({ total: DEMO_PATIENTS.length });
    const admin = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'admin@proprio.example', password: DEMO_PASSWORD });
    expect(admin.body).toMatchObject({ user: { role: 'admin' } });
  });

  it('never seeds a database that already has a clinic (second start, or real data)', async () => {
    const seededAgain = await seedDemoData(t.app.get(DataSource), t.app.get(PasswordService));
    expect(seededAgain).toBe(false);
    const counts = await t.db.query(
      'SELECT (SELECT count(*) FROM clinic)::int AS clinics, (SELECT count(*) FROM app_user)::int AS users',
    );
    expect(counts.rows[0]).toEqual({ clinics: 1, users: DEMO_USERS.length });
  });
});
