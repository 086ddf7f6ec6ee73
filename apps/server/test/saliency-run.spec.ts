import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'saliency-test-token-01';
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const ROBUST = 'fashion-mnist-a-resnet8-w16-l2-0.5';

const TABLE = /* GraphQL */ `
  query (
    $runId: ID!
    $table: String!
    $filter: JSON
    $options: JSON
    $facets: [String!]
    $take: Int!
    $skip: Int!
  ) {
    runTable(
      runId: $runId
      table: $table
      filter: $filter
      options: $options
      facets: $facets
      take: $take
      skip: $skip
    ) {
      total
      rows
      facets {
        column
        values
      }
    }
  }
`;
const EXAMPLE = /* GraphQL */ `
  query ($dataset: String!, $index: Int!, $runIds: [ID!]) {
    exampleEvidence(dataset: $dataset, index: $index, runIds: $runIds) {
      image { dataset split index }
      runs { runId analysis rows problem }
      evidence { runId analysis view { title } total rows }
      models { id training }
    }
  }
`;

interface TablePage {
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

const fieldOf = (body: { errors?: { extensions?: object }[] }): unknown =>
  (body.errors?.[0]?.extensions as { field?: string } | undefined)?.field;

// Saliency through the server: pool workers map zoo sources; runTable serves the alignment figures,
// the deltas, the heat maps in the grid's order and the disagreements and, with a robustness run on
// the same sources, exampleEvidence the per-example view.
describe('the saliency analysis in pool workers', { timeout: 240_000 }, () => {
  let server: TestServer;
  let runId = '';
  let robustRunId = '';
  const table = (vars: Record<string, unknown>) =>
    postQuery<{ runTable: TablePage }>(server.url, TABLE, { runId, take: 100, skip: 0, ...vars });
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs in workers and serves the tables, the maps and the per-example evidence', async () => {
    const params = {
      sources: [NATURAL, ROBUST],
      datasets: ['fashion-mnist-a'],
      methods: ['gradient', 'integrated-gradients'],
      images: 12,
      maps: 4,
      igSteps: 16,
    };
    const { body } = await postQuery<{ startRun: { id: string; trialCount: number } }>(
      server.url,
      START,
      { input: { analysis: 'saliency', params } },
      TOKEN,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.startRun.trialCount).toBe(2);
    const robustParams = {
      sources: [NATURAL, ROBUST],
      dataset: 'fashion-mnist-a',
      norms: ['L2'],
      epsL2: [0.25, 1],
      attacks: ['apgd-ce'],
      testLimit: 12,
      steps: 5,
    };
    const robust = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      { input: { analysis: 'robustness', params: robustParams } },
      TOKEN,
    );
    expect(robust.body.errors).toBeUndefined();
    const run = await waitForRun(server.url, body.data!.startRun.id, 180_000);
    expect(run.status).toBe('COMPLETED');
    runId = run.id;
    robustRunId = (await waitForRun(server.url, robust.body.data!.startRun.id, 180_000)).id;

    // Alignment: a row per method and source, with intervals over the 12 images; completeness for
    // integrated gradients only (a summary over the images where f changes).
    const alignment = await table({ table: 'alignment', facets: ['method', 'source'] });
    expect(alignment.body.errors).toBeUndefined();
    const a = alignment.body.data!.runTable;
    expect(a.facets).toEqual([
      { column: 'method', values: ['gradient', 'integrated-gradients'] },
      { column: 'source', values: [ROBUST, NATURAL] },
    ]);
    expect(a.rows.map((r) => [r.dataset, r.setting, r.method, r.source, r.training])).toEqual([
      ['fashion-mnist-a', 'source', 'gradient', ROBUST, 'adversarial'],
      ['fashion-mnist-a', 'source', 'gradient', NATURAL, 'natural'],
      ['fashion-mnist-a', 'source', 'integrated-gradients', ROBUST, 'adversarial'],
      ['fashion-mnist-a', 'source', 'integrated-gradients', NATURAL, 'natural'],
    ]);
    for (const r of a.rows) {
      const iv = r.alignment as Interval;
      expect(iv.n).toBe(12);
      expect(iv.low).not.toBeNull();
      if (r.method !== 'integrated-gradients') expect(r.completeShare).toBeNull();
      else {
        expect(r.completenessImages as number).toBeGreaterThan(0);
        expect(r.completenessImages as number).toBeLessThanOrEqual(12);
        expect(r.completenessMedian as number).toBeLessThanOrEqual(r.completenessWorst as number);
        expect(r.completeShare as number).toBeGreaterThanOrEqual(0);
      }
    }

    // Deltas against the natural source, chosen by its model record, paired over the 12 images.
    const deltas = await table({ table: 'deltas' });
    expect(deltas.body.errors).toBeUndefined();
    expect(
      deltas.body.data!.runTable.rows.map((r) => [r.method, r.source, r.baseline, (r.delta as Interval).n]),
    ).toEqual([
      ['gradient', ROBUST, NATURAL, 12],
      ['integrated-gradients', ROBUST, NATURAL, 12],
    ]);

    // The grid's first page: a heat map per source for each of the first 4 images (maps: 4), image
    // by image in subset order, sources in the same order under every image.
    const maps = await table({
      table: 'maps',
      filter: { dataset: 'fashion-mnist-a', kind: 'gradient' },
      facets: ['kind'],
      take: 6,
    });
    expect(maps.body.errors).toBeUndefined();
    const m = maps.body.data!.runTable;
    expect(m.facets).toEqual([
      { column: 'kind', values: ['gradient', 'gradient-signed', 'integrated-gradients'] },
    ]);
    expect(m.total).toBe(2 * 4);
    expect(m.rows.map((r) => r.source)).toEqual([ROBUST, NATURAL, ROBUST, NATURAL, ROBUST, NATURAL]);
    const indices = m.rows.map((r) => r.index as number);
    expect(indices[0]).toBe(indices[1]);
    expect(new Set(indices).size).toBe(3);
    for (const r of m.rows) {
      expect(r.heatmap).toMatch(/^data:image\/png;base64,/);
      expect(r.image).toEqual({ dataset: 'fashion-mnist-a', split: 'test', index: r.index });
    }

    // Disagreements: the robust source against the natural one, largest gap first.
    const disagree = await table({ table: 'disagreement', filter: { method: 'gradient' }, take: 5 });
    const gaps = disagree.body.data!.runTable.rows.map((d) => d.gap as number);
    expect(gaps).toHaveLength(5);
    expect(gaps).toEqual([...gaps].sort((x, y) => y - x));

    const first = m.rows[2]!;
    interface Evidence {
      image: { dataset: string; split: string; index: number };
      runs: { runId: string; analysis: string; rows: number; problem: string | null }[];
      evidence: { runId: string; analysis: string; view: { title: string }; total: number; rows: Record<string, unknown>[] }[];
      models: { id: string; training: string }[];
    }
    const ex = await postQuery<{ exampleEvidence: Evidence }>(server.url, EXAMPLE, {
      dataset: 'fashion-mnist-a',
      index: first.index,
      runIds: [runId, robustRunId],
    });
    expect(ex.body.errors).toBeUndefined();
    const e = ex.body.data!.exampleEvidence;
    expect(e.image).toEqual({ dataset: 'fashion-mnist-a', split: 'test', index: first.index });
    expect(e.runs.map((r) => r.problem)).toEqual([null, null]);
    // Models named in the rows, with the training their records state.
    expect(e.models).toEqual(
      [
        { id: NATURAL, training: 'natural' },
        { id: ROBUST, training: 'adversarial' },
      ].sort((x, y) => (x.id < y.id ? -1 : 1)),
    );
    const rowsOf = (analysis: string, title: string): Record<string, unknown>[] =>
      e.evidence.find((v) => v.analysis === analysis && v.view.title === title)?.rows ?? [];
    // Saliency: per source one evidence row (its label as the maps table says) and its three kept maps.
    const saliency = rowsOf('saliency', 'Saliency');
    expect(saliency.map((r) => r.source).sort()).toEqual([NATURAL, ROBUST].sort());
    for (const r of saliency) expect(r.label).toBe(first.label);
    const heatMaps = rowsOf('saliency', 'Saliency heat maps');
    for (const source of [NATURAL, ROBUST])
      expect(heatMaps.filter((r) => r.source === source).map((r) => r.kind).sort()).toEqual([
        'gradient',
        'gradient-signed',
        'integrated-gradients',
      ]);
    // Robustness: per source its smallest fooling eps on the grid, or none up to the largest tried.
    const fooled = rowsOf('robustness', 'Smallest fooling ε');
    expect(fooled.map((r) => r.source).sort()).toEqual([NATURAL, ROBUST].sort());
    for (const r of fooled) {
      expect(r.maxEps).toBe(1);
      expect(r.minEps === null || [0, 0.25, 1].includes(r.minEps as number)).toBe(true);
    }
    // Every row is about this image.
    for (const v of e.evidence)
      for (const r of v.rows) expect(Object.values(r)).toContainEqual(e.image);
  });

  it('refuses bad arguments with the field named', async () => {
    for (const [vars, field] of [
      [{ table: 'grid' }, 'table'],
      [{ table: 'maps', filter: { heatmap: 'x' } }, 'filter.heatmap'],
      [{ table: 'maps', take: 501 }, 'take'],
      [{ table: 'deltas', options: { baseline: 'no-such-source' } }, 'options.baseline'],
      [{ table: 'disagreement', options: { baseline: 'no-such-source' } }, 'options.baseline'],
      [{ table: 'deltas', options: { method: 'gradient' } }, 'options'],
    ] as const) {
      const r = await table(vars);
      expect(fieldOf(r.body), JSON.stringify(vars)).toBe(field);
    }
    const named = await table({ table: 'deltas', options: { baseline: 'no-such-source' } });
    expect(named.body.errors?.[0]?.message).toContain(
      `baseline 'no-such-source' has no results in this run; sources: ${[NATURAL, ROBUST].sort().join(', ')}`,
    );
    const many = await postQuery(server.url, EXAMPLE, {
      dataset: 'fashion-mnist-a',
      index: 0,
      // One more than the most runs a per-example query joins.
      runIds: Array.from({ length: 21 }, () => randomUUID()),
    });
    expect(fieldOf(many.body)).toBe('runIds');
  });
});
