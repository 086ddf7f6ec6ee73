import { Logger } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'worker-recycle-token';

// With a recycle threshold below any worker's size, every trial's worker is replaced once the
// trial ends, with the reason logged, and the next trial runs on the fresh worker.
describe('trial workers over the recycle threshold', { timeout: 120_000 }, () => {
  let server: TestServer;
  const log = vi.spyOn(Logger.prototype, 'warn');
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN, TRANSFERLAB_WORKER_RECYCLE_MB: '64', TRANSFERLAB_GROUP_TRIALS: 'off' });
  });
  afterAll(async () => {
    await server?.close();
    log.mockRestore();
  });

  it('are replaced after each trial, with the reason logged, and the next trial runs', async () => {
    expect(server.config.workerRecycleMb).toBe(64);
    const { body } = await postQuery<{ startRun: { id: string } }>(server.url, START, { input: { analysis: 'fixture-hog', params: { hogs: ['none', 'none'] } } }, TOKEN);
    const run = await waitForRun(server.url, body.data!.startRun.id);
    expect(run).toMatchObject({ status: 'COMPLETED', completedCount: 2, failedCount: 0 });
    const reasons = log.mock.calls
      .map((c) => String(c[0]))
      .filter((m) => m.includes('over the recycle threshold of 64 MB (TRANSFERLAB_WORKER_RECYCLE_MB)'));
    expect(reasons).toHaveLength(2);
    const pids = reasons.map((m) => /^worker process (\d+) replaced after job '[^']+': resident memory \d+ MB is over/.exec(m)?.[1]);
    expect(pids.every((p) => p !== undefined)).toBe(true);
    // The second trial ran on the worker that replaced the first one.
    expect(new Set(pids).size).toBe(2);
  });

  it('are listed by the workers query with their memory, the threshold and the recycles so far', async () => {
    const query = '{ workers { id local pid slots completed recycleThresholdMb memoryRecycles processes { pid rssBytes heapUsedBytes cacheBytes busy startedAt reportedAt } } }';
    type Row = { id: string; local: boolean; pid: number; slots: number; completed: number; recycleThresholdMb: number; memoryRecycles: number; processes: { pid: number; rssBytes: number | null; heapUsedBytes: number | null; cacheBytes: number | null; busy: boolean; reportedAt: string | null }[] };
    // The replacement of the last recycled worker reports once it is ready.
    let workers: Row[] = [];
    for (let i = 0; i < 100; i++) {
      workers = (await postQuery<{ workers: Row[] }>(server.url, query)).body.data!.workers;
      if (workers[0]?.processes[0]?.heapUsedBytes != null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(workers).toHaveLength(1);
    const w = workers[0]!;
    expect(w).toMatchObject({ id: 'local', local: true, pid: process.pid, slots: 1, completed: 2, recycleThresholdMb: 64, memoryRecycles: 2 });
    expect(w.processes).toHaveLength(1);
    const p = w.processes[0]!;
    expect(p.busy).toBe(false);
    expect(p.rssBytes).toBeGreaterThan(20 * 2 ** 20);
    expect(p.heapUsedBytes).toBeGreaterThan(2 ** 20);
    expect(p.heapUsedBytes).toBeLessThan(p.rssBytes!);
    expect(p.cacheBytes).toBeGreaterThanOrEqual(0);
    expect(p.reportedAt).not.toBeNull();
  });
});
