import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseOverrides {
  /** Only for tests that want TypeORM to build the schema from the entities. Never in a server. */
  readonly synchronize?: boolean;
}

/**
 * TypeORM options from the configuration: SQLite (better-sqlite3, WAL) at the configured
 * path by default, PostgreSQL from TRANSFERLAB_DATABASE_URL. Migrations run at boot, so a
 * fresh data directory or database gets its schema and an old one is brought up to date.
 */
export function dataSourceOptions(config: Pick<TransferlabConfig, 'database'>, overrides: DatabaseOverrides = {}): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: overrides.synchronize !== true,
    synchronize: overrides.synchronize === true,
    logging: false,
  };
  if (config.database.type === 'postgres') {
    return { ...common, type: 'postgres', url: config.database.url };
  }
  const path = config.database.path;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: path,
    // WAL lets readers (GraphQL queries) proceed while a result is being written.
    enableWAL: path !== ':memory:',
    // A writer waits for another's lock instead of failing at once (two server processes, a crash restart).
    timeout: 5000,
  };
}
