import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'robustness-test-token-01';
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const ROBUST = 'fashion-mnist-a-resnet8-w16-l2-0.5';

const TABLE = /* GraphQL */ `
  query ($runId: ID!, $table: String!) {
    runTable(runId: $runId, table: $table, take: 500, skip: 0) { total rows }
  }
`;

interface Interval {
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly n: number;
}

// The robustness analysis through the server: its trials declare source, dataset and attack,
// real pool workers attack the stored zoo models, and runTable serves the analysis's declared tables.
describe('the robustness analysis in pool workers', { timeout: 240_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses an unknown attack and a targeted attack on a 2-class dataset, naming the field', async () => {
    const base = { sources: [NATURAL], norms: ['Linf'], epsLinf: [0.01], testLimit: 10 };
    const unknown = await postQuery(server.url, START, { input: { analysis: 'robustness', params: { ...base, attacks: ['no-such-attack'] } } }, TOKEN);
    expect(unknown.body.errors?.[0]?.message).toMatch(/no attack plugin named 'no-such-attack'; available: .*apgd-ce/);
    const twoClasses = { name: 'class-subset', params: { dataset: 'fashion-mnist-a', classes: [0, 1] } };
    const targeted = await postQuery(server.url, START, { input: { analysis: 'robustness', params: { ...base, dataset: twoClasses, attacks: ['pgd', 'apgd-t'] } } }, TOKEN);
    expect(targeted.body.errors?.[0]?.message).toMatch(/attacks\.1: apgd-t uses the targeted DLR loss, which needs at least 4 classes/);
  });

  it('attacks zoo models in workers and serves the leaderboard, curves and measured robustness', async () => {
    const params = { sources: [NATURAL, ROBUST], norms: ['L2'], epsL2: [0.25, 0.5], attacks: ['apgd-ce'], testLimit: 40, steps: 10 };
    const { body } = await postQuery<{ startRun: { id: string; trialCount: number } }>(server.url, START, { input: { analysis: 'robustness', params } }, TOKEN);
    expect(body.errors).toBeUndefined();
    expect(body.data!.startRun.trialCount).toBe(2);
    const run = await waitForRun(server.url, body.data!.startRun.id, 180_000);
    expect(run.status).toBe('COMPLETED');
    for (const t of run.trials) {
      const d = t.result!.details as { indices: number[]; minEps: (number | null)[]; outcomes: { eps: number; by: (string | null)[] }[] };
      expect(d.indices).toHaveLength(40);
      expect(d.outcomes.map((o) => o.eps)).toEqual([0.25, 0.5]);
      expect(t.result!.metrics.backwardPasses).toBeGreaterThan(0);
    }
    const table = async (name: string): Promise<Record<string, unknown>[]> => {
      const res = await postQuery<{ runTable: { total: number; rows: Record<string, unknown>[] } }>(server.url, TABLE, { runId: run.id, table: name });
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.runTable.rows;
    };
    const board = await table('board');
    expect([...new Set(board.map((r) => r.eps))]).toEqual([0.25, 0.5]);
    const at = (eps: number, source: string) => board.find((x) => x.eps === eps && x.source === source)! as { clean: Interval; robust: Interval; manifest: number | null; training: string };
    // The robust source keeps more of its accuracy at its own budget than the natural one (40 images, a wide margin in the zoo).
    expect(at(0.5, ROBUST).robust.mean).toBeGreaterThan(at(0.5, NATURAL).robust.mean);
    expect(at(0.5, ROBUST).manifest).toBeCloseTo(0.822, 3);
    expect(at(0.5, ROBUST).robust.mean).toBeLessThanOrEqual(at(0.5, ROBUST).clean.mean);
    // Training kinds come from the model records.
    expect([at(0.5, NATURAL).training, at(0.5, ROBUST).training]).toEqual(['natural', 'adversarial']);
    const curves = await table('curves');
    expect([...new Set(curves.map((c) => c.source))].sort()).toEqual([ROBUST, NATURAL].sort());
    // Each curve starts at eps 0 with the clean accuracy.
    const start = curves.find((c) => c.source === ROBUST && c.eps === 0)! as { accuracy: Interval };
    expect(start.accuracy.mean).toBeCloseTo(at(0.5, ROBUST).clean.mean, 12);

    // The catalog's figures for a model: its rows of the latest robustness run's figures table.
    const figures = await postQuery<{ model: { figures: { analysis: string; runId: string; table: { name: string }; rows: { norm: string; eps: number; measured: Interval }[] }[] } }>(
      server.url,
      `query ($id: ID!) { model(id: $id) { figures { analysis runId table { name } rows } } }`,
      { id: ROBUST },
    );
    expect(figures.body.errors).toBeUndefined();
    const mine = figures.body.data!.model.figures.filter((f) => f.analysis === 'robustness' && f.table.name === 'figures');
    expect(mine.map((f) => f.runId)).toEqual([run.id]);
    expect(mine[0]!.rows.map((r) => [r.norm, r.eps, r.measured.mean]).sort((x, y) => (x[1] as number) - (y[1] as number))).toEqual([
      ['L2', 0.25, at(0.25, ROBUST).robust.mean],
      ['L2', 0.5, at(0.5, ROBUST).robust.mean],
    ]);
    const wrong = await postQuery(server.url, TABLE, { runId: '00000000-0000-4000-8000-000000000000', table: 'board' });
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    firstRun = run.id;
  });

  let firstRun = '';
  it('combines runs on the same images into a best-known figure: the per-example minimum', async () => {
    expect(firstRun).not.toBe('');
    const params = { sources: [NATURAL, ROBUST], norms: ['L2'], epsL2: [0.5], attacks: ['pgd'], testLimit: 40, steps: 10 };
    const { body } = await postQuery<{ startRun: { id: string } }>(server.url, START, { input: { analysis: 'robustness', params } }, TOKEN);
    expect(body.errors).toBeUndefined();
    const second = await waitForRun(server.url, body.data!.startRun.id, 180_000);
    expect(second.status).toBe('COMPLETED');
    const first = await waitForRun(server.url, firstRun, 1_000);

    // Independently: per source and dataset index, robust only if robust in every trial of both runs.
    const robust = new Map<string, boolean>();
    for (const t of [...first.trials, ...second.trials]) {
      const source = (t.config as { source: string }).source;
      const d = t.result!.details as { indices: number[]; outcomes: { eps: number; by: (string | null)[] }[] };
      const by = d.outcomes.find((o) => o.eps === 0.5)!.by;
      d.indices.forEach((index, i) => {
        const key = `${source}#${index}`;
        robust.set(key, (robust.get(key) ?? true) && by[i] === null);
      });
    }
    const rows = async (runId: string) => {
      const res = await postQuery<{ runTable: { rows: Record<string, unknown>[] } }>(server.url, TABLE, { runId, table: 'best-known' });
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.runTable.rows.filter((r) => r.eps === 0.5);
    };
    const now = await rows(second.id);
    expect(now.map((r) => r.source).sort()).toEqual([NATURAL, ROBUST].sort());
    for (const r of now) {
      const mine = [...robust].filter(([k]) => k.startsWith(`${r.source as string}#`));
      expect(mine).toHaveLength(40);
      expect((r.bestKnown as Interval).mean).toBeCloseTo(mine.filter(([, v]) => v).length / 40, 12);
      expect(r).toMatchObject({ runs: 2, images: 40, standard: null, mark: 'no AutoAttack-standard evaluation of these images' });
      expect(r.attacks).toBe(`apgd-ce (run ${first.id}), pgd (run ${second.id})`);
    }
    // As it stood at the first run: that run alone.
    expect((await rows(first.id)).every((r) => r.runs === 1)).toBe(true);
  });
});
