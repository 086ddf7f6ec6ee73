import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeModel } from '../onnx/codec';
import { absExpModel } from '../../test/fixtures/tiny-models';
import { JobCancelledError, JobFailedError, JobTimeoutError, type PoolError, PoolErrorCode, WorkerCrashedError } from './pool-errors';
import type { RunModelPayload, RunModelResult } from './run-model-job';
import { testWorkerEntry } from './worker-entry';
import { WorkerPool } from './worker-pool';
import { rejectionOf } from '../../test/fixtures/rejection-of';

const config = { threads: 1, executionProvider: 'cpu' } as const;

/** Wait until `n` workers are up and serving (at start, or after a replacement): n concurrent jobs land on n distinct processes. */
async function settled(pool: WorkerPool, n: number): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const r = await Promise.all(Array.from({ length: n }, () => pool.run<{ pid: number }>('sleep', { ms: 100 })));
    if (new Set(r.map((x) => x.pid)).size === n) return;
  }
  throw new Error(`pool did not reach ${n} serving workers`);
}

describe('WorkerPool', { timeout: 60_000 }, () => {
  let pool: WorkerPool;
  beforeAll(async () => {
    pool = new WorkerPool({ size: 2, config, entry: testWorkerEntry(), abortGraceMs: 500 });
    await settled(pool, 2);
  });
  afterAll(async () => {
    await pool.shutdown();
  });

  it('runs jobs in separate processes and round-trips typed arrays', async () => {
    const { pid } = await pool.run<{ pid: number }>('ping', {});
    expect(pid).not.toBe(process.pid);
    expect(pool.pids).toContain(pid);
    const payload = { a: Float32Array.from([1.5, -2]), b: BigInt64Array.from([3n, -4n]), s: 'x' };
    expect(await pool.run('echo', payload)).toEqual(payload);
  });

  it('queues more jobs than workers and uses every worker', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => pool.run<{ pid: number }>('sleep', { ms: 100 })));
    expect(new Set(results.map((r) => r.pid)).size).toBe(2);
  });

  it('rejects a job that throws with its message and keeps the worker', async () => {
    const before = [...pool.pids].sort();
    const e = await rejectionOf(pool.run('throw', { reason: 'bad input' }));
    expect(e).toBeInstanceOf(JobFailedError);
    expect(e.message).toBe("job 'throw' failed in the worker: Error: job failed on purpose: bad input");
    expect([...pool.pids].sort()).toEqual(before);
  });

  it('names the registered jobs when a job is unknown', async () => {
    const e = await rejectionOf(pool.run('nope', {}));
    expect(e.message).toMatch(/unknown job 'nope'; registered jobs: .*crash.*ping.*run-model/);
  });

  it('rejects the in-flight job of a worker that aborts (native fault) and replaces the worker', async () => {
    const e = await rejectionOf(pool.run('crash', {}));
    expect(e).toBeInstanceOf(WorkerCrashedError);
    expect((e as WorkerCrashedError).signal).toBe('SIGABRT');
    expect(e.message).toMatch(/^worker process \d+ died while running job 'crash': killed by signal SIGABRT$/);
    await settled(pool, 2);
    expect(pool.pids).toHaveLength(2);
  });

  it('rejects the job of a worker killed with SIGKILL', async () => {
    const pending = pool.run('sleep', { ms: 10_000 });
    // The job goes to some worker; kill them all, only the busy one carries a job.
    await new Promise((r) => setTimeout(r, 300));
    const victims = pool.pids;
    for (const pid of victims) process.kill(pid, 'SIGKILL');
    const e = await rejectionOf(pending);
    expect(e).toBeInstanceOf(WorkerCrashedError);
    expect(e.message).toMatch(/died while running job 'sleep': killed by signal SIGKILL$/);
    // The idle victim's exit may not be processed yet; a job sent to it now would fail too.
    while (pool.pids.some((p) => victims.includes(p))) await new Promise((r) => setTimeout(r, 20));
    await settled(pool, 2);
    expect(pool.pids.some((p) => victims.includes(p))).toBe(false);
  });

  it('reports the exit code of a worker that exits', async () => {
    const e = await rejectionOf(pool.run('exit', { code: 3 }));
    expect(e.message).toMatch(/died while running job 'exit': exited with code 3$/);
  });

  it('kills and replaces a worker whose job runs past its timeout', async () => {
    const e = await rejectionOf(pool.run('sleep', { ms: 20_000 }, { timeoutMs: 300 }));
    expect(e).toBeInstanceOf(JobTimeoutError);
    expect(e.message).toBe("job 'sleep' ran longer than 300 ms; its worker was killed and replaced");
    await settled(pool, 2);
    // A job that finishes in time is unaffected by its timeout.
    await expect(pool.run('sleep', { ms: 10 }, { timeoutMs: 10_000 })).resolves.toHaveProperty('pid');
  });

  it('passes progress values from a running job to onProgress, in order, before the result', async () => {
    const seen: unknown[] = [];
    await pool.run('steps', { steps: 4, ms: 10 }, { onProgress: (v) => seen.push(v) });
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('cancels a running job through its signal and keeps its worker, and drops a queued one', async () => {
    const controller = new AbortController();
    const seen: unknown[] = [];
    const busy = [pool.run('sleep', { ms: 1500 }), pool.run('steps', { steps: 1000, ms: 20, cooperative: true }, { signal: controller.signal, onProgress: (v) => seen.push(v) })];
    const queued = pool.run('sleep', { ms: 10 }, { signal: controller.signal });
    while (seen.length === 0) await new Promise((r) => setTimeout(r, 10));
    const before = pool.pids;
    const t0 = Date.now();
    controller.abort();
    const [running, dropped] = await Promise.all([rejectionOf(busy[1]!), rejectionOf(queued)]);
    expect(running).toBeInstanceOf(JobCancelledError);
    expect(running.message).toBe("job 'steps' was cancelled");
    expect(dropped).toBeInstanceOf(JobCancelledError);
    // It stopped at its next step, well inside the grace period: no worker was killed.
    expect(Date.now() - t0).toBeLessThan(500);
    await expect(busy[0]).resolves.toHaveProperty('pid');
    await settled(pool, 2);
    expect([...pool.pids].sort()).toEqual([...before].sort());
    // An already aborted signal refuses the job at once.
    await expect(pool.run('ping', {}, { signal: controller.signal })).rejects.toBeInstanceOf(JobCancelledError);
  });

  it('kills and replaces the worker of a cancelled job that ignores its signal past the grace period', async () => {
    const controller = new AbortController();
    const blocked = pool.run('block', { ms: 20_000 }, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 200));
    const before = pool.pids;
    controller.abort();
    const e = await rejectionOf(blocked);
    expect(e).toBeInstanceOf(JobCancelledError);
    await settled(pool, 2);
    expect(pool.pids.filter((p) => before.includes(p))).toHaveLength(1);
  });

  it('workers take the configured niceness at start', async () => {
    const nice = new WorkerPool({ size: 1, config: { ...config, niceness: 7 }, entry: testWorkerEntry() });
    try {
      await expect(nice.run('ping', {})).resolves.toMatchObject({ priority: 7 });
      await expect(pool.run('ping', {})).resolves.toMatchObject({ priority: 0 });
    } finally {
      await nice.shutdown();
    }
  });

  it('production workers do not know the test jobs', async () => {
    const prod = new WorkerPool({ size: 1, config });
    try {
      const e = await rejectionOf(prod.run('crash', {}));
      expect(e).toBeInstanceOf(JobFailedError);
      expect(e.message).toMatch(/unknown job 'crash'/);
    } finally {
      await prod.shutdown();
    }
  });

  it('runs an ONNX model in a worker', async () => {
    const x = Float32Array.from([-1, 0.5, -0.25, 2]);
    const payload: RunModelPayload = { modelKey: 'abs-exp', modelBytes: encodeModel(absExpModel()), feeds: { x: { dims: [1, 4], data: x } } };
    const out = await pool.run<RunModelResult>('run-model', payload);
    expect(out.y!.dims).toEqual([1, 4]);
    [...out.y!.data].forEach((v, i) => expect(v).toBeCloseTo(Math.exp(Math.abs(x[i]!)), 5));
  });
});

