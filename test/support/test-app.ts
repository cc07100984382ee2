import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../apps/api/src/app.factory.js';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/app-config.js';
import { createTestDatabase } from './test-database.js';

export const TEST_JWT_SECRET = 'integration-tests-only-secret-0123456789abcdef';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** supertest bound to the running app: real HTTP through Fastify, guards, pipes and filters. */
  http: TestAgent;
  /** Direct SQL on the test file's own database, for checking what was (not) written. */
  db: pg.Pool;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The real application on its own freshly migrated database.
 *
 * One app per test file at a time: @nestjs/passport registers its strategies on passport's
 * process-wide instance, so a second app started in the same file takes over the first one's
 * strategies (and database). A file that needs a differently configured app starts it last.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    PROPRIO_DEMO: 'false',
    DASHBOARD_DIR: '/nonexistent-dashboard',
    COOKIE_SECURE: 'false',
    ...env,
  });
  const app = await createApp(config, databaseUrl, { logger: false });
  await app.getHttpAdapter().getInstance().ready();
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  return {
    app,
    config,
    http: request(app.getHttpServer()),
    db,
    databaseUrl,
    close: async () => {
      await db.end();
      await app.close();
    },
  };
}
