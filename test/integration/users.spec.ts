import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  PROFESSIONAL_TITLE_MAX_LENGTH,
  ROLE_PERMISSIONS,
  type ApiError,
  type Page,
  type TokenResponse,
  type User,
} from '@proprio/contracts';
import { countRows, createClinic, type TestClinic } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let a: TestClinic;
let b: TestClinic;

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t, 'Users clinic A');
  b = await createClinic(t, 'Users clinic B');
});
afterAll(() => t.close());

const USER_KEYS = [
  'createdAt',
  'disabled',
  'displayName',
  'email',
  'id',
  'professionalTitle',
  'role',
  'updatedAt',
  'version',
];
const NEW_PASSWORD = 'a-long-enough-passphrase';
const ARGON2ID_HASH = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/;
const uniqueEmail = (prefix = 'user') => `${prefix}.${randomBytes(4).toString('hex')}@clinic.test`;

function userInput(overrides: Record<string, unknown> = {}) {
  return {
    email: uniqueEmail(),
    displayName: 'Alex Morgan, PT',
    role: 'therapist',
    password: NEW_PASSWORD,
    ...overrides,
  };
}

async function createUser(overrides: Record<string, unknown> = {}): Promise<User> {
  const response = await t.http.post('/api/v1/users').set('authorization', a.admin.auth).send(userInput(overrides));
  expect(response.status).toBe(201);
  return response.body as User;
}

const readRow = async (id: string) =>
  (
    await t.db.query(
      'SELECT clinic_id, email, display_name, role, professional_title, disabled_at, version FROM app_user WHERE id = $1',
      [id],
    )
  ).rows[0] as Record<string, unknown> | undefined;

const fields = (body: unknown) => (body as ApiError).details?.map((d) => d.field);

describe('listing users', () => {
  it('shows an admin only the users of their own clinic, without secrets', async () => {
    const clinic = await createClinic(t, 'Listing clinic');
    const response = await t.http.get('/api/v1/users').set('authorization', clinic.admin.auth);
    expect(response.status).toBe(200);
    const page = response.body as Page<User>;
    expect(page).toMatchObject({ total: 3, limit: expect.any(Number), offset: 0 });
    expect(page.items.map((u) => u.email).sort()).toEqual(
      [clinic.admin.email, clinic.assistant.email, clinic.therapist.email].sort(),
    );
    for (const item of page.items) expect(Object.keys(item).sort()).toEqual(USER_KEYS);

    const ofA = await t.http.get('/api/v1/users?limit=100').set('authorization', a.admin.auth);
    const emails = (ofA.body as Page<User>).items.map((u) => u.email);
    expect(emails).toContain(a.therapist.email);
    for (const foreign of [b.admin.email, b.therapist.email, clinic.admin.email]) expect(emails).not.toContain(foreign);
    const inA = await t.db.query<{ n: string }>('SELECT count(*)::text AS n FROM app_user WHERE clinic_id = $1', [
      a.id,
    ]);
    expect((ofA.body as Page<User>).total).toBe(Number(inA.rows[0]!.n));
  });

  it('pages the list and refuses an oversized page', async () => {
    const clinic = await createClinic(t, 'Paging clinic');
    const first = await t.http.get('/api/v1/users?limit=2&offset=0').set('authorization', clinic.admin.auth);
    const second = await t.http.get('/api/v1/users?limit=2&offset=2').set('authorization', clinic.admin.auth);
    expect((first.body as Page<User>).items).toHaveLength(2);
    expect((second.body as Page<User>).items).toHaveLength(1);
    expect((first.body as Page<User>).total).toBe(3);
    const all = [...(first.body as Page<User>).items, ...(second.body as Page<User>).items].map((u) => u.id);
    expect(new Set(all).size).toBe(3);
    const tooBig = await t.http.get('/api/v1/users?limit=100000').set('authorization', clinic.admin.auth);
    expect(tooBig.status).toBe(400);
    expect(fields(tooBig.body)).toContain('limit');
  });
});

