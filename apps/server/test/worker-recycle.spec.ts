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
});
