import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { ApiError, User } from '@proprio/contracts';
import pg from 'pg';
import type { Response } from 'supertest';
import { createClinic, createPatient, patientInput, TEST_PASSWORD, type TestClinic } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let c: TestClinic;

beforeAll(async () => {
  t = await startTestApp();
  c = await createClinic(t, 'Errors clinic');
});
afterAll(() => t.close());

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ERROR_KEYS = ['code', 'correlationId', 'message', 'statusCode'];

/** The one error shape: exactly these keys (plus `details` when given), the status repeated, the id echoed. */
function expectErrorShape(response: Response, status: number, code?: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.body as ApiError;
  expect(
    Object.keys(body)
      .filter((k) => k !== 'details')
      .sort(),
  ).toEqual(ERROR_KEYS);
  expect(body.statusCode).toBe(status);
  if (code) expect(body.code).toBe(code);
  expect(typeof body.message).toBe('string');
  expect(body.message.length).toBeGreaterThan(0);
  expect(body.correlationId).toBe(response.headers['x-correlation-id']);
}

/** Nothing about the server's insides: no stack, no file paths, no SQL, no constraint or table names. */
function expectNoLeak(response: Response): void {
  const body = response.body as Record<string, unknown>;
  expect(body).not.toHaveProperty('stack');
  const text = response.text;
  expect(text).not.toMatch(/\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|FROM|WHERE|RETURNING)\b/);
  expect(text).not.toMatch(
    /stack|\n\s+at |\(\S+:\d+:\d+\)|node_modules|\.ts:\d|\.js:\d|duplicate key|violates|relation "|QueryFailedError|TypeORM|postgres|pg_|FST_/i,
  );
  // Table and constraint names (lower case: `INVALID_REFRESH_TOKEN` is a public error code).
  expect(text).not.toMatch(/\b(uq|ck|fk|ix)_[a-z_]+|\b(app_user|refresh_token|password_hash|clinic_id)\b/);
}

describe('health', () => {
  it('answers 200 {status: ok, database: up} without a token, and is not cached', async () => {
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-correlation-id']).toMatch(UUID_V4);
  });
});

