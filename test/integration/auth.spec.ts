import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ROLE_PERMISSIONS, type ApiError, type Role, type TokenResponse, type User } from '@proprio/contracts';
import type { Response } from 'supertest';
import { countRows, createClinic, TEST_PASSWORD, type TestClinic, type TestUser } from '../support/factories.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';

let t: TestApp;
let c: TestClinic;
let other: TestClinic;

beforeAll(async () => {
  t = await startTestApp();
  c = await createClinic(t, 'Auth clinic');
  other = await createClinic(t, 'Other clinic');
});
afterAll(() => t.close());

const LOGIN = '/api/v1/auth/login';
const REFRESH = '/api/v1/auth/refresh';
const LOGOUT = '/api/v1/auth/logout';
const ARGON2ID_HASH = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A user created through the admin API, so each test can change or disable its own account. */
async function newUser(
  role: Role = 'therapist',
  password = TEST_PASSWORD,
): Promise<{ id: string; email: string; version: number }> {
  const email = `auth.${randomBytes(4).toString('hex')}@clinic.test`;
  const response = await t.http
    .post('/api/v1/users')
    .set('authorization', c.admin.auth)
    .send({ email, displayName: `Auth ${role}`, role, password });
  expect(response.status).toBe(201);
  const user = response.body as User;
  return { id: user.id, email, version: user.version };
}

async function signIn(email: string, password = TEST_PASSWORD): Promise<TokenResponse> {
  const response = await t.http.post(LOGIN).send({ email, password });
  expect(response.status).toBe(200);
  return response.body as TokenResponse;
}

/** The `proprio_refresh` Set-Cookie line of a response, split into its value and attributes. */
function refreshCookie(response: Response): { value: string; attributes: string[] } | undefined {
  const header = response.headers['set-cookie'] as unknown as string[] | string | undefined;
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  const line = lines.find((l) => l.startsWith('proprio_refresh='));
  if (!line) return undefined;
  const [pair, ...attributes] = line.split(';').map((part) => part.trim());
  return { value: decodeURIComponent(pair!.slice('proprio_refresh='.length)), attributes };
}

const decodePart = (part: string) =>
  JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;

/** A hand-made JWT, HMAC-signed unless `alg` is `none`. */
function forge(payload: Record<string, unknown>, options: { alg?: string; secret?: string } = {}): string {
  const alg = options.alg ?? 'HS256';
  const head = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  if (alg === 'none') return `${head}.${body}.`;
  const digest = alg === 'HS512' ? 'sha512' : 'sha256';
  const signature = createHmac(digest, options.secret ?? TEST_JWT_SECRET)
    .update(`${head}.${body}`)
    .digest('base64url');
  return `${head}.${body}.${signature}`;
}

function claimsFor(user: TestUser, clinicId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: user.id,
    cid: clinicId,
    role: user.role,
    typ: 'access',
    iss: 'proprio',
    aud: 'proprio-api',
    iat: now,
    exp: now + 300,
    ...overrides,
  };
}

function expectUnauthenticated(response: Response): void {
  expect(response.status).toBe(401);
  expect(response.body).toEqual({
    statusCode: 401,
    code: 'UNAUTHENTICATED',
    message: expect.any(String),
    correlationId: response.headers['x-correlation-id'],
  });
}

function expectInvalidRefresh(response: Response): void {
  expect(response.status).toBe(401);
  expect(response.body).toMatchObject({ statusCode: 401, code: 'INVALID_REFRESH_TOKEN' });
}

