import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START, waitForRun, type RunData } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'torchvision-test-token-01';
/** The engine's committed torch.onnx.export files (scripts/torchvision_fixtures.py): 3x32x32 input `x`, 10 classes, random weights. */
const FIXTURES = join(__dirname, '..', '..', '..', 'packages', 'engine', 'test', 'fixtures', 'torchvision');
/** What the fixtures' input batch was drawn around (0.5 + 0.25 N(0, 1)); MNIST's grey 28x28 images are resized and repeated to RGB. */
const INPUT = { channels: 3, height: 32, width: 32, mean: [0.5, 0.5, 0.5], std: [0.25, 0.25, 0.25] };
const SOURCES = [
  { id: 'tv-vit', file: 'vit-op17.onnx', name: 'torchvision ViT (2 encoder layers)', blocks: 3 },
  { id: 'tv-convnext', file: 'convnext-op17.onnx', name: 'torchvision ConvNeXt (2 stages)', blocks: 4 },
] as const;
const IDS = SOURCES.map((s) => s.id);
const MNIST_01 = { name: 'class-subset', params: { dataset: 'mnist', classes: [0, 1] } };

const IMPORT = /* GraphQL */ `
  mutation ($input: ImportModelInput!) { importModel(input: $input) { id numClasses featureTensor blocks } }
`;

// The platform path for real torch exports: a ViT and a ConvNeXt uploaded and imported, fine-tuned
// at depths 0, 1 and 2, attacked with APGD and mapped by saliency, all in pool workers.
describe('torch-exported ViT and ConvNeXt through the platform', { timeout: 240_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN, TRANSFERLAB_WORKERS: '2' }, []);
  });
  afterAll(async () => {
    await server?.close();
  });

  const start = async (analysis: string, params: Record<string, unknown>) => {
    const { body } = await postQuery<{ startRun: { id: string; trialCount: number } }>(server.url, START, { input: { analysis, params } }, TOKEN);
    expect(body.errors).toBeUndefined();
    return body.data!.startRun;
  };
  const completed = async (id: string, trials: number): Promise<RunData> => {
    const run = await waitForRun(server.url, id, 200_000);
    expect({ status: run.status, error: run.error, trials: run.trials.filter((t) => t.status !== 'DONE').map((t) => `${t.status}: ${t.failureReason}`) }).toEqual({ status: 'COMPLETED', error: null, trials: [] });
    expect(run.trials).toHaveLength(trials);
    return run;
  };

  it('imports both through POST /models/upload and importModel, with their detected blocks', async () => {
    for (const s of SOURCES) {
      const res = await fetch(`${new URL(server.url).origin}/models/upload`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${TOKEN}` },
        body: readFileSync(join(FIXTURES, s.file)),
      });
      expect(res.status).toBe(201);
      const { uploadId } = (await res.json()) as { uploadId: string };
      const input = { uploadId, id: s.id, name: s.name, architecture: s.id.slice(3), input: INPUT, training: { kind: 'natural' } };
      const { body } = await postQuery<{ importModel: { id: string; numClasses: number; featureTensor: string; blocks: string[] } }>(server.url, IMPORT, { input }, TOKEN);
      expect(body.errors).toBeUndefined();
      expect(body.data!.importModel).toMatchObject({ id: s.id, numClasses: 10 });
      expect(body.data!.importModel.blocks).toHaveLength(s.blocks);
    }
  });

  it('refuses a ViT depth above its blocks before queueing, naming the field and the source', async () => {
    const params = { sources: IDS, targets: ['mnist'], n: [20], depths: [0, 4], seeds: [0], epochs: 1, testLimit: 20 };
    const { body } = await postQuery(server.url, START, { input: { analysis: 'transfer', params } }, TOKEN);
    expect(body.errors?.[0]?.extensions?.reason).toBe('INVALID_PARAMS');
    expect(body.errors?.[0]?.message).toMatch(/depths\.1: depth 4 needs 5 block boundaries .*but source 'tv-vit' has 3/);
    expect(body.errors?.[0]?.message).toMatch(/depths\.1: depth 4 needs 5 block boundaries .*but source 'tv-convnext' has 4/);
    expect((await postQuery<{ runs: unknown[] }>(server.url, '{ runs { id } }')).body.data!.runs).toEqual([]);
  });

  it('fine-tunes, attacks with APGD-CE and maps saliency; every trial completes', async () => {
    const transfer = await start('transfer', { sources: IDS, targets: ['mnist-01'], views: { 'mnist-01': MNIST_01 }, n: [40], depths: [0, 1, 2], seeds: [0], lrs: [0.01], epochs: 3, batchSize: 10, testLimit: 60 });
    const robustness = await start('robustness', { sources: IDS, dataset: 'mnist', norms: ['Linf'], epsLinf: [0.01], attacks: ['apgd-ce'], testLimit: 10, steps: 5 });
    const saliency = await start('saliency', { sources: IDS, datasets: ['mnist'], methods: ['gradient'], images: 6, maps: 2 });
    expect([transfer.trialCount, robustness.trialCount, saliency.trialCount]).toEqual([6, 2, 2]);

    const tuned = await completed(transfer.id, 6);
    expect(tuned.trials.map((t) => `${(t.uses.models as string[])[0]}@${t.config.depth as number}`).sort()).toEqual(
      IDS.flatMap((id) => [0, 1, 2].map((d) => `${id}@${d}`)).sort(),
    );
    for (const t of tuned.trials) {
      expect(t.result!.series).toHaveLength(3);
      for (const e of t.result!.series) expect(Number.isFinite(e.testLoss)).toBe(true);
      // Random-weight sources on 0 vs 1: about chance or better (the ConvNeXt's features barely
      // differ between images, so it stays near 0.5; the ViT learns, most at depth 2).
      expect(t.result!.metrics.testAccuracy).toBeGreaterThanOrEqual(0.4);
      expect(t.result!.metrics.testAccuracy).toBeLessThanOrEqual(1);
    }
    const vit = tuned.trials.filter((t) => (t.uses.models as string[])[0] === 'tv-vit').map((t) => t.result!.metrics.testAccuracy!);
    expect(Math.max(...vit)).toBeGreaterThan(0.6);

    const attacked = await completed(robustness.id, 2);
    for (const t of attacked.trials) {
      const d = t.result!.details as { indices: number[]; outcomes: { eps: number }[] };
      expect(d.indices).toHaveLength(10);
      expect(d.outcomes.map((o) => o.eps)).toEqual([0.01]);
    }

    const mapped = await completed(saliency.id, 2);
    expect(mapped.trials.map((t) => (t.uses.models as string[])[0]).sort()).toEqual([...IDS].sort());
  });
});