describe('the error shape', () => {
  it('answers unknown /api routes with a JSON 404 ROUTE_NOT_FOUND', async () => {
    const unknown = [
      t.http.get('/api/v1/nothing-here'),
      t.http.post('/api/v1/nothing-here').send({}),
      t.http.get('/api'),
      t.http.get('/api/v2/patients'),
      t.http.put('/api/v1/patients').set('authorization', c.admin.auth).send({}),
      t.http.delete('/api/v1/patients/00000000-0000-4000-8000-000000000000').set('authorization', c.admin.auth),
    ];
    for (const request of unknown) {
      const response = await request;
      expectErrorShape(response, 404, 'ROUTE_NOT_FOUND');
      expect(response.body).not.toHaveProperty('details');
      expectNoLeak(response);
    }
  });

  it('answers a malformed JSON body with a 400 in the error shape', async () => {
    for (const [path, auth] of [
      ['/api/v1/auth/login', undefined],
      ['/api/v1/patients', c.therapist.auth],
    ] as const) {
      const request = t.http.post(path).set('content-type', 'application/json');
      if (auth) void request.set('authorization', auth);
      const response = await request.send('{"email": "a@b.c", "password": ');
      expectErrorShape(response, 400, 'VALIDATION_FAILED');
      expectNoLeak(response);
      expect(response.text).not.toMatch(/Unexpected|JSON at position|SyntaxError/i);
    }
    const before = await t.db.query('SELECT count(*)::int AS n FROM patient');
    const notAnObject = await t.http
      .post('/api/v1/patients')
      .set('authorization', c.therapist.auth)
      .set('content-type', 'application/json')
      .send('[1, 2');
    expectErrorShape(notAnObject, 400, 'VALIDATION_FAILED');
    expect((await t.db.query('SELECT count(*)::int AS n FROM patient')).rows).toEqual(before.rows);
  });

  it('answers NUL characters and absurd nesting with a 400 naming the field, never a 500, writing nothing', async () => {
    const before = await t.db.query('SELECT count(*)::int AS n FROM patient');
    const nul = await t.http
      .post('/api/v1/patients')
      .set('authorization', c.therapist.auth)
      .send({ recordNumber: 'NUL-1', givenName: 'A\u0000', familyName: 'B', dateOfBirth: '1990-01-01', sex: 'male' });
    expectErrorShape(nul, 400, 'VALIDATION_FAILED');
    expect(nul.body).toMatchObject({ details: [{ field: 'givenName', issue: 'must not contain NUL characters' }] });

    let deep = '1';
    for (let i = 0; i < 4000; i++) deep = `{"a":${deep}}`;
    const nested = await t.http
      .post('/api/v1/patients')
      .set('authorization', c.therapist.auth)
      .set('content-type', 'application/json')
      .send(`{"recordNumber":${deep}}`);
    expectErrorShape(nested, 400, 'VALIDATION_FAILED');
    expect(nested.body.details[0].issue).toBe('is nested more than 32 levels deep');
    expect(await t.db.query('SELECT count(*)::int AS n FROM patient')).toMatchObject({ rows: before.rows });
  });

  it('answers a body that is not JSON with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const type of ['application/xml', 'multipart/form-data; boundary=x', 'application/octet-stream']) {
      const response = await t.http.post('/api/v1/auth/login').set('content-type', type).send('<email>x</email>');
      expectErrorShape(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expectNoLeak(response);
    }
    // Fastify parses text/plain into a string, which no route accepts as its body (400); 415 is fine too.
    const before = await t.db.query('SELECT count(*)::int AS n FROM patient');
    const text = await t.http
      .post('/api/v1/patients')
      .set('authorization', c.therapist.auth)
      .set('content-type', 'text/plain')
      .send('hello');
    expect([400, 415]).toContain(text.status);
    expectErrorShape(text, text.status);
    expect((await t.db.query('SELECT count(*)::int AS n FROM patient')).rows).toEqual(before.rows);
  });

  it('does not sign anyone in from an HTML form post (no login CSRF): the API takes JSON only', async () => {
    // A cross-site <form> can send application/x-www-form-urlencoded or text/plain without a CORS
    // preflight. Accepting it would let another site sign a therapist into the attacker's account.
    const before = await t.db.query('SELECT count(*)::int AS n FROM refresh_token');
    const form = await t.http
      .post('/api/v1/auth/login')
      .set('content-type', 'application/x-www-form-urlencoded')
      .send(`email=${encodeURIComponent(c.admin.email)}&password=${encodeURIComponent(TEST_PASSWORD)}`);
    expectErrorShape(form, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(form.headers['set-cookie']).toBeUndefined();
    const plain = await t.http
      .post('/api/v1/auth/login')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ email: c.admin.email, password: TEST_PASSWORD }));
    expect([400, 415]).toContain(plain.status);
    expect(plain.headers['set-cookie']).toBeUndefined();
    expect((await t.db.query('SELECT count(*)::int AS n FROM refresh_token')).rows).toEqual(before.rows);
  });

  it('answers a malformed UUID in the path with 400, before touching the database', async () => {
    for (const id of [
      'not-a-uuid',
      '12345',
      "1' OR '1'='1",
      'c232ab00-9414-11ec-b3c8-9e6bdeced846',
      '00000000-0000-4000-8000-00000000000g',
    ]) {
      for (const path of [
        `/api/v1/patients/${encodeURIComponent(id)}`,
        `/api/v1/users/${encodeURIComponent(id)}`,
        `/api/v1/episodes/${encodeURIComponent(id)}`,
      ]) {
        const response = await t.http.get(path).set('authorization', c.admin.auth);
        expect({ path, status: response.status }).toEqual({ path, status: 400 });
        expectErrorShape(response, 400, 'VALIDATION_FAILED');
        expectNoLeak(response);
      }
    }
  });

  it('never sends a stack, SQL text or internal names in any error', async () => {
    const patient = await createPatient(t, c.therapist);
    const user = (
      await t.http
        .post('/api/v1/users')
        .set('authorization', c.admin.auth)
        .send({
          email: `leak.${randomBytes(4).toString('hex')}@clinic.test`,
          displayName: 'Leak check',
          role: 'assistant',
          password: TEST_PASSWORD,
        })
    ).body as User;
    const responses: [number, Response][] = [
      [
        400,
        await t.http
          .post('/api/v1/patients')
          .set('authorization', c.therapist.auth)
          .send({ ...patientInput(), dateOfBirth: '2001-02-30', sex: 'x' }),
      ],
      [401, await t.http.get('/api/v1/patients')],
      [401, await t.http.get('/api/v1/patients').set('authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x')],
      [401, await t.http.post('/api/v1/auth/login').send({ email: c.admin.email, password: 'wrong-password' })],
      [401, await t.http.post('/api/v1/auth/refresh').send({ refreshToken: 'nope' })],
      [403, await t.http.post('/api/v1/users').set('authorization', c.assistant.auth).send({})],
      [
        404,
        await t.http.get('/api/v1/patients/00000000-0000-4000-8000-000000000000').set('authorization', c.admin.auth),
      ],
      // Unique constraints fire in PostgreSQL: their SQL, constraint and values must stay inside.
      [
        409,
        await t.http
          .post('/api/v1/users')
          .set('authorization', c.admin.auth)
          .send({ email: user.email, displayName: 'Again', role: 'assistant', password: TEST_PASSWORD }),
      ],
      [
        409,
        await t.http
          .post('/api/v1/patients')
          .set('authorization', c.therapist.auth)
          .send(patientInput({ recordNumber: patient.recordNumber })),
      ],
      [
        409,
        await t.http
          .patch(`/api/v1/patients/${patient.id}`)
          .set('authorization', c.therapist.auth)
          .send({ familyName: 'X', version: 99 }),
      ],
      [
        409,
        await t.http
          .patch(`/api/v1/users/${c.admin.id}`)
          .set('authorization', c.admin.auth)
          .send({ role: 'assistant', version: 1 }),
      ],
    ];
    for (const [status, response] of responses) {
      expectErrorShape(response, status);
      expectNoLeak(response);
    }
    // The duplicate email's value is not echoed back either.
    expect(responses[7]![1].text).not.toContain(user.email);
  });
});

