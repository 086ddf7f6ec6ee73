import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testWorkerEntry } from './worker-entry';
import { WorkerPool } from './worker-pool';
import type { WorkerRecycleEvent } from './worker-replacement';

const config = { threads: 1, executionProvider: 'cpu' } as const;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll (generously: two shared cores) until `done`; the caller then asserts. */
async function until(done: () => boolean, ms = 20_000): Promise<void> {
  for (let t = 0; t < ms && !done(); t += 20) await sleep(20);
}

describe('WorkerPool idle release', { timeout: 60_000 }, () => {
  let pool: WorkerPool | undefined;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pool-idle-'));
  });
  afterEach(async () => {
    await pool?.shutdown();
    pool = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces an idle worker still over 1.5x its start after releasing, says why and counts it', async () => {
    const events: WorkerRecycleEvent[] = [];
    pool = new WorkerPool({ size: 1, config, entry: testWorkerEntry(), idleReleaseMs: 200, onRecycle: (e) => events.push(e) });
    // 300 MB held in a module variable: no idle hook frees it, so the worker stays grown.
    const { pid } = await pool.run<{ pid: number }>('hold', { mb: 300 });
    await until(() => events.length > 0 && pool!.pids.length === 1 && !pool!.pids.includes(pid));
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e).toMatchObject({ pid, trigger: 'idle', job: undefined });
    expect(e.rssMb).toBeGreaterThan(300);
    expect(e.reason).toMatch(new RegExp(`^worker process ${pid} replaced after 0\\.2 s idle: resident memory ${e.rssMb} MB is over 1\\.5x its start of \\d+ MB$`));
    expect(pool.pids).not.toContain(pid);
    expect(pool.memory().recycles).toBe(1);
    // The fresh worker runs jobs, and after a small one it is under the factor: left alone.
    expect((await pool.run<{ pid: number }>('ping', {})).pid).not.toBe(pid);
    await sleep(1500);
    expect(events).toHaveLength(1);
  });

  it('keeps an idle worker under the factor', async () => {
    const events: WorkerRecycleEvent[] = [];
    pool = new WorkerPool({ size: 1, config, entry: testWorkerEntry(), idleReleaseMs: 100, onRecycle: (e) => events.push(e) });
    const file = join(dir, 'released');
    // The hook marks that the release ran; the worker then measures itself and stays.
    const a = await pool.run<{ pid: number }>('slow-release', { file, ms: 0 });
    await until(() => existsSync(file));
    expect(existsSync(file)).toBe(true);
    await sleep(1000);
    expect(events).toEqual([]);
    expect((await pool.run<{ pid: number }>('ping', {})).pid).toBe(a.pid);
  });

  it('runs a job sent during the release once, on the fresh worker', async () => {
    const events: WorkerRecycleEvent[] = [];
    pool = new WorkerPool({ size: 1, config, entry: testWorkerEntry(), idleReleaseMs: 100, onRecycle: (e) => events.push(e) });
    const started = join(dir, 'releasing');
    const out = join(dir, 'ran');
    await pool.run('slow-release', { file: started, ms: 1500 });
    const { pid } = await pool.run<{ pid: number }>('hold', { mb: 300 });
    await until(() => existsSync(started));
    expect(existsSync(started)).toBe(true);
    // The worker is releasing now (its hook waits 1.5 s): the job must wait for a worker that stays.
    const ran = await pool.run<{ pid: number }>('append', { file: out, line: 'once' });
    expect(ran.pid).not.toBe(pid);
    expect(events.map((e) => e.pid)).toEqual([pid]);
    expect(readFileSync(out, 'utf8')).toBe('once\n');
  });

  it('replaces a worker whose release does not answer in time, and says so', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      pool = new WorkerPool({ size: 1, config, entry: testWorkerEntry(), idleReleaseMs: 100, releaseTimeoutMs: 400 });
      const started = join(dir, 'releasing');
      // The hook starts and never ends within the test: the worker would stay out of service.
      const { pid } = await pool.run<{ pid: number }>('slow-release', { file: started, ms: 120_000 });
      await until(() => existsSync(started) && pool!.pids.length === 1 && !pool!.pids.includes(pid));
      expect(pool.pids).not.toContain(pid);
      expect(warnings).toContain(`transferlab pool: worker process ${pid} did not finish its idle release within 0.4 s; it is replaced`);
      expect((await pool.run<{ pid: number }>('ping', {})).pid).not.toBe(pid);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('is off without idleReleaseMs, and a shut-down pool leaves no timer behind', async () => {
    const events: WorkerRecycleEvent[] = [];
    pool = new WorkerPool({ size: 1, config, entry: testWorkerEntry(), onRecycle: (e) => events.push(e) });
    const { pid } = await pool.run<{ pid: number }>('hold', { mb: 200 });
    await sleep(1000);
    expect(events).toEqual([]);
    expect(pool.pids).toEqual([pid]);
    const idle = new WorkerPool({ size: 1, config, entry: testWorkerEntry(), idleReleaseMs: 60_000 });
    await idle.run('ping', {});
    await idle.shutdown();
    expect(idle.pids).toEqual([]);
  });

  it("gives each worker the pool's cache budget", async () => {
    pool = new WorkerPool({ size: 1, config: { ...config, cacheMb: 40 }, entry: testWorkerEntry() });
    expect(await pool.run<number>('cache-limit', {})).toBe(40 * 2 ** 20);
  });
});
