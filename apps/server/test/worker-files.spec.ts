import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plugins as datasetPlugins } from '@transferlab/plugins-datasets';
import type { Dataset, DatasetPlugin } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackDataset } from '../src/job-host/dataset-bundle';
import { RemoteFiles } from '../src/remote-workers/remote-files';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'worker-files-api-token';
const WORKER_TOKEN = 'worker-files-worker-token';
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** A server that answers every request with the given bytes, altered: what a worker must refuse. */
async function tamperingServer(bytes: (path: string) => Promise<Uint8Array>): Promise<{ base: string; server: Server }> {
  const server = createServer((req, res) => {
    void bytes(req.url ?? '').then((b) => {
      const copy = Buffer.from(b);
      copy[copy.length - 1] = (copy[copy.length - 1]! + 1) % 256;
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(copy);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

describe('a worker fetches the models and datasets it lacks from the server, by checksum', { timeout: 120_000 }, () => {
  let server: TestServer;
  let base: string;
  let mnist: Dataset;
  let modelSum: string;
  const dirs: string[] = [];
  const cacheDir = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'tl-worker-cache-'));
    dirs.push(d);
    return d;
  };

  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN, TRANSFERLAB_WORKER_TOKEN: WORKER_TOKEN });
    base = server.url.replace(/\/graphql$/, '');
    const plugin = datasetPlugins.find((p) => p.name === 'mnist') as DatasetPlugin;
    mnist = await plugin.load(plugin.params.parse({}), createTestContext());
    const { body } = await postQuery<{ model: { checksum: string } }>(server.url, 'query ($id: ID!) { model(id: $id) { checksum } }', { id: NATURAL });
    modelSum = body.data!.model.checksum;
  });
  afterAll(async () => {
    await server?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('fetches a model and a dataset into its own data directory, and checks them', async () => {
    const dir = cacheDir();
    const files = new RemoteFiles(base, WORKER_TOKEN, dir);
    const modelFile = await files.model(modelSum);
    expect(modelFile.startsWith(dir)).toBe(true);
    expect(sha256(readFileSync(modelFile))).toBe(modelSum);

    const datasetFile = await files.dataset('mnist', mnist.checksum);
    expect(datasetFile.startsWith(dir)).toBe(true);
    const copy = unpackDataset(readFileSync(datasetFile), mnist.checksum);
    expect(copy.sizes).toEqual(mnist.sizes);
    expect(copy.classes).toEqual(mnist.classes);
    const [a, b] = await Promise.all([copy.read('test', [0, mnist.sizes.test - 1]), mnist.read('test', [0, mnist.sizes.test - 1])]);
    expect(Array.from(a.images.data)).toEqual(Array.from(b.images.data));
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
  });

  it('refuses a model and a dataset whose bytes do not match the checksum, and keeps neither', async () => {
    const honest = new RemoteFiles(base, WORKER_TOKEN, cacheDir());
    const real = async (path: string): Promise<Uint8Array> =>
      readFileSync(path.includes('/models/') ? await honest.model(modelSum) : await honest.dataset('mnist', mnist.checksum));
    const fake = await tamperingServer(real);
    try {
      const dir = cacheDir();
      const files = new RemoteFiles(fake.base, WORKER_TOKEN, dir);
      await expect(files.model(modelSum)).rejects.toThrow(new RegExp(`model ${modelSum}: the server sent bytes with sha256 [0-9a-f]{64}; refused`));
      await expect(files.dataset('mnist', mnist.checksum)).rejects.toThrow(/dataset 'mnist': the bytes received have checksum [0-9a-f]{64}, the trial was keyed with [0-9a-f]{64}; refused/);
      expect(readdirSync(dir).flatMap((d) => readdirSync(join(dir, d)))).toEqual([]);
    } finally {
      await new Promise((ok) => fake.server.close(ok));
    }
  });

  it('needs the worker token and names a bad parameter', async () => {
    const none = await fetch(`${base}/worker-files/models/${modelSum}`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { message: string }).message).toMatch(/needs the worker token/);
    const wrong = await fetch(`${base}/worker-files/models/${modelSum}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(wrong.status).toBe(401);
    const auth = { headers: { authorization: `Bearer ${WORKER_TOKEN}` } };
    const bad = await fetch(`${base}/worker-files/models/not-a-checksum`, auth);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/^checksum: /);
    const noSpec = await fetch(`${base}/worker-files/datasets/${mnist.checksum}`, auth);
    expect(((await noSpec.json()) as { message: string }).message).toMatch(/^spec: required/);
    const long = await fetch(`${base}/worker-files/datasets/${mnist.checksum}?spec=${encodeURIComponent(JSON.stringify({ name: 'x'.repeat(5000) }))}`, auth);
    expect(((await long.json()) as { message: string }).message).toMatch(/^spec: at most 4096 characters/);
    const other = await fetch(`${base}/worker-files/datasets/${'0'.repeat(64)}?spec=%22mnist%22`, auth);
    expect(other.status).toBe(404);
    expect(((await other.json()) as { message: string }).message).toMatch(/has checksum [0-9a-f]{64}, not 0{64}/);
    // A missing model is a miss, with nothing of the server's paths in the message.
    const missing = await fetch(`${base}/worker-files/models/${'f'.repeat(64)}`, auth);
    expect(missing.status).toBe(404);
    expect(existsSync(server.config.dataDir)).toBe(true);
    expect(((await missing.json()) as { message: string }).message).not.toContain(server.config.dataDir);
  });
});