describe('correlation ids and caching', () => {
  it('echoes a safe X-Request-Id as x-correlation-id and in the error body', async () => {
    const error = await t.http.get('/api/v1/nothing-here').set('x-request-id', 'abcdef123456');
    expect(error.headers['x-correlation-id']).toBe('abcdef123456');
    expect((error.body as ApiError).correlationId).toBe('abcdef123456');
    const ok = await t.http.get('/api/health').set('x-request-id', 'gateway.req-42_abc');
    expect(ok.headers['x-correlation-id']).toBe('gateway.req-42_abc');
    const unauthenticated = await t.http.get('/api/v1/me').set('x-request-id', 'abcdef123456');
    expect((unauthenticated.body as ApiError).correlationId).toBe('abcdef123456');
  });

  it('replaces an unsafe or odd-sized X-Request-Id with a fresh UUID', async () => {
    const seen = new Set<string>();
    for (const unsafe of [
      '<script>',
      '<script>alert(1)</script>',
      'abc',
      'a'.repeat(65),
      'abcdef12 3456',
      'abcdef123456\u00e9',
      '../../etc/passwd',
    ]) {
      const response = await t.http.get('/api/v1/nothing-here').set('x-request-id', unsafe);
      const header = response.headers['x-correlation-id'] as string;
      expect(header).toMatch(UUID_V4);
      expect((response.body as ApiError).correlationId).toBe(header);
      expect(response.text).not.toContain('<script>');
      seen.add(header);
    }
    expect(seen.size).toBe(7);
  });

  it('marks every API response, success or error, cache-control: no-store', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ email: c.admin.email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const responses = [
      login,
      await t.http.get('/api/health'),
      await t.http.get('/api/v1/me').set('authorization', c.admin.auth),
      await t.http.get('/api/v1/patients?q=x').set('authorization', c.admin.auth),
      await t.http.get('/api/v1/users').set('authorization', c.admin.auth),
      await t.http.get('/api/v1/me'),
      await t.http.get('/api/v1/users').set('authorization', c.assistant.auth),
      await t.http.get('/api/v1/nothing-here'),
      await t.http.post('/api/v1/auth/login').send({}),
      await t.http.post('/api/v1/auth/logout').send({}),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 401, 403, 404, 400, 204]);
    for (const response of responses) expect(response.headers['cache-control']).toBe('no-store');
  });
});

