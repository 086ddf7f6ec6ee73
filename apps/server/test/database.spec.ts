import { randomUUID } from 'node:crypto';
import { parseConfig } from '@transferlab/sdk/config';
import { DataSource, QueryFailedError } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { ResultEntity } from '../src/results/result.entity';
import { DATABASES, type TestDatabase } from './helpers/databases';

function result(runId: string, trialKey: string): ResultEntity {
  return Object.assign(new ResultEntity(), {
    id: randomUUID(),
    runId,
    trialKey,
    metrics: { accuracy: 0.5 },
    series: null,
    details: { fooled: [true, false] },
    provider: 'cpu',
    pluginName: 'p',
    pluginVersion: '1.0.0',
    createdAt: new Date().toISOString(),
  });
}

describe.each(DATABASES)('database on $kind', ({ kind, create }) => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await create();
    const config = parseConfig({ TRANSFERLAB_DATABASE_URL: db.url }, process.cwd());
    ds = await new DataSource(dataSourceOptions(config)).initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('runs the migrations at start-up, and the entities match them (no pending schema change)', async () => {
    const applied: { name: string }[] = await ds.query('SELECT name FROM migrations');
    expect(applied.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('refuses a second result row for the same (run, trial key)', async () => {
    const repo = ds.getRepository(ResultEntity);
    const runId = randomUUID();
    await repo.insert(result(runId, 'a'.repeat(64)));
    await expect(repo.insert(result(runId, 'a'.repeat(64)))).rejects.toThrow(QueryFailedError);
    // The same key in another run is a different trial.
    await repo.insert(result(randomUUID(), 'a'.repeat(64)));
    expect(await repo.countBy({ runId })).toBe(1);
  });

  it.runIf(kind === 'sqlite')('uses write-ahead logging on SQLite', async () => {
    const [row]: { journal_mode: string }[] = await ds.query('PRAGMA journal_mode');
    expect(row?.journal_mode).toBe('wal');
  });
});
