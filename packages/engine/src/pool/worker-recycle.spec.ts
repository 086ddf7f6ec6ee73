import { afterEach, describe, expect, it } from 'vitest';
import { testWorkerEntry } from './worker-entry';
import { WorkerPool } from './worker-pool';
import type { WorkerRecycleEvent } from './worker-replacement';

const config = { threads: 1, executionProvider: 'cpu' } as const;

/** Wait until the pool has `n` workers again (a recycled one leaves, then its replacement starts). */
async function poolSize(pool: WorkerPool, n: number): Promise<void> {
  for (let i = 0; i < 500 && pool.pids.length !== n; i++) await new Promise((r) => setTimeout(r, 10));
  expect(pool.pids).toHaveLength(n);
}

describe('WorkerPool recycling by resident memory', { timeout: 60_000 }, () => {
  let pool: WorkerPool | undefined;
  afterEach(async () => {
    await pool?.shutdown();
    pool = undefined;
  });

  it('replaces a worker whose RSS after a job is over the threshold, says why, and runs the next job on a fresh one', async () => {
    const events: WorkerRecycleEvent[] = [];
    // 1 MB: below any Node process, so every job ends with its worker replaced.
    pool = new WorkerPool({ size: 1, config, entry: testWorkerEntry(), recycleRssMb: 1, onRecycle: (e) => events.push(e) });
    const first = await pool.run<{ pid: number }>('ping', {});
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ pid: first.pid, thresholdMb: 1, job: 'ping' });
    expect(events[0]!.rssMb).toBeGreaterThan(1);
    expect(events[0]!.reason).toBe(
      `worker process ${first.pid} replaced after job 'ping': resident memory ${events[0]!.rssMb} MB is over the recycle threshold of 1 MB`,
    );
    // The job queued behind it runs on the replacement, not on the leaving worker.
    const second = await pool.run<{ pid: number }>('ping', {});
    expect(second.pid).not.toBe(first.pid);
    await poolSize(pool, 1);
    expect(pool.pids).not.toContain(first.pid);
  });

  it('recycles after a failed job too', async () => {
    const events: WorkerRecycleEvent[] = [];
    pool = new WorkerPool({ size: 1, config, entry: testWorkerEntry(), recycleRssMb: 1, onRecycle: (e) => events.push(e) });
    await expect(pool.run('throw', { reason: 'x' })).rejects.toThrow(/job failed on purpose: x/);
    expect(events.map((e) => e.job)).toEqual(['throw']);
    expect((await pool.run<{ pid: number }>('ping', {})).pid).not.toBe(events[0]!.pid);
  });

  it('keeps a worker under the threshold', async () => {
    const events: WorkerRecycleEvent[] = [];
    pool = new WorkerPool({ size: 1, config, entry: testWorkerEntry(), recycleRssMb: 4_194_304, onRecycle: (e) => events.push(e) });
    const a = await pool.run<{ pid: number }>('ping', {});
    const b = await pool.run<{ pid: number }>('ping', {});
    expect(b.pid).toBe(a.pid);
    expect(events).toEqual([]);
  });

  it("reports each worker's memory (RSS, V8 heap, cache bytes), the threshold and the recycles so far", async () => {
    pool = new WorkerPool({ size: 1, config, entry: testWorkerEntry(), recycleRssMb: 1, onRecycle: () => undefined });
    await pool.run('ping', {});
    await pool.run('ping', {});
    // The replacement reports right after it is ready.
    for (let i = 0; i < 500 && pool.memory().workers[0]?.memory === undefined; i++) await new Promise((r) => setTimeout(r, 10));
    const m = pool.memory();
    expect(m).toMatchObject({ recycleRssMb: 1, memoryLimitMb: undefined, recycles: 2 });
    expect(m.workers).toHaveLength(1);
    const w = m.workers[0]!;
    expect(w.pid).toBe(pool.pids[0]);
    expect(w.memory!.rssBytes).toBeGreaterThan(10 * 2 ** 20);
    expect(w.memory!.heapUsedBytes).toBeGreaterThan(2 ** 20);
    expect(w.memory!.heapUsedBytes).toBeLessThan(w.memory!.rssBytes);
    expect(w.memory!.cacheBytes).toBeGreaterThanOrEqual(0);
    expect(Date.parse(w.reportedAt!)).toBeGreaterThanOrEqual(Date.parse(w.startedAt));
  });
});
