import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobTimeoutError, PoolErrorCode, WorkerMemoryError } from './pool-errors';
import { testWorkerEntry } from './worker-entry';
import { heapLimitMb, isMemoryFailure, workerLaunch } from './worker-limits';
import { WorkerPool } from './worker-pool';
import { rejectionOf } from '../../test/fixtures/rejection-of';

const config = { threads: 1, executionProvider: 'cpu' } as const;
const CAP_MB = 512;

/** A /proc/<pid>/limits row, in bytes (Linux). */
function limitOf(pid: number, row: string): string {
  const line = readFileSync(`/proc/${pid}/limits`, 'utf8').split('\n').find((l) => l.startsWith(row));
  return line?.slice(row.length).trim().split(/\s+/)[0] ?? '?';
}

describe('workerLaunch', () => {
  const entry = { path: '/x/worker.js', execArgv: ['--import', 'tsx'] };
  it('starts node itself when there is no cap', () => {
    expect(workerLaunch(entry, undefined)).toEqual({ execPath: process.execPath, execArgv: ['--import', 'tsx'] });
  });
  it('caps the V8 heap at 1/2 and, on Linux, the data segment at the whole cap', () => {
    expect(heapLimitMb(1024)).toBe(512);
    expect(workerLaunch(entry, 1024, 'darwin')).toEqual({ execPath: process.execPath, execArgv: ['--max-old-space-size=512', '--import', 'tsx'] });
    const linux = workerLaunch(entry, 1024, 'linux');
    expect(linux.execArgv).toEqual(expect.arrayContaining(['--max-old-space-size=512', '--import', 'tsx', process.execPath]));
    expect(linux.execPath === '/bin/sh' ? linux.execArgv[2] : linux.execArgv[0]).toBe(linux.execPath === '/bin/sh' ? String(1024 * 1024) : `--data=${1024 * 2 ** 20}`);
  });
  it('tells allocation failures from other errors', () => {
    expect(isMemoryFailure('RangeError: Array buffer allocation failed')).toBe(true);
    expect(isMemoryFailure('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory')).toBe(true);
    expect(isMemoryFailure('bfc_arena.cc:359 Failed to allocate memory for requested buffer of size 1600000000')).toBe(true);
    expect(isMemoryFailure('job failed on purpose: no')).toBe(false);
  });
});

describe.runIf(process.platform === 'linux')('WorkerPool with a memory cap and a timeout', { timeout: 120_000 }, () => {
  let pool: WorkerPool;
  beforeAll(async () => {
    pool = new WorkerPool({ size: 1, config, entry: testWorkerEntry(), memoryLimitMb: CAP_MB });
    await pool.run('ping', {});
  });
  afterAll(async () => {
    await pool.shutdown();
  });

  it('starts workers with RLIMIT_DATA at the cap, and runs jobs under it', async () => {
    const { pid } = await pool.run<{ pid: number }>('ping', {});
    expect(limitOf(pid, 'Max data size')).toBe(String(CAP_MB * 2 ** 20));
    await expect(pool.run('allocate', { mb: 64 })).resolves.toMatchObject({ bytes: 64 * 2 ** 20 });
  });

  it('fails a job that allocates native memory past the cap with the memory reason, replaces its worker, serves the next job', async () => {
    const before = await pool.run<{ pid: number }>('ping', {});
    // One 2 GB buffer: refused at once by the data limit (a gradual fill may instead kill V8 in a GC, reported by the next test's path).
    const e = await rejectionOf(pool.run('allocate', { mb: 2048, chunks: 1 }));
    expect(e).toBeInstanceOf(WorkerMemoryError);
    expect((e as WorkerMemoryError).code).toBe(PoolErrorCode.WorkerOutOfMemory);
    expect(e.message).toMatch(/^job 'allocate' exceeded its worker's memory cap of 512 MB \(RangeError: Array buffer allocation failed\); its worker was replaced$/);
    const next = await pool.run<{ pid: number }>('ping', {});
    expect(next.pid).not.toBe(before.pid);
  });

  it('fails a job whose V8 heap outgrows the cap (a fatal OOM of the worker) with the memory reason, and serves the next job', async () => {
    const e = await rejectionOf(pool.run('grow-heap', {}));
    expect(e).toBeInstanceOf(WorkerMemoryError);
    expect(e.message).toMatch(/^job 'grow-heap' exceeded its worker's memory cap of 512 MB \(worker process \d+ killed by signal SIG[A-Z]+: .*(heap out of memory|Allocation failed).*\); its worker was replaced$/);
    await expect(pool.run('ping', {})).resolves.toHaveProperty('pid');
  });

  it('fails a job past its timeout with the timeout reason, and serves the next job', async () => {
    const e = await rejectionOf(pool.run('block', { ms: 20_000 }, { timeoutMs: 500 }));
    expect(e).toBeInstanceOf(JobTimeoutError);
    expect(e.message).toBe("job 'block' ran longer than 500 ms; its worker was killed and replaced");
    await expect(pool.run('ping', {})).resolves.toHaveProperty('pid');
  });
});
