import type { CacheUse } from '@transferlab/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataWorker } from '../src/job-host/data-worker.service';
import { WORKER_CACHE_USE_JOB } from '../src/job-host/worker-caches';
import { startTestServer, type TestServer } from './helpers/test-server';

// A server configured in-process (parseConfig, not this process's environment) gives its
// workers its own settings through the pool: the cache budget arrives with their init message.
describe("a server's worker settings", { timeout: 120_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_WORKER_CACHE_MB: '40', TRANSFERLAB_WORKER_IDLE_RELEASE_S: '0' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('reach its worker processes', async () => {
    expect(server.config).toMatchObject({ workerCacheMb: 40, workerIdleReleaseS: 0 });
    const use = await server.app.get(DataWorker).run<CacheUse>(WORKER_CACHE_USE_JOB, {});
    expect(use.limitBytes).toBe(40 * 2 ** 20);
  });
});
