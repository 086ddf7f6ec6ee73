import { BUNDLED_ZOO_DIR, readManifest } from '@transferlab/plugins-models';
import { fashionMnistB } from '@transferlab/plugins-datasets';
import type { Dataset } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

interface ModelData {
  id: string;
  plugin: string;
  architecture: string;
  parameterCount: number | null;
  input: { channels: number; height: number; width: number };
  numClasses: number;
  training: {
    kind: string;
    attack: string | null;
    norm: string | null;
    eps: number | null;
    epsLabel: string | null;
    recipe: string | null;
    seed: number | null;
    epochs: number | null;
  };
  trainingDataset: string | null;
  trainingSeconds: number | null;
  cleanAccuracy: number | null;
  robustAccuracy: { norm: string; eps: number; epsLabel: string; accuracy: number }[];
  sha256: string;
  bytes: number | null;
  featureTensor: string;
  blocks: string[];
}

const MODELS = /* GraphQL */ `
  {
    models {
      id
      plugin
      architecture
      parameterCount
      numClasses
      trainingDataset
      trainingSeconds
      cleanAccuracy
      sha256
      bytes
      featureTensor
      blocks
      input {
        channels
        height
        width
      }
      training {
        kind
        attack
        norm
        eps
        epsLabel
        recipe
        seed
        epochs
      }
      robustAccuracy {
        norm
        eps
        epsLabel
        accuracy
      }
    }
  }
`;

interface DetailsData {
  trainSize: number;
  testSize: number;
  classes: string[];
  imageShape: { channels: number; height: number; width: number };
  checksum: string;
  thumbnails: { index: number; label: number; className: string; url: string }[];
}

const DATASET = /* GraphQL */ `
  query ($name: String!, $count: Int!) {
    dataset(name: $name) {
      name
      version
      loadError
      details {
        trainSize
        testSize
        classes
        checksum
        imageShape {
          channels
          height
          width
        }
        thumbnails(count: $count) {
          index
          label
          className
          url
        }
      }
    }
  }
`;

