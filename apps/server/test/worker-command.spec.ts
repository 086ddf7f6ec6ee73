import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWorkerArgs } from '../src/remote-workers/worker-command';
import { exited, freePort, startRedis } from './helpers/processes';
import { startTestServer } from './helpers/test-server';
import { TEST_PG_URL } from './helpers/databases';

const WORKER_JS = resolve(__dirname, '..', 'dist', 'remote-workers', 'worker-main.js');

describe('parseWorkerArgs', () => {
  it('reads --workers and --grace, with defaults', () => {
    expect(parseWorkerArgs([])).toEqual({ workers: undefined, graceS: 60, help: false });
    expect(parseWorkerArgs(['--workers', '4', '--grace', '0'])).toEqual({ workers: 4, graceS: 0, help: false });
    expect(parseWorkerArgs(['--help']).help).toBe(true);
  });

  it.each([
    [['--workers', '0'], '--workers: expected an integer from 1 to 256, got "0"'],
    [['--workers', 'x'], '--workers: expected an integer from 0 to 256, got "x"'],
    [['--grace'], '--grace: expected an integer from 0 to 86400, got nothing'],
    [['--bogus'], 'unknown argument "--bogus"'],
  ])('%j is refused, naming the flag', (argv, message) => {
    expect(() => parseWorkerArgs(argv)).toThrow(message);
  });
});

/** Runs the worker command to its exit; its exit code and stderr. */
function runWorker(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [WORKER_JS], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((ok) => child.once('exit', (code) => ok({ code, stderr })));
}

describe.runIf(existsSync(WORKER_JS))('clear errors when Redis or the database is unreachable', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tl-worker-cmd-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the worker command exits 1 naming Redis, the database, or the queue setting', async () => {
    const closed = await freePort();
    const base = { TRANSFERLAB_DATA_DIR: dir, TRANSFERLAB_DATABASE_URL: TEST_PG_URL };
    const noRedis = await runWorker({ ...base, TRANSFERLAB_QUEUE: 'bullmq', TRANSFERLAB_REDIS_URL: `redis://127.0.0.1:${closed}` });
    expect(noRedis.code).toBe(1);
    expect(noRedis.stderr).toContain(`cannot reach Redis at 127.0.0.1:${closed} (TRANSFERLAB_REDIS_URL)`);

    const local = await runWorker(base);
    expect(local.code).toBe(1);
    expect(local.stderr).toContain('the worker command needs TRANSFERLAB_QUEUE=bullmq');

    const redisPort = await freePort();
    const redis = await startRedis(redisPort);
    try {
      const noDb = await runWorker({ ...base, TRANSFERLAB_QUEUE: 'bullmq', TRANSFERLAB_REDIS_URL: `redis://127.0.0.1:${redisPort}`, TRANSFERLAB_DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/test` });
      expect(noDb.code).toBe(1);
      expect(noDb.stderr).toContain(`cannot reach the database at 127.0.0.1:${closed} (TRANSFERLAB_DATABASE_URL)`);
    } finally {
      redis.kill('SIGKILL');
      await exited(redis);
    }
  });

  it('the server refuses to boot with the bullmq queue and no Redis, naming it', async () => {
    const closed = await freePort();
    await expect(startTestServer({ TRANSFERLAB_QUEUE: 'bullmq', TRANSFERLAB_REDIS_URL: `redis://127.0.0.1:${closed}` })).rejects.toThrow(
      `cannot reach Redis at 127.0.0.1:${closed} (TRANSFERLAB_REDIS_URL)`,
    );
  });
});
