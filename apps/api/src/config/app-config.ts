import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every setting Proprio reads from the environment. This file is the only reader of process.env. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Absolute path of the repository root, for finding the dashboard build and the data folder. */
  projectRoot: string;
  database: DatabaseConfig;
  auth: AuthConfig;
  /** Seed the demo clinic on an empty database. */
  demoData: boolean;
  dashboardDir: string;
  corsOrigin: string | null;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  bodyLimitBytes: number;
}

export type DatabaseConfig =
  | ({ kind: 'external'; url: string } & PoolConfig)
  | ({ kind: 'embedded'; dataDir: string; port: number; password: string; database: string } & PoolConfig);

export interface PoolConfig {
  poolMax: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
}

export interface AuthConfig {
  jwtSecret: string;
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  cookieSecure: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const here = dirname(fileURLToPath(import.meta.url));

/** Walks up from this file to the folder that holds the workspace's package-lock.json. */
function findProjectRoot(): string {
  let dir = here;
  while (dirname(dir) !== dir) {
    if (existsSync(join(dir, 'package-lock.json')) && existsSync(join(dir, 'apps'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

/**
 * Reads and validates the whole configuration at once, so a misconfigured server fails at boot with
 * every problem listed, never later in the middle of a request.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const projectRoot = findProjectRoot();

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  };
  const path = (raw: string): string => (isAbsolute(raw) ? raw : resolve(projectRoot, raw));

  const nodeEnv = oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const dataDir = path(env['PROPRIO_DATA_DIR'] || '.data');
  const pool: PoolConfig = {
    poolMax: int('DB_POOL_MAX', 10, 1, 200),
    connectTimeoutMs: int('DB_CONNECT_TIMEOUT_MS', 5000, 100, 120_000),
    statementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', 15_000, 100, 600_000),
  };

  const databaseUrl = env['DATABASE_URL'];
  let database: DatabaseConfig;
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
      problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
    }
    database = { kind: 'external', url: databaseUrl, ...pool };
  } else {
    database = {
      kind: 'embedded',
      dataDir: join(dataDir, 'postgres'),
      port: int('EMBEDDED_PG_PORT', 54329, 1024, 65535),
      password: 'proprio-embedded',
      database: 'proprio',
      ...pool,
    };
  }

  let jwtSecret = env['JWT_SECRET'] ?? '';
  if (jwtSecret && jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long');
  } else if (!jwtSecret) {
    if (database.kind === 'external') {
      problems.push('JWT_SECRET is required when DATABASE_URL is set (at least 32 random characters)');
    } else {
      // Zero-setup default: a random secret kept beside the embedded database, so sessions survive
      // restarts without anyone having to invent a secret.
      jwtSecret = persistentSecret(join(dataDir, 'jwt-secret'));
    }
  }

  const demoDefault = database.kind === 'embedded';
  const config: AppConfig = {
    nodeEnv,
    port: int('PORT', 3000, 1, 65535),
    host: env['HOST'] || '0.0.0.0',
    projectRoot,
    database,
    auth: {
      jwtSecret,
      issuer: 'proprio',
      audience: 'proprio-api',
      accessTokenTtlSeconds: int('ACCESS_TOKEN_TTL_SECONDS', 900, 60, 3600),
      refreshTokenTtlSeconds: int('REFRESH_TOKEN_TTL_SECONDS', 12 * 3600, 300, 30 * 24 * 3600),
      cookieSecure: bool('COOKIE_SECURE', true),
    },
    demoData: bool('PROPRIO_DEMO', demoDefault),
    dashboardDir: path(env['DASHBOARD_DIR'] || 'apps/dashboard/dist/browser'),
    corsOrigin: env['CORS_ORIGIN'] || null,
    logLevel: oneOf('LOG_LEVEL', ['error', 'warn', 'log', 'debug'] as const, 'log'),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 1024 * 1024, 1024, 50 * 1024 * 1024),
  };
  if (config.corsOrigin && !/^https?:\/\/[^/]+$/.test(config.corsOrigin)) {
    problems.push('CORS_ORIGIN must be an origin such as https://proprio.example.org (no path)');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
