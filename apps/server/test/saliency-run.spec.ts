import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'saliency-test-token-01';
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const ROBUST = 'fashion-mnist-a-resnet8-w16-l2-0.5';

const RESULTS = /* GraphQL */ `
  query ($runId: ID!, $baseline: String) {
    saliencyResults(runId: $runId, baseline: $baseline) {
      groups {
        dataset
        setting
        method
        sources {
          source
          accuracy
          alignment {
            images
            mean
            low
            high
          }
          massShare {
            mean
          }
          completeness {
            images
            withinOnePercent
            median
            max
          }
        }
        deltas {
          source
          baseline
          mean
          low
          high
          pValue
          images
        }
      }
    }
  }
`;
const GRID = /* GraphQL */ `
  query ($runId: ID!, $dataset: String!, $kind: String!, $skip: Int!, $take: Int!) {
    saliencyGrid(runId: $runId, dataset: $dataset, kind: $kind, skip: $skip, take: $take) {
      sources
      total
      withMaps
      rows {
        index
        label
        cells {
          source
          predicted
          ratio
          map
        }
      }
    }
  }
`;
const DISAGREE = /* GraphQL */ `
  query ($runId: ID!, $dataset: String!) {
    saliencyDisagreements(runId: $runId, dataset: $dataset, take: 5) {
      index
      source
      baseline
      ratio
      baselineRatio
    }
  }
`;
const EXAMPLE = /* GraphQL */ `
  query ($dataset: String!, $index: Int!, $runIds: [ID!]!) {
    exampleEvidence(dataset: $dataset, index: $index, runIds: $runIds) {
      dataset
      index
      label
      notes
      sources {
        source
        natural
        saliency {
          runId
          setting
          predicted
          scores {
            method
            ratio
          }
          maps {
            kind
            url
          }
        }
        robustness {
          norm
          attack
          minEps
          minEpsAttack
          maxEps
        }
        influence {
          n
        }
        transfer {
          n
          correct
        }
      }
    }
  }
`;

const fieldOf = (body: { errors?: { extensions?: object }[] }): unknown =>
  (body.errors?.[0]?.extensions as { field?: string } | undefined)?.field;

interface Grid {
  sources: string[];
  total: number;
  withMaps: number;
  rows: {
    index: number;
    label: number;
    cells: { source: string; predicted: number; ratio: number | null; map: string | null }[];
  }[];
}

