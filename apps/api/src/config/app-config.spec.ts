import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

const SECRET = 'a-test-secret-that-is-32-chars!!';
const DATABASE_URL = 'postgres://proprio:pw@db.internal:5432/proprio';

const temporaryDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'proprio-config-'));
  temporaryDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The problems a ConfigError lists; fails the test if loading succeeds or throws anything else. */
function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('loadConfig accepted an invalid configuration');
}

describe('loadConfig', () => {
  it('fills in safe defaults for an external database', () => {
    expect(SECRET).toHaveLength(32);
    const config = loadConfig({ DATABASE_URL, JWT_SECRET: SECRET });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      host: '0.0.0.0',
      demoData: false,
      corsOrigin: null,
      logLevel: 'log',
      bodyLimitBytes: 1024 * 1024,
      database: {
        kind: 'external',
        url: DATABASE_URL,
        poolMax: 10,
        connectTimeoutMs: 5000,
        statementTimeoutMs: 15_000,
      },
      auth: {
        jwtSecret: SECRET,
        issuer: 'proprio',
        audience: 'proprio-api',
        accessTokenTtlSeconds: 900,
        refreshTokenTtlSeconds: 12 * 3600,
        cookieSecure: true,
      },
    });
    expect(isAbsolute(config.dashboardDir)).toBe(true);
    expect(config.dashboardDir.endsWith(join('apps', 'dashboard', 'dist', 'browser'))).toBe(true);
    expect(isAbsolute(config.projectRoot)).toBe(true);
  });

  it('reads every setting it is given', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://u@localhost/db',
      JWT_SECRET: SECRET,
      NODE_ENV: 'production',
      PORT: '8080',
      HOST: '127.0.0.1',
      DB_POOL_MAX: '3',
      DB_CONNECT_TIMEOUT_MS: '1000',
      DB_STATEMENT_TIMEOUT_MS: '2000',
      ACCESS_TOKEN_TTL_SECONDS: '60',
      REFRESH_TOKEN_TTL_SECONDS: '600',
      COOKIE_SECURE: 'no',
      PROPRIO_DEMO: 'yes',
      DASHBOARD_DIR: '/srv/dashboard',
      CORS_ORIGIN: 'https://proprio.example.org',
      LOG_LEVEL: 'debug',
      BODY_LIMIT_BYTES: '2048',
    });
    expect(config).toMatchObject({
      nodeEnv: 'production',
      port: 8080,
      host: '127.0.0.1',
      database: { kind: 'external', poolMax: 3, connectTimeoutMs: 1000, statementTimeoutMs: 2000 },
      auth: { accessTokenTtlSeconds: 60, refreshTokenTtlSeconds: 600, cookieSecure: false },
      demoData: true,
      dashboardDir: '/srv/dashboard',
      corsOrigin: 'https://proprio.example.org',
      logLevel: 'debug',
      bodyLimitBytes: 2048,
    });
  });

  it('lists every invalid variable at once', () => {
    const problems = problemsOf({
      DATABASE_URL: 'mysql://root@localhost/db',
      JWT_SECRET: 'too-short',
      NODE_ENV: 'staging',
      PORT: 'eighty',
      DB_POOL_MAX: '0',
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      COOKIE_SECURE: 'maybe',
      LOG_LEVEL: 'verbose',
      BODY_LIMIT_BYTES: '1.5',
      CORS_ORIGIN: 'https://proprio.example.org/app',
    });
    const expected = [
      'DATABASE_URL',
      'JWT_SECRET',
      'NODE_ENV',
      'PORT',
      'DB_POOL_MAX',
      'ACCESS_TOKEN_TTL_SECONDS',
      'COOKIE_SECURE',
      'LOG_LEVEL',
      'BODY_LIMIT_BYTES',
      'CORS_ORIGIN',
    ];
    expect(problems).toHaveLength(expected.length);
    for (const name of expected) expect(problems.filter((p) => p.startsWith(`${name} `))).toHaveLength(1);
    // The message quotes what was wrong, so the operator can find it.
    expect(problems.find((p) => p.startsWith('PORT '))).toContain('"eighty"');
    let message = '';
    try {
      loadConfig({ DATABASE_URL, JWT_SECRET: SECRET, PORT: '0', LOG_LEVEL: 'loud' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/LOG_LEVEL/);
  });

  it('refuses out-of-range and non-integer numbers', () => {
    for (const [name, value] of [
      ['PORT', '65536'],
      ['PORT', '-1'],
      ['BODY_LIMIT_BYTES', '1023'],
      ['REFRESH_TOKEN_TTL_SECONDS', '299'],
      ['DB_STATEMENT_TIMEOUT_MS', '99'],
      ['EMBEDDED_PG_PORT', '80'],
    ] as const) {
      const env: Record<string, string> = { JWT_SECRET: SECRET, [name]: value };
      if (name !== 'EMBEDDED_PG_PORT') env['DATABASE_URL'] = DATABASE_URL;
      expect(problemsOf(env)).toEqual([expect.stringMatching(new RegExp(`^${name} must be an integer`))]);
    }
  });

  it('requires JWT_SECRET when DATABASE_URL is set', () => {
    expect(problemsOf({ DATABASE_URL })).toEqual([
      expect.stringMatching(/^JWT_SECRET is required when DATABASE_URL is set/),
    ]);
    expect(problemsOf({ DATABASE_URL, JWT_SECRET: '' })).toEqual([expect.stringMatching(/^JWT_SECRET is required/)]);
  });

  it('refuses a JWT_SECRET shorter than 32 characters, for an external or embedded database', () => {
    const short = SECRET.slice(0, 31);
    expect(problemsOf({ DATABASE_URL, JWT_SECRET: short })).toEqual(['JWT_SECRET must be at least 32 characters long']);
    expect(problemsOf({ JWT_SECRET: short, PROPRIO_DATA_DIR: tempDir() })).toEqual([
      'JWT_SECRET must be at least 32 characters long',
    ]);
    expect(loadConfig({ DATABASE_URL, JWT_SECRET: SECRET }).auth.jwtSecret).toBe(SECRET);
  });

  it('without DATABASE_URL uses the embedded database and keeps a generated secret beside it', () => {
    const dataDir = tempDir();
    const first = loadConfig({ PROPRIO_DATA_DIR: dataDir });
    expect(first.database).toMatchObject({
      kind: 'embedded',
      dataDir: join(dataDir, 'postgres'),
      port: 54329,
      database: 'proprio',
    });
    expect(first.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
    const file = join(dataDir, 'jwt-secret');
    expect(readFileSync(file, 'utf8')).toBe(first.auth.jwtSecret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // Sessions survive a restart: the same secret is read back.
    expect(loadConfig({ PROPRIO_DATA_DIR: dataDir }).auth.jwtSecret).toBe(first.auth.jwtSecret);
    // Another installation gets another secret.
    expect(loadConfig({ PROPRIO_DATA_DIR: tempDir() }).auth.jwtSecret).not.toBe(first.auth.jwtSecret);
  });

  it('seeds demo data by default only for the embedded database', () => {
    expect(loadConfig({ JWT_SECRET: SECRET, PROPRIO_DATA_DIR: tempDir() }).demoData).toBe(true);
    expect(loadConfig({ DATABASE_URL, JWT_SECRET: SECRET }).demoData).toBe(false);
    expect(loadConfig({ JWT_SECRET: SECRET, PROPRIO_DATA_DIR: tempDir(), PROPRIO_DEMO: 'false' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL, JWT_SECRET: SECRET, PROPRIO_DEMO: 'true' }).demoData).toBe(true);
    expect(loadConfig({ DATABASE_URL, JWT_SECRET: SECRET, PROPRIO_DEMO: '' }).demoData).toBe(false);
  });

  it('accepts the documented spellings of booleans, in any case', () => {
    for (const yes of ['true', 'TRUE', '1', 'yes', 'Yes']) {
      expect(loadConfig({ DATABASE_URL, JWT_SECRET: SECRET, COOKIE_SECURE: yes }).auth.cookieSecure).toBe(true);
    }
    for (const no of ['false', 'False', '0', 'no', 'NO']) {
      expect(loadConfig({ DATABASE_URL, JWT_SECRET: SECRET, COOKIE_SECURE: no }).auth.cookieSecure).toBe(false);
    }
    expect(problemsOf({ DATABASE_URL, JWT_SECRET: SECRET, PROPRIO_DEMO: 'on' })).toEqual([
      expect.stringMatching(/^PROPRIO_DEMO must be true or false/),
    ]);
  });

  it('resolves relative paths against the project root', () => {
    const config = loadConfig({ DATABASE_URL, JWT_SECRET: SECRET, DASHBOARD_DIR: 'some/dist' });
    expect(config.dashboardDir).toBe(join(config.projectRoot, 'some', 'dist'));
  });
});