describe('creating users', () => {
  it('creates a user in the admin’s clinic with a lower-cased email and returns no secret', async () => {
    const email = uniqueEmail('New.Person').toUpperCase();
    const response = await t.http
      .post('/api/v1/users')
      .set('authorization', a.admin.auth)
      .send(userInput({ email: `  ${email} `, displayName: '  Sam Lee  ', role: 'assistant' }));
    expect(response.status).toBe(201);
    const user = response.body as User;
    expect(Object.keys(user).sort()).toEqual(USER_KEYS);
    expect(JSON.stringify(user)).not.toMatch(/argon|password|hash|token/i);
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      displayName: 'Sam Lee',
      role: 'assistant',
      disabled: false,
      version: 1,
    });
    expect(user.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const row = await t.db.query(
      'SELECT clinic_id, email, role, password_hash, disabled_at FROM app_user WHERE id = $1',
      [user.id],
    );
    expect(row.rows[0]).toMatchObject({
      clinic_id: a.id,
      email: email.toLowerCase(),
      role: 'assistant',
      disabled_at: null,
    });
    expect((row.rows[0] as { password_hash: string }).password_hash).toMatch(ARGON2ID_HASH);

    const read = await t.http.get(`/api/v1/users/${user.id}`).set('authorization', a.admin.auth);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(user);
  });

  it('lets the new user sign in with their password, in their clinic and role', async () => {
    const input = userInput({ role: 'assistant' });
    const user = (await t.http.post('/api/v1/users').set('authorization', a.admin.auth).send(input)).body as User;
    const login = await t.http.post('/api/v1/auth/login').send({ email: input.email, password: NEW_PASSWORD });
    expect(login.status).toBe(200);
    expect((login.body as TokenResponse).user).toEqual({
      id: user.id,
      clinicId: a.id,
      clinicName: 'Users clinic A',
      email: input.email,
      displayName: input.displayName,
      role: 'assistant',
      permissions: [...ROLE_PERMISSIONS.assistant],
    });
    const wrong = await t.http.post('/api/v1/auth/login').send({ email: input.email, password: `${NEW_PASSWORD}x` });
    expect(wrong.status).toBe(401);
  });

  it('refuses a duplicate email with 409 EMAIL_TAKEN, in any case and from any clinic', async () => {
    const existing = await createUser();
    const before = await countRows(t, 'app_user');
    for (const [admin, email] of [
      [a.admin, existing.email],
      [a.admin, existing.email.toUpperCase()],
      [b.admin, existing.email],
    ] as const) {
      const response = await t.http.post('/api/v1/users').set('authorization', admin.auth).send(userInput({ email }));
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        statusCode: 409,
        code: 'EMAIL_TAKEN',
        details: [{ field: 'email', issue: expect.any(String) }],
      });
      expect(JSON.stringify(response.body)).not.toMatch(/uq_app_user_email|duplicate key|app_user/);
    }
    expect(await countRows(t, 'app_user')).toBe(before);
  });

  it('refuses invalid input with a 400 naming each field, and writes nothing', async () => {
    const before = await countRows(t, 'app_user');
    const cases: [Record<string, unknown>, string[]][] = [
      [{ password: 'elevenchars' }, ['password']],
      [{ password: 'x'.repeat(129) }, ['password']],
      [{ role: 'superuser' }, ['role']],
      [{ role: 'Admin' }, ['role']],
      [{ email: 'not-an-email' }, ['email']],
      [{ displayName: '   ' }, ['displayName']],
      [{ email: undefined, role: undefined }, ['email', 'role']],
    ];
    for (const [overrides, expected] of cases) {
      const response = await t.http.post('/api/v1/users').set('authorization', a.admin.auth).send(userInput(overrides));
      expect({ overrides, status: response.status }).toEqual({ overrides, status: 400 });
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect([...new Set(fields(response.body))].sort()).toEqual(expected);
    }
    expect(await countRows(t, 'app_user')).toBe(before);
  });

  it('refuses clinicId (or any unknown field) in the body: no mass assignment', async () => {
    const before = await countRows(t, 'app_user');
    const input = userInput({ clinicId: b.id });
    const response = await t.http.post('/api/v1/users').set('authorization', a.admin.auth).send(input);
    expect(response.status).toBe(400);
    expect((response.body as ApiError).details).toEqual([{ field: 'clinicId', issue: 'is not a recognised field' }]);
    for (const extra of [
      { passwordHash: '$argon2id$v=19$m=1,t=1,p=1$x$y' },
      { disabledAt: null },
      { version: 9 },
      { id: a.admin.id },
    ]) {
      const rejected = await t.http
        .post('/api/v1/users')
        .set('authorization', a.admin.auth)
        .send({ ...userInput(), ...extra });
      expect(rejected.status).toBe(400);
      expect(fields(rejected.body)).toEqual(Object.keys(extra));
    }
    expect(await countRows(t, 'app_user')).toBe(before);
    expect((await t.db.query('SELECT 1 FROM app_user WHERE email = $1', [input.email])).rowCount).toBe(0);
  });
});

