import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'influence-test-token-01';
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const ROBUST = 'fashion-mnist-a-resnet8-w16-l2-0.5';

const RESULTS = /* GraphQL */ `
  query ($runId: ID!, $baseline: String) {
    influenceResults(runId: $runId, baseline: $baseline) {
      settings {
        target depth n testIndices
        sources { source solver cutoff rank top1Match { seeds mean sd low high } top5AtLeast3 { mean } trainTop1Match { mean } trainTop5AtLeast3 { mean } matchByRank { rank share { mean seeds } } trainMatchByRank { rank share { mean } } }
        deltas { source baseline metric mean low high pValue seeds }
      }
    }
  }
`;

const EXAMPLE = /* GraphQL */ `
  query ($runId: ID!, $target: String!, $depth: Int!, $n: Int!, $testIndex: Int!, $seed: Int, $take: Int!) {
    influenceExample(runId: $runId, target: $target, depth: $depth, n: $n, testIndex: $testIndex, seed: $seed, take: $take) {
      source seed testIndex label predicted helpful { index label score } harmful { index label score }
    }
  }
`;

interface Setting {
  target: string;
  depth: number;
  n: number;
  testIndices: number[];
  sources: { source: string; solver: string; cutoff: number | null; rank: number | null; top1Match: { seeds: number; mean: number }; matchByRank: { rank: number; share: { mean: number; seeds: number } }[] }[];
  deltas: { source: string; baseline: string; metric: string; seeds: number }[];
}
/** The field a refused argument names (the domain filter's extensions.field). */
const fieldOf = (body: { errors?: { extensions?: object }[] }): unknown => (body.errors?.[0]?.extensions as { field?: string } | undefined)?.field;

interface Example {
  source: string;
  seed: number;
  testIndex: number;
  label: number;
  predicted: number | null;
  helpful: { index: number; label: number; score: number }[];
  harmful: { index: number; label: number; score: number }[];
}

// The influence analysis through the server: pool workers fine-tune zoo sources on MNIST and
// score the training images; GraphQL serves the class-match figures and the galleries.
describe('the influence analysis in pool workers', { timeout: 240_000 }, () => {
  let server: TestServer;
  let runId = '';
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs in workers and serves the results and the galleries', async () => {
    const params = { sources: [NATURAL, ROBUST], targets: ['mnist'], n: [100], depths: [0], seeds: [0, 1], epochs: 3, batchSize: 16, testImages: 20, trainTargets: 20, topK: 10, galleryK: 5 };
    const { body } = await postQuery<{ startRun: { id: string; trialCount: number } }>(server.url, START, { input: { analysis: 'influence', params } }, TOKEN);
    expect(body.errors).toBeUndefined();
    expect(body.data!.startRun.trialCount).toBe(4);
    const run = await waitForRun(server.url, body.data!.startRun.id, 180_000);
    expect(run.status).toBe('COMPLETED');
    runId = run.id;

    const res = await postQuery<{ influenceResults: { settings: Setting[] } }>(server.url, RESULTS, { runId });
    expect(res.body.errors).toBeUndefined();
    const [s] = res.body.data!.influenceResults.settings;
    expect(s).toMatchObject({ target: 'mnist', depth: 0, n: 100 });
    expect(s!.testIndices).toHaveLength(20);
    expect(s!.sources.map((x) => x.source)).toEqual([ROBUST, NATURAL]);
    for (const x of s!.sources) {
      expect(x).toMatchObject({ solver: 'exact', cutoff: 0.05 });
      expect(x.rank).toBeGreaterThan(0);
      expect(x.top1Match.seeds).toBe(2);
      expect(x.matchByRank.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
    // The default baseline is the natural source: one delta per summary figure, paired over both seeds.
    expect(s!.deltas.map((d) => [d.source, d.baseline, d.metric, d.seeds])).toEqual(['top1Match', 'top5AtLeast3', 'trainTop1Match', 'trainTop5AtLeast3'].map((m) => [ROBUST, NATURAL, m, 2]));
    const flipped = await postQuery<{ influenceResults: { settings: Setting[] } }>(server.url, RESULTS, { runId, baseline: ROBUST });
    expect(flipped.body.data!.influenceResults.settings[0]!.deltas[0]).toMatchObject({ source: NATURAL, baseline: ROBUST });

    const testIndex = s!.testIndices[4]!;
    const ex = await postQuery<{ influenceExample: Example[] }>(server.url, EXAMPLE, { runId, target: 'mnist', depth: 0, n: 100, testIndex, take: 3 });
    expect(ex.body.errors).toBeUndefined();
    const examples = ex.body.data!.influenceExample;
    expect(examples.map((e) => [e.source, e.seed, e.testIndex])).toEqual([[ROBUST, 0, testIndex], [NATURAL, 0, testIndex]]);
    for (const e of examples) {
      expect(e.helpful).toHaveLength(3);
      expect(e.harmful).toHaveLength(3);
      expect(e.helpful[0]!.score).toBeGreaterThan(e.harmful[0]!.score);
      expect(e.helpful.map((h) => h.score)).toEqual([...e.helpful.map((h) => h.score)].sort((a, b) => b - a));
      expect(e.label).toBeGreaterThanOrEqual(0);
    }
    const seed1 = await postQuery<{ influenceExample: Example[] }>(server.url, EXAMPLE, { runId, target: 'mnist', depth: 0, n: 100, testIndex, seed: 1, take: 100 });
    expect(seed1.body.data!.influenceExample.every((e) => e.seed === 1 && e.helpful.length === 5)).toBe(true);
  });

  it('refuses bad arguments with the field named', async () => {
    const base = { runId, target: 'mnist', depth: 0, n: 100, testIndex: 0, take: 3 };
    const cases: [Record<string, unknown>, string][] = [
      [{ take: 101 }, 'take'],
      [{ target: 'cifar10' }, 'target'],
      [{ depth: 2 }, 'depth'],
      [{ n: 50 }, 'n'],
      [{ seed: 7 }, 'seed'],
      [{ testIndex: 10_000_000 }, 'testIndex'],
    ];
    for (const [override, field] of cases) {
      const r = await postQuery(server.url, EXAMPLE, { ...base, ...override });
      expect(fieldOf(r.body), JSON.stringify(override)).toBe(field);
      expect(r.body.errors?.[0]?.message).toContain(field);
    }
    const baseline = await postQuery(server.url, RESULTS, { runId, baseline: 'no-such-source' });
    expect(fieldOf(baseline.body)).toBe('baseline');
    const missing = await postQuery(server.url, RESULTS, { runId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