// Runs last: @nestjs/passport keeps its strategies on the process-wide passport instance, so once a
// second app has started, the first app's guards would use the second app's strategies and database.
// Nothing uses `t` from here on.
describe('a second app: body limit, unexpected failures, database down', () => {
  let small: TestApp;
  let s: TestClinic;

  beforeAll(async () => {
    // The default limit (1 MiB) takes a body the small app refuses: checked before the second app exists.
    const body = { email: 'someone@clinic.test', password: 'p'.repeat(100), padding: 'x'.repeat(3000) };
    const roomy = await t.http.post('/api/v1/auth/login').send(body);
    expect(roomy.status).toBe(400);
    small = await startTestApp({ BODY_LIMIT_BYTES: '2048' });
    small.db.on('error', () => undefined); // idle clients are terminated on purpose below
    s = await createClinic(small, 'Small clinic');
  });
  afterAll(() => small.close());

  it('refuses a body over BODY_LIMIT_BYTES with 413 PAYLOAD_TOO_LARGE and accepts one under it', async () => {
    const over = await small.http
      .post('/api/v1/auth/login')
      .send({ email: 'someone@clinic.test', password: 'x'.repeat(100), padding: 'x'.repeat(3000) });
    expectErrorShape(over, 413, 'PAYLOAD_TOO_LARGE');
    expect(over.headers['cache-control']).toBe('no-store');
    expectNoLeak(over);

    const before = await small.db.query('SELECT count(*)::int AS n FROM patient');
    const bigPatient = await small.http
      .post('/api/v1/patients')
      .set('authorization', s.therapist.auth)
      .send({ ...patientInput(), notes: 'x'.repeat(4000) });
    expectErrorShape(bigPatient, 413, 'PAYLOAD_TOO_LARGE');
    expect((await small.db.query('SELECT count(*)::int AS n FROM patient')).rows).toEqual(before.rows);

    const under = await small.http.post('/api/v1/auth/login').send({ email: s.admin.email, password: TEST_PASSWORD });
    expect(under.status).toBe(200);
  });

  it('answers an unexpected database failure with a bare 500 INTERNAL_ERROR that leaks nothing', async () => {
    await small.db.query('ALTER TABLE patient RENAME TO patient_moved_away');
    try {
      const response = await small.http
        .get('/api/v1/patients')
        .set('authorization', s.therapist.auth)
        .set('x-request-id', 'failure-0001');
      expectErrorShape(response, 500, 'INTERNAL_ERROR');
      expect(response.body).toEqual({
        statusCode: 500,
        code: 'INTERNAL_ERROR',
        message: expect.any(String),
        correlationId: 'failure-0001',
      });
      expectNoLeak(response);
      expect(response.text).not.toContain('patient_moved_away');
      expect(response.headers['cache-control']).toBe('no-store');
    } finally {
      await small.db.query('ALTER TABLE patient_moved_away RENAME TO patient');
    }
    expect((await small.http.get('/api/v1/patients').set('authorization', s.therapist.auth)).status).toBe(200);
  });

  it('reports 503 {status: unavailable, database: down} while the database refuses connections, and recovers', async () => {
    const database = new URL(small.databaseUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env['PROPRIO_TEST_ADMIN_URL'] });
    await admin.connect();
    // TypeORM warns on the console when its idle connections are terminated: expected here.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [database],
      );
      const down = await small.http.get('/api/health');
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: 'unavailable', database: 'down' });
      expect(down.headers['cache-control']).toBe('no-store');
    } finally {
      await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    warn.mockRestore();
    const up = await small.http.get('/api/health');
    expect(up.status).toBe(200);
    expect(up.body).toEqual({ status: 'ok', database: 'up' });
  });
});