describe('changing users', () => {
  it('changes a role with the version read and refuses a stale version with 409, keeping the first write', async () => {
    const user = await createUser({ role: 'therapist' });
    const changed = await t.http
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', a.admin.auth)
      .send({ role: 'assistant', version: user.version });
    expect(changed.status).toBe(200);
    expect(Object.keys(changed.body as object).sort()).toEqual(USER_KEYS);
    expect(changed.body).toMatchObject({ id: user.id, role: 'assistant', version: user.version + 1 });

    const stale = await t.http
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', a.admin.auth)
      .send({ role: 'admin', version: user.version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: [{ field: 'version' }] });
    expect(await readRow(user.id)).toMatchObject({ role: 'assistant', version: 2 });

    const noVersion = await t.http
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', a.admin.auth)
      .send({ role: 'admin' });
    expect(noVersion.status).toBe(400);
    expect(fields(noVersion.body)).toContain('version');
    const nullRole = await t.http
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', a.admin.auth)
      .send({ role: null, version: 2 });
    expect(nullRole.status).toBe(400);
    expect(fields(nullRole.body)).toContain('role');
    expect(await readRow(user.id)).toMatchObject({ role: 'assistant', version: 2 });
  });

  it('applies a role change to the user’s very next request', async () => {
    const input = userInput({ role: 'therapist' });
    const user = (await t.http.post('/api/v1/users').set('authorization', a.admin.auth).send(input)).body as User;
    const token = (
      (await t.http.post('/api/v1/auth/login').send({ email: input.email, password: NEW_PASSWORD }))
        .body as TokenResponse
    ).accessToken;
    expect((await t.http.get('/api/v1/users').set('authorization', `Bearer ${token}`)).status).toBe(200);
    const demoted = await t.http
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', a.admin.auth)
      .send({ role: 'assistant', version: user.version });
    expect(demoted.status).toBe(200);
    expect((await t.http.get('/api/v1/users').set('authorization', `Bearer ${token}`)).status).toBe(403);
    expect((await t.http.get('/api/v1/me').set('authorization', `Bearer ${token}`)).body).toMatchObject({
      role: 'assistant',
    });
  });

  it('disables and re-enables a user', async () => {
    const input = userInput();
    const user = (await t.http.post('/api/v1/users').set('authorization', a.admin.auth).send(input)).body as User;
    const disabled = await t.http
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', a.admin.auth)
      .send({ disabled: true, version: 1 });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ disabled: true, version: 2 });
    expect((await readRow(user.id))!['disabled_at']).toBeInstanceOf(Date);
    expect((await t.http.post('/api/v1/auth/login').send({ email: input.email, password: NEW_PASSWORD })).status).toBe(
      401,
    );

    const enabled = await t.http
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', a.admin.auth)
      .send({ disabled: false, version: 2 });
    expect(enabled.body).toMatchObject({ disabled: false, version: 3 });
    expect((await t.http.post('/api/v1/auth/login').send({ email: input.email, password: NEW_PASSWORD })).status).toBe(
      200,
    );
  });

  it('does not let an admin change their own role or disable themself (409), but they may rename themself', async () => {
    const clinic = await createClinic(t, 'Self clinic');
    const before = await readRow(clinic.admin.id);
    for (const change of [
      { role: 'therapist' },
      { disabled: true },
      { role: 'admin' },
      { disabled: false, displayName: 'Boss' },
    ]) {
      const response = await t.http
        .patch(`/api/v1/users/${clinic.admin.id}`)
        .set('authorization', clinic.admin.auth)
        .send({ ...change, version: 1 });
      expect({ change, status: response.status }).toEqual({ change, status: 409 });
      expect(response.body).toMatchObject({ code: 'CANNOT_CHANGE_OWN_ACCOUNT' });
    }
    expect(await readRow(clinic.admin.id)).toEqual(before);
    expect(
      (await t.db.query('SELECT 1 FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL', [clinic.admin.id]))
        .rowCount,
    ).toBe(1);

    const renamed = await t.http
      .patch(`/api/v1/users/${clinic.admin.id}`)
      .set('authorization', clinic.admin.auth)
      .send({ displayName: 'Head of clinic', version: 1 });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ displayName: 'Head of clinic', role: 'admin', disabled: false, version: 2 });
  });

  it('refuses a malformed id with 400 and an unknown one with 404 USER_NOT_FOUND', async () => {
    const malformed = await t.http.get('/api/v1/users/not-a-uuid').set('authorization', a.admin.auth);
    expect(malformed.status).toBe(400);
    const unknown = await t.http
      .get('/api/v1/users/00000000-0000-4000-8000-000000000000')
      .set('authorization', a.admin.auth);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'USER_NOT_FOUND' });
  });
});

