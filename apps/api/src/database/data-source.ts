import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { PoolConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations.js';

// Calendar dates (DATE, oid 1082) stay 'YYYY-MM-DD' strings: turning them into JS Dates at local
// midnight shifts a date of birth by a day in any timezone west of UTC.
pg.types.setTypeParser(1082, (value: string) => value);

/** The one DataSource definition, shared by the API, the migration CLI and the tests. */
export function dataSourceOptions(url: string, pool: PoolConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    // Not 'error': TypeORM would log a failed query with its parameters, i.e. patient data. Failures
    // reach the exception filter, which logs them without values.
    logging: ['warn', 'migration'],
    applicationName: 'proprio-api',
    connectTimeoutMS: pool.connectTimeoutMs,
    extra: {
      max: pool.poolMax,
      // Fail a query that runs away rather than holding a connection for ever.
      statement_timeout: pool.statementTimeoutMs,
      idle_in_transaction_session_timeout: 60_000,
      connectionTimeoutMillis: pool.connectTimeoutMs,
    },
  };
}

export function createDataSource(url: string, pool: PoolConfig): DataSource {
  return new DataSource(dataSourceOptions(url, pool));
}