describe('catalog over GraphQL and HTTP', { timeout: 120_000 }, () => {
  let server: TestServer;
  let origin: string;
  beforeAll(async () => {
    server = await startTestServer();
    origin = new URL(server.url).origin;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists the zoo models with what their manifest records', async () => {
    const manifest = readManifest(BUNDLED_ZOO_DIR)?.models ?? [];
    const { body } = await postQuery<{ models: ModelData[] }>(server.url, MODELS);
    expect(body.errors).toBeUndefined();
    const zoo = body.data!.models.filter((m) => m.plugin === 'zoo');
    expect(zoo.map((m) => m.id).sort()).toEqual(manifest.map((e) => e.id).sort());
    for (const e of manifest) {
      const m = zoo.find((x) => x.id === e.id)!;
      expect(m).toMatchObject({
        architecture: e.architecture,
        parameterCount: e.parameterCount,
        input: { channels: e.input.channels, height: e.input.height, width: e.input.width },
        numClasses: e.numClasses,
        trainingDataset: e.dataset,
        trainingSeconds: e.trainingSeconds,
        cleanAccuracy: e.cleanAccuracy,
        sha256: e.sha256,
        bytes: e.bytes,
        featureTensor: e.featureTensor,
        blocks: e.blocks,
        training: {
          kind: e.training.kind,
          norm: e.training.norm ?? null,
          eps: e.training.eps ?? null,
          recipe: e.recipe,
          seed: e.seed,
          epochs: e.epochs.length,
        },
      });
      // The training attack is not recorded by the zoo's manifest (its recipes live in tools/zoo).
      expect(m.training.attack).toBeNull();
      // The grid is the manifest's `robust:<norm>:<eps>` figures, eps parsed from their labels.
      expect(m.robustAccuracy).toHaveLength(Object.keys(e.robustAccuracy).length);
      for (const r of m.robustAccuracy) {
        expect(e.robustAccuracy[`robust:${r.norm}:${r.epsLabel}`]).toBe(r.accuracy);
        const [num, den] = r.epsLabel.split('/');
        expect(r.eps).toBeCloseTo(Number(num) / Number(den ?? 1), 12);
      }
    }
  });

  it('lists every dataset plugin without loading any', async () => {
    const { body } = await postQuery<{ datasets: { name: string; origin: string }[] }>(
      server.url,
      '{ datasets { name origin } }',
    );
    const names = body.data!.datasets.map((d) => d.name);
    expect(names).toEqual(
      expect.arrayContaining(['mnist', 'fashion-mnist', 'fashion-mnist-a', 'fashion-mnist-b', 'fixture-set']),
    );
    expect(body.data!.datasets.find((d) => d.name === 'fixture-set')!.origin).toMatch(/external-plugin/);
  });

  describe('a loaded dataset', () => {
    let direct: Dataset;
    let details: DetailsData;
    beforeAll(async () => {
      direct = await fashionMnistB.load(fashionMnistB.params.parse({}), createTestContext());
      const { body } = await postQuery<{ dataset: { details: DetailsData; loadError: string | null } }>(
        server.url,
        DATASET,
        { name: 'fashion-mnist-b', count: 12 },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.dataset.loadError).toBeNull();
      details = body.data!.dataset.details;
    });

    it('gives sizes, classes, shape and checksum as the plugin loads them', () => {
      const [channels, height, width] = direct.imageShape;
      expect(details).toMatchObject({
        trainSize: direct.sizes.train,
        testSize: direct.sizes.test,
        classes: [...direct.classes],
        imageShape: { channels, height, width },
        checksum: direct.checksum,
      });
    });

    it('samples one training image per class first, then the next of each class', async () => {
      const labels = await direct.labels('train');
      const k = direct.classes.length;
      expect(details.thumbnails).toHaveLength(12);
      details.thumbnails.forEach((t, i) => {
        const c = i % k;
        const round = Math.floor(i / k);
        const ofClass = [...labels.keys()].filter((j) => labels[j] === c);
        expect(t).toEqual({
          index: ofClass[round],
          label: c,
          className: direct.classes[c],
          url: `/datasets/fashion-mnist-b/thumbnails/${ofClass[round]}.png`,
        });
      });
    });

    it('serves each thumbnail as the PNG the plugin encodes', async () => {
      for (const t of details.thumbnails.slice(0, 3)) {
        const res = await fetch(origin + t.url);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('image/png');
        const png = new Uint8Array(await res.arrayBuffer());
        expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(png).toEqual(await direct.thumbnail('train', t.index));
      }
    });

    it('serves a test image with ?split=test, bounded by the test split', async () => {
      const res = await fetch(`${origin}/datasets/fashion-mnist-b/thumbnails/1.png?split=test`);
      expect(res.status).toBe(200);
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(await direct.thumbnail('test', 1));
      const past = await fetch(
        `${origin}/datasets/fashion-mnist-b/thumbnails/${direct.sizes.test}.png?split=test`,
      );
      expect(past.status).toBe(404);
      expect(((await past.json()) as { message: string }).message).toBe(
        `dataset 'fashion-mnist-b' has test images 0..${direct.sizes.test - 1}; there is no image ${direct.sizes.test}`,
      );
      expect((await fetch(`${origin}/datasets/fashion-mnist-b/thumbnails/0.png?split=val`)).status).toBe(404);
    });

    it('answers 404 with the reason for an index past the end, an unknown dataset, or a bad path', async () => {
      const past = await fetch(`${origin}/datasets/fashion-mnist-b/thumbnails/${direct.sizes.train}.png`);
      expect(past.status).toBe(404);
      expect(((await past.json()) as { message: string }).message).toBe(
        `dataset 'fashion-mnist-b' has training images 0..${direct.sizes.train - 1}; there is no image ${direct.sizes.train}`,
      );
      const unknown = await fetch(`${origin}/datasets/no-such-set/thumbnails/0.png`);
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as { message: string }).message).toMatch(
        /^no dataset named 'no-such-set'; available: .*fashion-mnist-b/,
      );
      expect((await fetch(`${origin}/datasets/fashion-mnist-b/thumbnails/-1.png`)).status).toBe(404);
    });
  });

  it('reports a dataset that cannot be loaded instead of failing the query', async () => {
    const { body } = await postQuery<{ dataset: { details: DetailsData | null; loadError: string | null } }>(
      server.url,
      DATASET,
      { name: 'fixture-set', count: 4 },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.dataset).toMatchObject({
      details: null,
      loadError:
        "dataset 'fixture-set' cannot be loaded with its default params: fixture-set is never loaded in these tests",
    });
    const png = await fetch(`${origin}/datasets/fixture-set/thumbnails/0.png`);
    expect(png.status).toBe(404);
    // A format plugin without default params says which params it needs.
    const subset = await postQuery<{ dataset: { details: DetailsData | null; loadError: string | null } }>(
      server.url,
      DATASET,
      { name: 'class-subset', count: 4 },
    );
    expect(subset.body.data!.dataset.details).toBeNull();
    expect(subset.body.data!.dataset.loadError).toMatch(
      /^dataset 'class-subset' cannot be loaded with its default params: its params have no defaults for dataset \(.*\), classes \(.*\)$/,
    );
  });

  it('refuses an unknown dataset name and a thumbnail count past the bound', async () => {
    const unknown = await postQuery(server.url, '{ dataset(name: "nope") { name } }');
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^no dataset named 'nope'/),
      extensions: { code: 'NOT_FOUND', reason: 'UNKNOWN_DATASET' },
    });
    const tooMany = await postQuery(
      server.url,
      '{ dataset(name: "mnist") { details { thumbnails(count: 65) { url } } } }',
    );
    expect(tooMany.body.errors?.[0]).toMatchObject({
      message: 'count must not be greater than 64',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('lists plugins by kind with their params JSON Schema, the same entries as system.plugins', async () => {
    const { body } = await postQuery<{
      plugins: { kind: string; name: string; paramsSchema: { type?: string } }[];
      all: { name: string }[];
      system: { plugins: { name: string }[] };
    }>(
      server.url,
      '{ plugins(kind: ANALYSIS) { kind name paramsSchema } all: plugins { name } system { plugins { name } } }',
    );
    expect(body.errors).toBeUndefined();
    const analyses = body.data!.plugins;
    expect(analyses.every((p) => p.kind === 'ANALYSIS')).toBe(true);
    expect(analyses.map((p) => p.name)).toEqual(expect.arrayContaining(['transfer', 'fixture-sweep']));
    expect(analyses.find((p) => p.name === 'transfer')!.paramsSchema.type).toBe('object');
    expect(body.data!.all).toEqual(body.data!.system.plugins);
  });
});