describe('professional title', () => {
  const titleOf = async (id: string) =>
    (
      await t.db.query<{ professional_title: string | null }>('SELECT professional_title FROM app_user WHERE id = $1', [
        id,
      ])
    ).rows[0]!.professional_title;

  it('is stored trimmed on create, shown on read and in the list, and null when not given', async () => {
    const titled = await createUser({ professionalTitle: '  PT, DPT  ' });
    expect(titled.professionalTitle).toBe('PT, DPT');
    expect(await titleOf(titled.id)).toBe('PT, DPT');
    const read = await t.http.get(`/api/v1/users/${titled.id}`).set('authorization', a.admin.auth);
    expect((read.body as User).professionalTitle).toBe('PT, DPT');
    const list = await t.http.get('/api/v1/users?limit=100').set('authorization', a.therapist.auth);
    expect((list.body as Page<User>).items.find((u) => u.id === titled.id)?.professionalTitle).toBe('PT, DPT');

    for (const absent of [{}, { professionalTitle: null }, { professionalTitle: '   ' }]) {
      const untitled = await createUser(absent);
      expect({ absent, title: untitled.professionalTitle }).toEqual({ absent, title: null });
      expect(await titleOf(untitled.id)).toBeNull();
    }
  });

  it('is changed with the version read, kept when left out, and cleared by an empty string or null', async () => {
    const user = await createUser({ professionalTitle: 'PTA' });
    const send = (body: Record<string, unknown>) =>
      t.http.patch(`/api/v1/users/${user.id}`).set('authorization', a.admin.auth).send(body);

    const changed = await send({ professionalTitle: ' PT, OCS ', version: 1 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ professionalTitle: 'PT, OCS', version: 2 });
    const renamed = await send({ displayName: 'Renamed', version: 2 });
    expect(renamed.body).toMatchObject({ displayName: 'Renamed', professionalTitle: 'PT, OCS', version: 3 });
    const emptied = await send({ professionalTitle: '', version: 3 });
    expect(emptied.body).toMatchObject({ professionalTitle: null, version: 4 });
    expect(await titleOf(user.id)).toBeNull();
    expect((await send({ professionalTitle: 'PT', version: 4 })).body).toMatchObject({ professionalTitle: 'PT' });
    const nulled = await send({ professionalTitle: null, version: 5 });
    expect(nulled.body).toMatchObject({ professionalTitle: null, version: 6 });
    expect(await titleOf(user.id)).toBeNull();
  });

  it('lets an admin give themself a title (it is not a change of role)', async () => {
    const clinic = await createClinic(t, 'Titled admin clinic');
    const response = await t.http
      .patch(`/api/v1/users/${clinic.admin.id}`)
      .set('authorization', clinic.admin.auth)
      .send({ professionalTitle: 'PT, DPT', version: 1 });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ professionalTitle: 'PT, DPT', role: 'admin' });
  });

  it('takes exactly 60 characters, and refuses 61, a non-string or a line break with 400; nothing written', async () => {
    const longest = 'P'.repeat(PROFESSIONAL_TITLE_MAX_LENGTH);
    expect((await createUser({ professionalTitle: longest })).professionalTitle).toBe(longest);

    const before = await countRows(t, 'app_user');
    for (const refused of ['P'.repeat(PROFESSIONAL_TITLE_MAX_LENGTH + 1), 42, ['PT'], 'PT\nDPT', 'PT\tDPT']) {
      const response = await t.http
        .post('/api/v1/users')
        .set('authorization', a.admin.auth)
        .send(userInput({ professionalTitle: refused }));
      expect({ refused, status: response.status }).toEqual({ refused, status: 400 });
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(fields(response.body)).toEqual(['professionalTitle']);
    }
    expect(await countRows(t, 'app_user')).toBe(before);

    const user = await createUser({ professionalTitle: 'PT' });
    const rowBefore = await readRow(user.id);
    const tooLong = await t.http
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', a.admin.auth)
      .send({ professionalTitle: 'x'.repeat(PROFESSIONAL_TITLE_MAX_LENGTH + 1), version: 1 });
    expect(tooLong.status).toBe(400);
    expect(fields(tooLong.body)).toEqual(['professionalTitle']);
    expect(await readRow(user.id)).toEqual(rowBefore);
    expect(await titleOf(user.id)).toBe('PT');
  });
});

