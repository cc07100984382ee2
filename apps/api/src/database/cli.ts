/**
 * Migration commands (npm run migration:run | revert | generate <Name> | check). They use the same
 * configuration as the server, so with no DATABASE_URL they start the embedded PostgreSQL first.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config.js';
import { createDataSource } from './data-source.js';
import { openDatabaseServer } from './database-server.js';
import { pendingSchemaChanges } from './schema-diff.js';

const [command, name] = process.argv.slice(2);
const config = loadConfig();
const server = await openDatabaseServer(config.database);
const dataSource = createDataSource(server.url, config.database);
let exitCode = 0;
try {
  await dataSource.initialize();
  switch (command) {
    case 'run': {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
      break;
    }
    case 'revert':
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
      break;
    case 'check': {
      await dataSource.runMigrations({ transaction: 'each' });
      const { up } = await pendingSchemaChanges(dataSource);
      if (up.length) {
        console.error(`The entities differ from the migrations; generate a migration:\n${up.join(';\n')}`);
        exitCode = 1;
      } else console.log('Schema matches the entities: no pending change.');
      break;
    }
    case 'generate': {
      if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
        throw new Error('Usage: npm run migration:generate -- VerbObject   (e.g. AddGraftTypeToEpisode)');
      }
      await dataSource.runMigrations({ transaction: 'each' });
      const { up, down } = await pendingSchemaChanges(dataSource);
      if (!up.length) {
        console.log('No schema change to generate.');
        break;
      }
      const timestamp = Date.now();
      const file = join(config.projectRoot, 'migrations', `${timestamp}-${name}.ts`);
      writeFileSync(file, migrationSource(`${name}${timestamp}`, up, down.reverse()));
      console.log(`Wrote ${file}. Read it, then add it to apps/api/src/database/migrations.ts.`);
      break;
    }
    default:
      throw new Error('Usage: cli.js run | revert | check | generate <Name>');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  if (dataSource.isInitialized) await dataSource.destroy();
  await server.stop();
}
process.exit(exitCode);

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}
