import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

/** PostgreSQL of the test environment (here and in CI): loopback, trust auth, database `test`. */
export const TEST_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** A database the tests can use: its TRANSFERLAB_DATABASE_URL and how to remove it. */
export interface TestDatabase {
  readonly kind: 'sqlite' | 'postgres';
  readonly url: string;
  drop(): Promise<void>;
}

/** A fresh SQLite file in a temporary folder. */
export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'tl-db-'));
  return {
    kind: 'sqlite',
    url: `sqlite:${join(dir, 'transferlab.sqlite')}`,
    drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

/** One statement on the maintenance connection (CREATE/DROP DATABASE cannot run inside the test database). */
async function adminQuery(sql: string): Promise<void> {
  const admin = await new DataSource({ type: 'postgres', url: TEST_PG_URL }).initialize();
  try {
    await admin.query(sql);
  } finally {
    await admin.destroy();
  }
}

/** A fresh PostgreSQL database of its own, dropped (with its connections) afterwards. */
export async function postgresDatabase(): Promise<TestDatabase> {
  const name = `tl_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    url: url.toString(),
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Both drivers, for `describe.each`. */
export const DATABASES = [
  { kind: 'sqlite', create: (): Promise<TestDatabase> => Promise.resolve(sqliteDatabase()) },
  { kind: 'postgres', create: postgresDatabase },
] as const;
