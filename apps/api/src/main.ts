import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { openDatabaseServer } from './database/database-server.js';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const database = await openDatabaseServer(config.database);
  const logger = new ConsoleLogger('Proprio', {
    json: config.nodeEnv === 'production',
    logLevels: levels(config.logLevel),
  });
  const app = await createApp(config, database.url, { logger });
  await app.listen({ port: config.port, host: config.host });

  const url = `http://localhost:${config.port}`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\nProprio is ready at ${url} (in ${seconds} s)\n  dashboard  ${url}/\n  API docs   ${url}/api/docs\n` +
      (database.embedded
        ? `  database   embedded PostgreSQL, data in ${config.database.kind === 'embedded' ? config.database.dataDir : ''}\n`
        : ''),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing in-flight requests, then stopping.`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

function levels(level: 'error' | 'warn' | 'log' | 'debug') {
  const all = ['error', 'warn', 'log', 'debug'] as const;
  return all.slice(0, all.indexOf(level) + 1);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Proprio could not start:', error);
  process.exit(1);
});