describe('login', () => {
  it('returns an access token, a refresh token and the user, and sets the refresh cookie', async () => {
    const before = await countRows(t, 'refresh_token');
    const response = await t.http.post(LOGIN).send({ email: c.therapist.email, password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    const body = response.body as TokenResponse;
    expect(Object.keys(body).sort()).toEqual([
      'accessToken',
      'expiresIn',
      'refreshExpiresAt',
      'refreshToken',
      'tokenType',
      'user',
    ]);
    expect(body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    expect(body.user).toEqual({
      id: c.therapist.id,
      clinicId: c.id,
      clinicName: 'Auth clinic',
      email: c.therapist.email,
      displayName: 'Test therapist',
      role: 'therapist',
      permissions: [...ROLE_PERMISSIONS.therapist],
    });

    // A compact HS256 JWT carrying the user, clinic and role, for this issuer and audience, 15 minutes long.
    const parts = body.accessToken.split('.');
    expect(parts).toHaveLength(3);
    expect(decodePart(parts[0]!)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = decodePart(parts[1]!);
    expect(claims).toMatchObject({
      sub: c.therapist.id,
      cid: c.id,
      role: 'therapist',
      typ: 'access',
      iss: 'proprio',
      aud: 'proprio-api',
    });
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(900);
    expect(Math.abs(Number(claims['iat']) - Date.now() / 1000)).toBeLessThan(60);
    const expectedSignature = createHmac('sha256', TEST_JWT_SECRET)
      .update(`${parts[0]}.${parts[1]}`)
      .digest('base64url');
    expect(parts[2]).toBe(expectedSignature);

    // An opaque refresh token (not a JWT), valid 12 hours, stored only as its SHA-256.
    expect(body.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const refreshExpiresAt = Date.parse(body.refreshExpiresAt);
    expect(Math.abs(refreshExpiresAt - (Date.now() + 12 * 3600 * 1000))).toBeLessThan(60_000);
    expect(await countRows(t, 'refresh_token')).toBe(before + 1);
    const stored = await t.db.query('SELECT user_id, revoked_at FROM refresh_token WHERE token_hash = $1', [
      sha256(body.refreshToken),
    ]);
    expect(stored.rows).toEqual([{ user_id: c.therapist.id, revoked_at: null }]);
    const raw = await t.db.query('SELECT 1 FROM refresh_token WHERE token_hash = $1', [body.refreshToken]);
    expect(raw.rowCount).toBe(0);

    const cookie = refreshCookie(response);
    expect(cookie?.value).toBe(body.refreshToken);
    const attributes = cookie!.attributes.map((a) => a.toLowerCase());
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=strict');
    expect(attributes).toContain('path=/api/v1/auth');
    const expires = cookie!.attributes.find((a) => a.toLowerCase().startsWith('expires='));
    expect(Math.abs(Date.parse(expires!.slice('expires='.length)) - refreshExpiresAt)).toBeLessThan(2000);
  });

  it('accepts the email in any case and with surrounding spaces', async () => {
    const response = await t.http
      .post(LOGIN)
      .send({ email: `  ${c.assistant.email.toUpperCase()} `, password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    expect((response.body as TokenResponse).user.id).toBe(c.assistant.id);
  });

  it('gives the same answer for an unknown email and a wrong password, and starts no session', async () => {
    const before = await countRows(t, 'refresh_token');
    const unknown = await t.http.post(LOGIN).send({ email: 'nobody.here@clinic.test', password: TEST_PASSWORD });
    const wrong = await t.http.post(LOGIN).send({ email: c.therapist.email, password: 'not-the-password' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
    expect({ ...unknown.body, correlationId: 'x' }).toEqual({ ...wrong.body, correlationId: 'x' });
    expect(Object.keys(unknown.body as object).sort()).toEqual(['code', 'correlationId', 'message', 'statusCode']);
    expect(refreshCookie(unknown)).toBeUndefined();
    expect(refreshCookie(wrong)).toBeUndefined();
    expect(await countRows(t, 'refresh_token')).toBe(before);
  });

  it('refuses a missing or malformed email with a 400 naming the field', async () => {
    const before = await countRows(t, 'refresh_token');
    for (const body of [
      { password: TEST_PASSWORD },
      { email: 'not-an-email', password: TEST_PASSWORD },
      { email: 42, password: TEST_PASSWORD },
    ]) {
      const response = await t.http.post(LOGIN).send(body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(new Set((response.body as ApiError).details?.map((d) => d.field))).toEqual(new Set(['email']));
    }
    const noPassword = await t.http.post(LOGIN).send({ email: c.therapist.email });
    expect(noPassword.status).toBe(400);
    expect((noPassword.body as ApiError).details?.map((d) => d.field)).toContain('password');
    const extra = await t.http.post(LOGIN).send({ email: c.therapist.email, password: TEST_PASSWORD, role: 'admin' });
    expect(extra.status).toBe(400);
    expect((extra.body as ApiError).details).toEqual([{ field: 'role', issue: 'is not a recognised field' }]);
    expect(await countRows(t, 'refresh_token')).toBe(before);
  });

  it('does not let a disabled user sign in, with the same answer as a wrong password', async () => {
    const user = await newUser();
    const disabled = await t.http
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', c.admin.auth)
      .send({ disabled: true, version: user.version });
    expect(disabled.status).toBe(200);
    const refused = await t.http.post(LOGIN).send({ email: user.email, password: TEST_PASSWORD });
    const wrong = await t.http.post(LOGIN).send({ email: user.email, password: 'not-the-password' });
    expect(refused.status).toBe(401);
    expect({ ...refused.body, correlationId: 'x' }).toEqual({ ...wrong.body, correlationId: 'x' });
    expect(refreshCookie(refused)).toBeUndefined();
    expect(await t.db.query('SELECT 1 FROM refresh_token WHERE user_id = $1', [user.id])).toHaveProperty('rowCount', 0);
  });
});

describe('the access token', () => {
  it('opens /api/v1/me, which describes the signed-in user', async () => {
    const session = await signIn(c.assistant.email);
    const me = await t.http.get('/api/v1/me').set('authorization', `Bearer ${session.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body).toEqual(session.user);
    expect(me.body).toMatchObject({
      id: c.assistant.id,
      clinicId: c.id,
      role: 'assistant',
      permissions: [...ROLE_PERMISSIONS.assistant],
    });
  });

  it('is accepted when correctly signed (so the rejections below are about the one thing changed)', async () => {
    const token = forge(claimsFor(c.therapist, c.id));
    const me = await t.http.get('/api/v1/me').set('authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: c.therapist.id });
  });

  it('is refused with 401 when missing, garbage, unsigned, forged, for another audience or issuer, expired or not an access token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const good = claimsFor(c.admin, c.id);
    const cases: Record<string, string | undefined> = {
      'no header': undefined,
      'empty bearer': 'Bearer ',
      'not bearer': `Basic ${Buffer.from(`${c.admin.email}:${TEST_PASSWORD}`).toString('base64')}`,
      garbage: 'Bearer not.a.jwt',
      'random bytes': `Bearer ${randomBytes(48).toString('base64url')}`,
      'alg none': `Bearer ${forge(good, { alg: 'none' })}`,
      'alg none with a signature': `Bearer ${forge(good, { alg: 'none' }).slice(0, -1)}.${forge(good).split('.')[2]}`,
      'HS512 with the right secret': `Bearer ${forge(good, { alg: 'HS512' })}`,
      'another secret': `Bearer ${forge(good, { secret: 'some-other-secret-that-is-long-enough-0123456789' })}`,
      'wrong audience': `Bearer ${forge({ ...good, aud: 'someone-else' })}`,
      'no audience': `Bearer ${forge({ ...good, aud: undefined })}`,
      'wrong issuer': `Bearer ${forge({ ...good, iss: 'evil' })}`,
      expired: `Bearer ${forge({ ...good, iat: now - 3600, exp: now - 60 })}`,
      'refresh typ': `Bearer ${forge({ ...good, typ: 'refresh' })}`,
      'no typ': `Bearer ${forge({ ...good, typ: undefined })}`,
      'unknown user': `Bearer ${forge({ ...good, sub: randomUUID() })}`,
      // A real user, but the token claims another clinic: the user is looked up within the claimed clinic.
      'user of another clinic': `Bearer ${forge(claimsFor(other.admin, c.id))}`,
      'tampered payload': `Bearer ${(() => {
        const [head, , signature] = forge(claimsFor(c.assistant, c.id)).split('.');
        return `${head}.${Buffer.from(JSON.stringify({ ...claimsFor(c.assistant, c.id), role: 'admin', sub: c.admin.id })).toString('base64url')}.${signature}`;
      })()}`,
    };
    for (const [name, header] of Object.entries(cases)) {
      const request = t.http.get('/api/v1/me');
      const response = header === undefined ? await request : await request.set('authorization', header);
      expect({ name, status: response.status }).toEqual({ name, status: 401 });
      expectUnauthenticated(response);
    }
    // Not taken from the query string or a cookie either.
    const token = forge(good);
    expectUnauthenticated(await t.http.get(`/api/v1/me?access_token=${token}`));
    expectUnauthenticated(await t.http.get('/api/v1/me').set('cookie', `access_token=${token}`));
  });

  it('stops working as soon as an admin disables the user, whose refresh token fails too', async () => {
    const user = await newUser('therapist');
    const session = await signIn(user.email);
    const auth = `Bearer ${session.accessToken}`;
    expect((await t.http.get('/api/v1/patients').set('authorization', auth)).status).toBe(200);

    const disabled = await t.http
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', c.admin.auth)
      .send({ disabled: true, version: user.version });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ disabled: true });

    expectUnauthenticated(await t.http.get('/api/v1/me').set('authorization', auth));
    expectUnauthenticated(await t.http.get('/api/v1/patients').set('authorization', auth));
    expectInvalidRefresh(await t.http.post(REFRESH).send({ refreshToken: session.refreshToken }));
    const live = await t.db.query('SELECT 1 FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL', [user.id]);
    expect(live.rowCount).toBe(0);
  });
});

describe('refresh tokens', () => {
  it('rotate: the old token is revoked, the new pair works and the session keeps its original expiry', async () => {
    const first = await signIn(c.therapist.email);
    const response = await t.http.post(REFRESH).send({ refreshToken: first.refreshToken });
    expect(response.status).toBe(200);
    const second = response.body as TokenResponse;
    expect(second.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.user).toEqual(first.user);
    expect(second.refreshExpiresAt).toBe(first.refreshExpiresAt);
    expect(refreshCookie(response)?.value).toBe(second.refreshToken);

    const me = await t.http.get('/api/v1/me').set('authorization', `Bearer ${second.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: c.therapist.id });

    const rows = await t.db.query<{
      token_hash: string;
      revoked_at: Date | null;
      replaced_by_id: string | null;
      id: string;
      family_id: string;
    }>('SELECT id, family_id, token_hash, revoked_at, replaced_by_id FROM refresh_token WHERE token_hash = ANY($1)', [
      [sha256(first.refreshToken), sha256(second.refreshToken)],
    ]);
    const old = rows.rows.find((r) => r.token_hash === sha256(first.refreshToken))!;
    const next = rows.rows.find((r) => r.token_hash === sha256(second.refreshToken))!;
    expect(old.revoked_at).not.toBeNull();
    expect(old.replaced_by_id).toBe(next.id);
    expect(next.revoked_at).toBeNull();
    expect(next.family_id).toBe(old.family_id);

    expectInvalidRefresh(await t.http.post(REFRESH).send({ refreshToken: first.refreshToken }));
  });

  it('detect reuse: presenting R1 twice revokes the whole family, including the rotated R2', async () => {
    const session = await signIn(c.therapist.email);
    const r1 = session.refreshToken;
    const rotated = await t.http.post(REFRESH).send({ refreshToken: r1 });
    expect(rotated.status).toBe(200);
    const r2 = (rotated.body as TokenResponse).refreshToken;

    expectInvalidRefresh(await t.http.post(REFRESH).send({ refreshToken: r1 }));
    const family = await t.db.query<{ family_id: string }>(
      'SELECT family_id FROM refresh_token WHERE token_hash = $1',
      [sha256(r1)],
    );
    const live = await t.db.query('SELECT 1 FROM refresh_token WHERE family_id = $1 AND revoked_at IS NULL', [
      family.rows[0]!.family_id,
    ]);
    expect(live.rowCount).toBe(0);
    expectInvalidRefresh(await t.http.post(REFRESH).send({ refreshToken: r2 }));
    expectInvalidRefresh(await t.http.post(REFRESH).set('cookie', `proprio_refresh=${r2}`));

    // Other sessions of the same user are another family and live on.
    const otherSession = await signIn(c.therapist.email);
    expect((await t.http.post(REFRESH).send({ refreshToken: otherSession.refreshToken })).status).toBe(200);
  });

  it('let only one of two concurrent refreshes with the same token win, and then treat the loser as reuse', async () => {
    const session = await signIn(c.assistant.email);
    const [a, b] = await Promise.all([
      t.http.post(REFRESH).send({ refreshToken: session.refreshToken }),
      t.http.post(REFRESH).send({ refreshToken: session.refreshToken }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 401]);
    const winner = (a.status === 200 ? a : b).body as TokenResponse;
    expectInvalidRefresh(await t.http.post(REFRESH).send({ refreshToken: winner.refreshToken }));
  });

  it('work from the HttpOnly cookie alone, with no body', async () => {
    const login = await t.http.post(LOGIN).send({ email: c.admin.email, password: TEST_PASSWORD });
    const cookie = refreshCookie(login)!;
    const response = await t.http.post(REFRESH).set('cookie', `proprio_refresh=${cookie.value}`);
    expect(response.status).toBe(200);
    const body = response.body as TokenResponse;
    expect(body.user.id).toBe(c.admin.id);
    const next = refreshCookie(response)!;
    expect(next.value).toBe(body.refreshToken);
    expect(next.value).not.toBe(cookie.value);
    expect(next.attributes.map((a) => a.toLowerCase())).toEqual(
      expect.arrayContaining(['httponly', 'samesite=strict', 'path=/api/v1/auth']),
    );
    expectInvalidRefresh(await t.http.post(REFRESH).set('cookie', `proprio_refresh=${cookie.value}`));
  });

  it('are refused when missing, unknown, malformed or expired', async () => {
    expectInvalidRefresh(await t.http.post(REFRESH));
    expectInvalidRefresh(await t.http.post(REFRESH).send({}));
    expectInvalidRefresh(await t.http.post(REFRESH).send({ refreshToken: randomBytes(32).toString('base64url') }));
    const wrongType = await t.http.post(REFRESH).send({ refreshToken: 12345 });
    expect(wrongType.status).toBe(400);
    expect(new Set((wrongType.body as ApiError).details?.map((d) => d.field))).toEqual(new Set(['refreshToken']));
    // An access token is not a refresh token.
    expectInvalidRefresh(await t.http.post(REFRESH).send({ refreshToken: c.admin.token.slice(0, 200) }));

    const session = await signIn(c.admin.email);
    await t.db.query("UPDATE refresh_token SET expires_at = now() - interval '1 minute' WHERE token_hash = $1", [
      sha256(session.refreshToken),
    ]);
    expectInvalidRefresh(await t.http.post(REFRESH).send({ refreshToken: session.refreshToken }));
  });
});

describe('logout', () => {
  it('revokes the session and clears the cookie', async () => {
    const session = await signIn(c.therapist.email);
    const rotated = (await t.http.post(REFRESH).send({ refreshToken: session.refreshToken })).body as TokenResponse;
    const response = await t.http.post(LOGOUT).send({ refreshToken: rotated.refreshToken });
    expect(response.status).toBe(204);
    expect(response.text).toBe('');
    const cleared = refreshCookie(response);
    expect(cleared?.value).toBe('');
    expect(cleared!.attributes.map((a) => a.toLowerCase())).toContain('path=/api/v1/auth');
    const expires = cleared!.attributes.find((a) => a.toLowerCase().startsWith('expires='));
    expect(Date.parse(expires!.slice('expires='.length))).toBeLessThan(Date.now());

    expectInvalidRefresh(await t.http.post(REFRESH).send({ refreshToken: rotated.refreshToken }));
    const family = await t.db.query<{ family_id: string }>(
      'SELECT family_id FROM refresh_token WHERE token_hash = $1',
      [sha256(session.refreshToken)],
    );
    const live = await t.db.query('SELECT 1 FROM refresh_token WHERE family_id = $1 AND revoked_at IS NULL', [
      family.rows[0]!.family_id,
    ]);
    expect(live.rowCount).toBe(0);
  });

  it('works from the cookie alone, and always succeeds, even without a session', async () => {
    const login = await t.http.post(LOGIN).send({ email: c.assistant.email, password: TEST_PASSWORD });
    const cookie = refreshCookie(login)!;
    const response = await t.http.post(LOGOUT).set('cookie', `proprio_refresh=${cookie.value}`);
    expect(response.status).toBe(204);
    expect(refreshCookie(response)?.value).toBe('');
    expectInvalidRefresh(await t.http.post(REFRESH).set('cookie', `proprio_refresh=${cookie.value}`));

    expect((await t.http.post(LOGOUT)).status).toBe(204);
    expect((await t.http.post(LOGOUT).send({ refreshToken: 'unknown-token' })).status).toBe(204);
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, at least 12 characters, ends every session, and the new password works', async () => {
    const user = await newUser('assistant');
    const sessionA = await signIn(user.email);
    const sessionB = await signIn(user.email);
    const auth = `Bearer ${sessionA.accessToken}`;
    const hashBefore = (
      await t.db.query<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE id = $1', [user.id])
    ).rows[0]!.password_hash;
    expect(hashBefore).toMatch(ARGON2ID_HASH);
    const newPassword = 'a-new-passphrase-for-2026';

    const wrongCurrent = await t.http
      .post('/api/v1/me/password')
      .set('authorization', auth)
      .send({ currentPassword: 'not-my-password', newPassword });
    expect(wrongCurrent.status).toBe(400);
    expect((wrongCurrent.body as ApiError).details?.map((d) => d.field)).toEqual(['currentPassword']);

    const missingCurrent = await t.http.post('/api/v1/me/password').set('authorization', auth).send({ newPassword });
    expect(missingCurrent.status).toBe(400);
    expect((missingCurrent.body as ApiError).details?.map((d) => d.field)).toContain('currentPassword');

    const tooShort = await t.http
      .post('/api/v1/me/password')
      .set('authorization', auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'elevenchars' });
    expect('elevenchars').toHaveLength(11);
    expect(tooShort.status).toBe(400);
    expect((tooShort.body as ApiError).details?.map((d) => d.field)).toEqual(['newPassword']);

    const unauthenticated = await t.http
      .post('/api/v1/me/password')
      .send({ currentPassword: TEST_PASSWORD, newPassword });
    expectUnauthenticated(unauthenticated);

    // Nothing changed so far: same hash, sessions alive.
    expect((await t.db.query('SELECT password_hash FROM app_user WHERE id = $1', [user.id])).rows[0]).toEqual({
      password_hash: hashBefore,
    });
    const live = await t.db.query('SELECT 1 FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL', [user.id]);
    expect(live.rowCount).toBe(2);

    const changed = await t.http
      .post('/api/v1/me/password')
      .set('authorization', auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword });
    expect(changed.status).toBe(204);

    const hashAfter = (
      await t.db.query<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE id = $1', [user.id])
    ).rows[0]!.password_hash;
    expect(hashAfter).toMatch(ARGON2ID_HASH);
    expect(hashAfter).not.toBe(hashBefore);
    expect(hashAfter).not.toContain(newPassword);

    expectInvalidRefresh(await t.http.post(REFRESH).send({ refreshToken: sessionB.refreshToken }));
    expectInvalidRefresh(await t.http.post(REFRESH).send({ refreshToken: sessionA.refreshToken }));

    const oldPassword = await t.http.post(LOGIN).send({ email: user.email, password: TEST_PASSWORD });
    expect(oldPassword.status).toBe(401);
    const fresh = await signIn(user.email, newPassword);
    expect(fresh.user.id).toBe(user.id);
  });

  it('accepts a new password of exactly 12 characters', async () => {
    const user = await newUser('therapist');
    const session = await signIn(user.email);
    const changed = await t.http
      .post('/api/v1/me/password')
      .set('authorization', `Bearer ${session.accessToken}`)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'twelve-chars' });
    expect('twelve-chars').toHaveLength(12);
    expect(changed.status).toBe(204);
    expect((await signIn(user.email, 'twelve-chars')).user.id).toBe(user.id);
  });
});

// Runs last: @nestjs/passport registers its strategies on the process-wide passport instance, so
// while a second app is alive (and after it closes) the first app's guards use the second app's
// strategies and database. Nothing may use `t` after this block.
describe('the refresh cookie with COOKIE_SECURE on (the default)', () => {
  it('carries the Secure flag', async () => {
    const plain = await t.http.post(LOGIN).send({ email: c.admin.email, password: TEST_PASSWORD });
    expect(refreshCookie(plain)?.attributes.map((a) => a.toLowerCase())).not.toContain('secure');

    const secure = await startTestApp({ COOKIE_SECURE: 'true' });
    try {
      const clinic = await createClinic(secure);
      const response = await secure.http.post(LOGIN).send({ email: clinic.admin.email, password: TEST_PASSWORD });
      expect(response.status).toBe(200);
      expect(refreshCookie(response)?.attributes.map((a) => a.toLowerCase())).toContain('secure');
    } finally {
      await secure.close();
    }
  });
});