describe('users: tenant isolation', () => {
  it('clinic B’s admin cannot read or change clinic A’s user (404, same as unknown, row unchanged)', async () => {
    const input = userInput({ role: 'therapist', displayName: 'Only in A' });
    const user = (await t.http.post('/api/v1/users').set('authorization', a.admin.auth).send(input)).body as User;
    const session = (await t.http.post('/api/v1/auth/login').send({ email: input.email, password: NEW_PASSWORD }))
      .body as TokenResponse;
    const before = await readRow(user.id);

    const missing = await t.http
      .get('/api/v1/users/00000000-0000-4000-8000-000000000000')
      .set('authorization', b.admin.auth);
    const read = await t.http.get(`/api/v1/users/${user.id}`).set('authorization', b.admin.auth);
    expect(read.status).toBe(404);
    expect(read.body).toMatchObject({ code: 'USER_NOT_FOUND' });
    expect({ ...read.body, correlationId: '' }).toEqual({ ...missing.body, correlationId: '' });

    for (const change of [
      { role: 'admin' },
      { disabled: true },
      { displayName: 'Hijacked' },
      { professionalTitle: 'MD' },
    ]) {
      const response = await t.http
        .patch(`/api/v1/users/${user.id}`)
        .set('authorization', b.admin.auth)
        .send({ ...change, version: user.version });
      expect({ change, status: response.status }).toEqual({ change, status: 404 });
      expect({ ...response.body, correlationId: '' }).toEqual({ ...missing.body, correlationId: '' });
    }
    expect(await readRow(user.id)).toEqual(before);
    expect(before).toMatchObject({
      clinic_id: a.id,
      role: 'therapist',
      display_name: 'Only in A',
      professional_title: null,
      disabled_at: null,
      version: 1,
    });
    // The attempted disable did not end the user's sessions either.
    const refreshed = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken });
    expect(refreshed.status).toBe(200);

    const listB = await t.http.get('/api/v1/users?limit=100').set('authorization', b.admin.auth);
    expect((listB.body as Page<User>).items.map((u) => u.id)).not.toContain(user.id);
  });
});
