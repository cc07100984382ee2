import type { DatabaseConfig } from '../config/app-config.js';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres.js';

export interface DatabaseServer {
  /** Connection URL of the application's database. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** Resolves where the database is: the configured server, or the embedded one started here. */
export async function openDatabaseServer(config: DatabaseConfig): Promise<DatabaseServer> {
  if (config.kind === 'external') {
    return { url: config.url, embedded: false, stop: () => Promise.resolve() };
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.port,
    password: config.password,
  });
  await ensureDatabase(server.url('postgres'), config.database);
  return { url: server.url(config.database), embedded: true, stop: () => server.stop() };
}
