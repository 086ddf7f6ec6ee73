import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBullmqTestServer, type BullmqTestServer } from './helpers/bullmq-test-server';
import { START } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'remote-datasets-api-token';
const WORKER_TOKEN = 'remote-datasets-worker-token';
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const BASE = { sources: [NATURAL], n: [20], depths: [0], seeds: [0], epochs: 1, testLimit: 50 };
/** A view of mnist: its checksum derives from mnist's, not from the images it holds. */
const SUBSET = { name: 'class-subset', params: { dataset: 'mnist', classes: [0, 1] } };
const CANCEL = 'mutation ($id: ID!) { cancelRun(id: $id) { status } }';

interface Started {
  startRun: { id: string; status: string; trialCount: number };
}

// With the bullmq queue, remote worker commands fetch every dataset from the server, packed by
// it and checked against the trial's checksum: startRun refuses what they could not receive,
// naming the field and the dataset, before anything is queued. No worker command is started:
// the refusal comes before one would see the run.
describe('startRun with remote workers refuses datasets they cannot receive', { timeout: 180_000 }, () => {
  let deployment: BullmqTestServer;
  let server: TestServer;
  const start = (analysis: string, params: Record<string, unknown>, on: TestServer = server) =>
    postQuery<Started>(on.url, START, { input: { analysis, params } }, TOKEN);
  const runIds = async (on: TestServer = server): Promise<string[]> =>
    (await postQuery<{ runs: { id: string }[] }>(on.url, '{ runs { id } }')).body.data!.runs.map((r) => r.id);

  beforeAll(async () => {
    deployment = await startBullmqTestServer(TOKEN, WORKER_TOKEN);
    server = deployment.server;
  });
  afterAll(async () => {
    await deployment?.close();
  });

  it('refuses a class-subset view, naming the target and the view, and queues nothing', async () => {
    const { body } = await start('transfer', { ...BASE, targets: ['mnist', 'mnist-01'], views: { 'mnist-01': SUBSET } });
    expect(body.errors?.[0]?.extensions?.reason).toBe('INVALID_PARAMS');
    const message = body.errors?.[0]?.message ?? '';
    expect(message).toMatch(
      /^params for analysis 'transfer' are not valid: targets\.1 \(views\.mnist-01\): dataset 'class-subset\{"classes":\[0,1\],"dataset":"mnist"\}' cannot be sent to remote workers \(TRANSFERLAB_QUEUE=bullmq\): its checksum \([0-9a-f]{12}…\) is derived from the dataset it reads, not computed from its own images/,
    );
    expect(message).toMatch(/run it on the local queue \(TRANSFERLAB_QUEUE=local\)$/);
    // mnist itself (targets.0) can be sent: it is not named.
    expect(message).not.toMatch(/targets\.0/);
    expect(await runIds()).toEqual([]);
  });

  it('refuses the built-in views too (fashion-mnist-a is a class subset of Fashion-MNIST), naming the field', async () => {
    const { body } = await start('robustness', { sources: [NATURAL], dataset: 'fashion-mnist-a', norms: ['Linf'], epsLinf: [4 / 255], attacks: ['fgsm'], testLimit: 10 });
    expect(body.errors?.[0]?.message).toMatch(/^params for analysis 'robustness' are not valid: dataset: dataset 'fashion-mnist-a' cannot be sent to remote workers \(TRANSFERLAB_QUEUE=bullmq\): its checksum .* is derived/);
    expect(await runIds()).toEqual([]);
  });

  it('refuses a dataset whose spec is longer than a worker may ask for', async () => {
    // mnist's schema drops the unknown param, so the dataset loads and packs; its spec, as a worker would send it, is too long.
    const long = { name: 'mnist', params: { note: 'x'.repeat(5000) } };
    const { body } = await start('transfer', { ...BASE, targets: ['long'], views: { long } });
    expect(body.errors?.[0]?.message).toMatch(/targets\.0 \(views\.long\): dataset 'mnist\{"note":"x+"\}' cannot be sent to remote workers \(TRANSFERLAB_QUEUE=bullmq\): its plugin and params are (\d+) characters as JSON, and a worker may ask for at most 4096;/);
    expect(Number(/are (\d+) characters/.exec(body.errors![0]!.message)![1])).toBe(JSON.stringify(long).length);
    expect(await runIds()).toEqual([]);
  });

  it('queues a run whose datasets can be sent, with each dataset packed for the workers already', async () => {
    const { body } = await start('transfer', { ...BASE, targets: ['mnist'] });
    expect(body.errors).toBeUndefined();
    const run = body.data!.startRun;
    // Handed to the queue (no worker command is there to take it).
    expect(run.status).toMatch(/^(QUEUED|RUNNING)$/);
    expect(run.trialCount).toBe(1);
    // The bundle a worker's first request asks for is on disk already, under mnist's content checksum.
    const { body: dataset } = await postQuery<{ dataset: { details: { checksum: string } } }>(server.url, '{ dataset(name: "mnist") { details { checksum } } }');
    expect(dataset.errors).toBeUndefined();
    expect(existsSync(join(server.config.dataDir, 'dataset-bundles', `${dataset.data!.dataset.details.checksum}.bin`))).toBe(true);
    expect((await postQuery(server.url, CANCEL, { id: run.id }, TOKEN)).body.errors).toBeUndefined();
  });

  it('accepts the same view on the local queue, whose workers load datasets themselves', async () => {
    const local = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
    try {
      const { body } = await start('transfer', { ...BASE, targets: ['mnist-01'], views: { 'mnist-01': SUBSET } }, local);
      expect(body.errors).toBeUndefined();
      expect(body.data!.startRun.status).toMatch(/^(QUEUED|RUNNING)$/);
      await postQuery(local.url, CANCEL, { id: body.data!.startRun.id }, TOKEN);
    } finally {
      await local.close();
    }
  });
});
