import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrialWorkerNode } from '../src/remote-workers/trial-worker-node';
import { startBullmqTestServer, type BullmqTestServer } from './helpers/bullmq-test-server';
import { postQuery, type TestServer } from './helpers/test-server';

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
  let deployment: BullmqTestServer;
  let server: TestServer;
  let node: TrialWorkerNode;

  beforeAll(async () => {
    deployment = await startBullmqTestServer('remote-worker-memory-token', 'remote-worker-memory-worker-token', {
      TRANSFERLAB_WORKER_RECYCLE_MB: '1024',
    });
    server = deployment.server;
    node = new TrialWorkerNode(server.config as ConstructorParameters<typeof TrialWorkerNode>[0], server.app.get(DataSource));
  });
  afterAll(async () => {
    await node?.close(0);
    await deployment?.close();
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