// Saliency through the server: pool workers map zoo sources; GraphQL serves the alignment figures,
// the grid of heat maps and, with a robustness run on the same sources, the per-example evidence.
describe('the saliency analysis in pool workers', { timeout: 240_000 }, () => {
  let server: TestServer;
  let runId = '';
  let robustRunId = '';
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs in workers and serves the figures, the grid and the per-example evidence', async () => {
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

    const res = await postQuery<{
      saliencyResults: {
        groups: {
          dataset: string;
          setting: string;
          method: string;
          sources: {
            source: string;
            alignment: { images: number; mean: number; low: number | null };
            completeness: { images: number; withinOnePercent: number; median: number; max: number } | null;
          }[];
          deltas: { source: string; baseline: string; images: number }[];
        }[];
      };
    }>(server.url, RESULTS, { runId });
    expect(res.body.errors).toBeUndefined();
    const groups = res.body.data!.saliencyResults.groups;
    expect(groups.map((g) => [g.dataset, g.setting, g.method])).toEqual([
      ['fashion-mnist-a', 'source', 'gradient'],
      ['fashion-mnist-a', 'source', 'integrated-gradients'],
    ]);
    for (const g of groups) {
      expect(g.sources.map((s) => s.source)).toEqual([ROBUST, NATURAL]);
      expect(g.sources.every((s) => s.alignment.images === 12 && s.alignment.low !== null)).toBe(true);
      expect(g.deltas.map((d) => [d.source, d.baseline, d.images])).toEqual([[ROBUST, NATURAL, 12]]);
      // Completeness for integrated gradients only: a summary over the images where f changes.
      for (const s of g.sources) {
        if (g.method !== 'integrated-gradients') expect(s.completeness).toBeNull();
        else {
          expect(s.completeness!.images).toBeGreaterThan(0);
          expect(s.completeness!.images).toBeLessThanOrEqual(12);
          expect(s.completeness!.median).toBeLessThanOrEqual(s.completeness!.max);
          expect(s.completeness!.withinOnePercent).toBeGreaterThanOrEqual(0);
        }
      }
    }

    const grid = await postQuery<{ saliencyGrid: Grid }>(server.url, GRID, {
      runId,
      dataset: 'fashion-mnist-a',
      kind: 'gradient',
      skip: 0,
      take: 6,
    });
    expect(grid.body.errors).toBeUndefined();
    const g = grid.body.data!.saliencyGrid;
    expect(g).toMatchObject({ sources: [ROBUST, NATURAL], total: 12, withMaps: 4 });
    expect(g.rows).toHaveLength(6);
    // One heat map per source for each of the first 4 images, none after.
    expect(
      g.rows.map((r) => r.cells.filter((c) => c.map?.startsWith('data:image/png;base64,')).length),
    ).toEqual([2, 2, 2, 2, 0, 0]);
    const disagree = await postQuery<{
      saliencyDisagreements: { ratio: number; baselineRatio: number; source: string }[];
    }>(server.url, DISAGREE, { runId, dataset: 'fashion-mnist-a' });
    const gaps = disagree.body.data!.saliencyDisagreements.map((d) => Math.abs(d.ratio - d.baselineRatio));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));

    const index = g.rows[1]!.index;
    const ex = await postQuery<{
      exampleEvidence: {
        label: number;
        notes: string[];
        sources: {
          source: string;
          natural: boolean;
          saliency: { maps: { kind: string }[]; scores: { method: string }[] }[];
          robustness: { norm: string; minEps: number | null; maxEps: number }[];
        }[];
      };
    }>(server.url, EXAMPLE, { dataset: 'fashion-mnist-a', index, runIds: [runId, robustRunId] });
    expect(ex.body.errors).toBeUndefined();
    const e = ex.body.data!.exampleEvidence;
    expect(e.label).toBe(g.rows[1]!.label);
    expect(e.sources.map((s) => [s.source, s.natural])).toEqual([
      [ROBUST, false],
      [NATURAL, true],
    ]);
    for (const s of e.sources) {
      expect(s.saliency[0]!.maps.map((m) => m.kind).sort()).toEqual([
        'gradient',
        'gradient-signed',
        'integrated-gradients',
      ]);
      expect(s.robustness).toHaveLength(1);
      expect(s.robustness[0]!.maxEps).toBe(1);
      expect(s.robustness[0]!.minEps === null || [0, 0.25, 1].includes(s.robustness[0]!.minEps)).toBe(true);
    }
  });

  it('refuses bad arguments with the field named', async () => {
    const base = { runId, dataset: 'fashion-mnist-a', kind: 'gradient', skip: 0, take: 6 };
    for (const [override, field] of [
      [{ take: 49 }, 'take'],
      [{ dataset: 'cifar10' }, 'dataset'],
      [{ kind: 'occlusion' }, 'kind'],
    ] as const) {
      const r = await postQuery(server.url, GRID, { ...base, ...override });
      expect(fieldOf(r.body), JSON.stringify(override)).toBe(field);
    }
    const wrong = await postQuery(server.url, RESULTS, { runId: robustRunId });
    expect(wrong.body.errors?.[0]?.message).toContain('not a saliency run');
    const many = await postQuery(server.url, EXAMPLE, {
      dataset: 'fashion-mnist-a',
      index: 0,
      runIds: Array.from({ length: 9 }, () => runId),
    });
    expect(fieldOf(many.body)).toBe('runIds');
    const baseline = await postQuery(server.url, RESULTS, { runId, baseline: 'no-such-source' });
    expect(fieldOf(baseline.body)).toBe('baseline');
  });
});
