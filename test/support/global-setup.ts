import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Jest loads global setup outside its ESM module mapping, so this file imports .ts paths directly
// and only modules that import packages (no relative .js specifiers).
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.ts';

/**
 * One real PostgreSQL server for the whole run. The first test file that needs a database builds a
 * migrated template (see test-database.ts); every file then clones its own database from it.
 */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'proprio-test-'));
  chmodSync(dir, 0o755); // PostgreSQL runs as the postgres user when the tests run as root
  const port = await freePort();
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port, password: 'proprio-test' });
  process.env['PROPRIO_TEST_ADMIN_URL'] = server.url('postgres');
  (globalThis as { __proprioTestDatabase?: unknown }).__proprioTestDatabase = { dir, stop: () => server.stop() };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
