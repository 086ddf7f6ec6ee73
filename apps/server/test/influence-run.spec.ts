import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'influence-test-token-01';
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const ROBUST = 'fashion-mnist-a-resnet8-w16-l2-0.5';

const TABLE = /* GraphQL */ `
  query ($runId: ID!, $table: String!, $filter: JSON, $options: JSON, $facets: [String!], $take: Int) {
    runTable(runId: $runId, table: $table, filter: $filter, options: $options, facets: $facets, take: $take) {
      total
      rows
      facets { column values }
    }
  }
`;

interface Page {
  total: number;
  rows: Record<string, unknown>[];
  facets: { column: string; values: unknown[] }[];
}
interface Interval {
  mean: number;
  low: number | null;
  high: number | null;
  n: number;
}

/** The field a refused argument names (the domain filter's extensions.field). */
const fieldOf = (body: { errors?: { extensions?: object }[] }): unknown => (body.errors?.[0]?.extensions as { field?: string } | undefined)?.field;

// The influence analysis through the server: pool workers fine-tune zoo sources on MNIST and
// score the training images; runTable serves its declared tables (figures, deltas, curves, galleries).
describe('the influence analysis in pool workers', { timeout: 240_000 }, () => {
  let server: TestServer;
  let runId = '';
  const table = (vars: Record<string, unknown>) => postQuery<{ runTable: Page }>(server.url, TABLE, { runId, ...vars });
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs in workers and serves the figures, deltas, curves and galleries', async () => {
    const params = { sources: [NATURAL, ROBUST], targets: ['mnist'], n: [100], depths: [0], seeds: [0, 1], epochs: 3, batchSize: 16, testImages: 20, trainTargets: 20, topK: 10, galleryK: 5 };
    const { body } = await postQuery<{ startRun: { id: string; trialCount: number } }>(server.url, START, { input: { analysis: 'influence', params } }, TOKEN);
    expect(body.errors).toBeUndefined();
    expect(body.data!.startRun.trialCount).toBe(4);
    const run = await waitForRun(server.url, body.data!.startRun.id, 180_000);
    expect(run.status).toBe('COMPLETED');
    runId = run.id;

    const summary = await table({ table: 'summary' });
    expect(summary.body.errors).toBeUndefined();
    const rows = summary.body.data!.runTable.rows;
    expect(rows.map((r) => [r.target, r.depth, r.n, r.source, r.training])).toEqual([
      ['mnist', 0, 100, ROBUST, 'adversarial'],
      ['mnist', 0, 100, NATURAL, 'natural'],
    ]);
    for (const r of rows) {
      expect(r).toMatchObject({ solver: 'exact', cutoff: 0.05, seeds: 2 });
      expect(r.rank as number).toBeGreaterThan(0);
      expect((r.top1Match as Interval).n).toBe(2);
    }

    const curves = await table({ table: 'match-curves', filter: { source: NATURAL } });
    expect(curves.body.data!.runTable.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(curves.body.data!.runTable.rows.every((r) => (r.testMatch as Interval).n === 2)).toBe(true);

    // The default baseline is the natural source by its model record: one delta per figure, paired over both seeds.
    const deltas = await table({ table: 'deltas' });
    expect(deltas.body.data!.runTable.rows.map((d) => [d.source, d.baseline, d.metric, (d.delta as Interval).n])).toEqual(
      ['top1Match', 'top5AtLeast3', 'trainTop1Match', 'trainTop5AtLeast3'].map((m) => [ROBUST, NATURAL, m, 2]),
    );
    const flipped = await table({ table: 'deltas', options: { baseline: ROBUST } });
    expect(flipped.body.data!.runTable.rows[0]).toMatchObject({ source: NATURAL, baseline: ROBUST });

    // One test image's gallery: per source its 5 most helpful images by falling score, above its most harmful.
    const facets = await table({ table: 'gallery', facets: ['testIndex', 'seed'], take: 1 });
    const [testIndices, seeds] = facets.body.data!.runTable.facets.map((f) => f.values as number[]);
    expect(testIndices).toHaveLength(20);
    expect(seeds).toEqual([0, 1]);
    const testIndex = testIndices![4]!;
    const gallery = await table({ table: 'gallery', filter: { testIndex, seed: 0 }, take: 100 });
    const images = gallery.body.data!.runTable.rows;
    expect(images).toHaveLength(2 * 2 * 5);
    for (const source of [NATURAL, ROBUST]) {
      const of = (direction: string) => images.filter((r) => r.source === source && r.direction === direction);
      const [helpful, harmful] = [of('helpful'), of('harmful')];
      expect(helpful.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
      const scores = helpful.map((r) => r.score as number);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores[0]!).toBeGreaterThan(harmful[0]!.score as number);
      for (const r of [...helpful, ...harmful]) {
        expect(r.testImage).toEqual({ dataset: 'mnist', split: 'test', index: testIndex });
        expect(r.trainImage).toMatchObject({ dataset: 'mnist', split: 'train' });
        expect(r.sameClass).toBe(r.trainLabel === r.label ? 'yes' : 'no');
      }
    }
  });

  it('refuses bad input with the field named', async () => {
    const baseline = await table({ table: 'deltas', options: { baseline: 'no-such-source' } });
    expect(fieldOf(baseline.body)).toBe('options.baseline');
    expect(baseline.body.errors?.[0]?.message).toContain(`baseline 'no-such-source' has no results in this run; sources: ${ROBUST}, ${NATURAL}`);
    const cases: [Record<string, unknown>, string][] = [
      [{ table: 'gallery', take: 501 }, 'take'],
      [{ table: 'gallery', filter: { score: 1 } }, 'filter.score'],
      [{ table: 'nope' }, 'table'],
    ];
    for (const [vars, field] of cases) expect(fieldOf((await table(vars)).body), JSON.stringify(vars)).toBe(field);
    const missing = await table({ table: 'summary', runId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
