import type { ChildProcess } from 'node:child_process';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrialWorkerNode } from '../src/remote-workers/trial-worker-node';
import { exited, freePort, startRedis } from './helpers/processes';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

interface Row {
  id: string;
  local: boolean;
  pid: number;
  slots: number;
  recycleThresholdMb: number | null;
  memoryRecycles: number;
  processes: { pid: number; rssBytes: number | null; heapUsedBytes: number | null; cacheBytes: number | null; busy: boolean }[];
}
const QUERY = '{ workers { id local pid slots recycleThresholdMb memoryRecycles processes { pid rssBytes heapUsedBytes cacheBytes busy } } }';

// A worker command (its TrialWorkerNode, in this process) announces its engine processes'
// memory through Redis; the server lists it with the bullmq queue.
describe('memory of a worker command on the bullmq queue', { timeout: 120_000 }, () => {
  let redis: ChildProcess;
  let server: TestServer;
  let node: TrialWorkerNode;

  beforeAll(async () => {
    const port = await freePort();
    redis = await startRedis(port);
    server = await startTestServer({
      TRANSFERLAB_QUEUE: 'bullmq',
      TRANSFERLAB_REDIS_URL: `redis://127.0.0.1:${port}`,
      TRANSFERLAB_API_TOKEN: 'remote-worker-memory-token',
      TRANSFERLAB_WORKER_TOKEN: 'remote-worker-memory-worker-token',
      TRANSFERLAB_WORKER_RECYCLE_MB: '1024',
    });
    node = new TrialWorkerNode(server.config as ConstructorParameters<typeof TrialWorkerNode>[0], server.app.get(DataSource));
  });
  afterAll(async () => {
    await node?.close(0);
    await server?.close();
    redis?.kill('SIGKILL');
    if (redis) await exited(redis);
  });

  it('lists its engine processes with RSS, V8 heap and cache bytes, its recycle threshold and recycles', async () => {
    // Announcements come every 5 s; the engine processes report once they are ready.
    let row: Row | undefined;
    for (let i = 0; i < 100 && row?.processes[0]?.heapUsedBytes == null; i++) {
      row = (await postQuery<{ workers: Row[] }>(server.url, QUERY)).body.data!.workers.find((w) => w.id === node.id);
      if (row?.processes[0]?.heapUsedBytes == null) await new Promise((r) => setTimeout(r, 200));
    }
    expect(row).toMatchObject({ local: false, pid: process.pid, slots: 1, recycleThresholdMb: 1024, memoryRecycles: 0 });
    expect(row!.processes.map((p) => p.pid)).toEqual(node.pids);
    const p = row!.processes[0]!;
    expect(p.rssBytes).toBeGreaterThan(20 * 2 ** 20);
    expect(p.heapUsedBytes).toBeGreaterThan(2 ** 20);
    expect(p.cacheBytes).toBeGreaterThanOrEqual(0);
    expect(p.busy).toBe(false);
  });
});
