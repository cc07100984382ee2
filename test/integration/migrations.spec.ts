import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createDataSource, dataSourceOptions } from '../../apps/api/src/database/data-source.js';
import { MIGRATIONS } from '../../apps/api/src/database/migrations.js';
import { pendingSchemaChanges } from '../../apps/api/src/database/schema-diff.js';
import { createTestDatabase, TEST_POOL } from '../support/test-database.js';

let dataSource: DataSource;

beforeAll(async () => {
  dataSource = createDataSource(await createTestDatabase({ empty: true }), TEST_POOL);
  await dataSource.initialize();
});
afterAll(() => dataSource.destroy());

const tables = async () =>
  (
    await dataSource.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
    )
  ).map((r) => r.table_name);

describe('the migration chain', () => {
  it('applies every migration to an empty database, after which the entities need no change', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    expect(await tables()).toEqual([
      'app_user',
      'assessment',
      'clinic',
      'episode',
      'exercise',
      'measurement',
      'note',
      'note_addendum',
      'patient',
      'phase_transition',
      'programme',
      'programme_revision',
      'protocol',
      'protocol_version',
      'questionnaire_response',
      'refresh_token',
      'treatment_session',
    ]);
    const pending = await pendingSchemaChanges(dataSource);
    expect(pending.up).toEqual([]);
  });

  it('reverts every migration back to an empty schema and applies them again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect((await pendingSchemaChanges(dataSource)).up).toEqual([]);
  });

  it('creates every CHECK constraint exactly as the entities declare it (TypeORM compares them by name only)', async () => {
    // A throw-away reference database built from the entities alone, only to read back how PostgreSQL
    // normalises each declared CHECK; the application's schema always comes from the migrations.
    const fromEntities = new DataSource({
      ...dataSourceOptions(await createTestDatabase({ empty: true }), TEST_POOL),
      migrations: [],
      synchronize: true,
    });
    await fromEntities.initialize();
    try {
      const checks = async (source: DataSource) =>
        Object.fromEntries(
          (
            await source.query<{ name: string; definition: string }[]>(
              `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
               WHERE contype = 'c' AND connamespace = 'public'::regnamespace ORDER BY 1`,
            )
          ).map((r) => [r.name, r.definition]),
        );
      const declared = await checks(fromEntities);
      expect(Object.keys(declared).length).toBeGreaterThan(20);
      expect(await checks(dataSource)).toEqual(declared);
    } finally {
      await fromEntities.destroy();
    }
  });

  it('is not in sync by accident: dropping a constraint shows up as a pending change', async () => {
    await dataSource.query('ALTER TABLE episode DROP CONSTRAINT ck_episode_tegner');
    const pending = await pendingSchemaChanges(dataSource);
    expect(pending.up.join('\n')).toContain('ck_episode_tegner');
  });
});