describe('WorkerPool lifecycle', { timeout: 60_000 }, () => {
  it('finishes running jobs on shutdown, then refuses new ones and ends its workers', async () => {
    const pool = new WorkerPool({ size: 1, config, entry: testWorkerEntry() });
    const pids = pool.pids;
    const running = pool.run<{ pid: number }>('sleep', { ms: 200 });
    await pool.shutdown();
    await expect(running).resolves.toEqual({ pid: pids[0] });
    const e = await rejectionOf(pool.run('ping', {}));
    expect((e as PoolError).code).toBe(PoolErrorCode.PoolClosed);
    expect(() => process.kill(pids[0]!, 0)).toThrow();
  });

  it('gives up when workers cannot start', async () => {
    const pool = new WorkerPool({ size: 1, config, entry: { path: '/nonexistent/worker.js', execArgv: [] } });
    const e = await rejectionOf(pool.run('ping', {}));
    expect((e as PoolError).code).toBe(PoolErrorCode.WorkerStartFailed);
    expect(e.message).toMatch(/pool workers fail to start \(exit code 1, 3 times in a row, entry \/nonexistent\/worker\.js\); job 'ping' was not run/);
    await pool.shutdown();
  });
});

describe('WorkerPool shutdown after losing its workers', { timeout: 60_000 }, () => {
  it('rejects queued jobs instead of waiting forever', async () => {
    const pool = new WorkerPool({ size: 1, config, entry: testWorkerEntry() });
    await pool.run('ping', {});
    // Handlers attached at once: both promises settle while shutdown is awaited.
    const running = rejectionOf(pool.run('sleep', { ms: 5_000 }));
    const queued = rejectionOf(pool.run('ping', {}));
    await new Promise((r) => setTimeout(r, 200));
    const done = pool.shutdown();
    process.kill(pool.pids[0]!, 'SIGKILL');
    await done;
    expect(await running).toBeInstanceOf(WorkerCrashedError);
    expect(((await queued) as PoolError).code).toBe(PoolErrorCode.PoolClosed);
  });
});
