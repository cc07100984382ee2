import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { PoolConfig } from '../../apps/api/src/config/app-config.js';
import { createDataSource } from '../../apps/api/src/database/data-source.js';

const TEMPLATE_DATABASE = 'proprio_template';
export const TEST_POOL: PoolConfig = { poolMax: 5, connectTimeoutMs: 5000, statementTimeoutMs: 15_000 };

function adminUrl(): string {
  const url = process.env['PROPRIO_TEST_ADMIN_URL'];
  if (!url) throw new Error('PROPRIO_TEST_ADMIN_URL is not set: run integration tests through Jest (global setup).');
  return url;
}

const urlOf = (database: string) => adminUrl().replace(/\/postgres$/, `/${database}`);

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Builds the migrated template once per run. Workers race for an advisory lock; the winner migrates
 * a scratch database and renames it, so no one ever clones a half-migrated template.
 */
async function ensureTemplate(): Promise<void> {
  await withAdmin(async (client) => {
    await client.query('SELECT pg_advisory_lock(7301)');
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE_DATABASE]);
      if (exists.rowCount) return;
      const scratch = `${TEMPLATE_DATABASE}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${scratch}`);
      await client.query(`CREATE DATABASE ${scratch}`);
      const dataSource = createDataSource(urlOf(scratch), TEST_POOL);
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      await dataSource.destroy();
      await client.query(`ALTER DATABASE ${scratch} RENAME TO ${TEMPLATE_DATABASE}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(7301)');
    }
  });
}

/** A fresh database for one test file: a clone of the migrated template, or an empty one. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<string> {
  if (!options.empty) await ensureTemplate();
  const name = `proprio_t_${randomBytes(8).toString('hex')}`;
  await withAdmin((client) =>
    client.query(`CREATE DATABASE ${name}${options.empty ? '' : ` TEMPLATE ${TEMPLATE_DATABASE}`}`),
  );
  return urlOf(name);
}
