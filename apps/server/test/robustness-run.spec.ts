import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'robustness-test-token-01';
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const ROBUST = 'fashion-mnist-a-resnet8-w16-l2-0.5';

const RESULTS = /* GraphQL */ `
  query ($runId: ID!) {
    robustnessResults(runId: $runId) {
      boards { dataset norm eps attacks rows { source clean { mean } ensemble { mean seeds } attacks { attack accuracy { mean } } flags passesPerImage manifest } }
      curves { source norm attack clean { mean } points { eps accuracy { mean } } auc { mean } }
      flags { name source }
    }
  }
`;

// The robustness analysis through the server: its trials declare source, dataset and attack,
// real pool workers attack the stored zoo models, and GraphQL serves the typed leaderboard.
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
    type Results = { robustnessResults: { boards: { eps: number; rows: { source: string; clean: { mean: number }; ensemble: { mean: number; seeds: number }; manifest: number | null; flags: string[] }[] }[]; curves: { source: string; points: unknown[] }[]; flags: unknown[] } };
    const res = await postQuery<Results>(server.url, RESULTS, { runId: run.id });
    expect(res.body.errors).toBeUndefined();
    const r = res.body.data!.robustnessResults;
    expect(r.boards.map((b) => b.eps)).toEqual([0.25, 0.5]);
    const at = (eps: number, source: string) => r.boards.find((b) => b.eps === eps)!.rows.find((x) => x.source === source)!;
    // The robust source keeps more of its accuracy at its own budget than the natural one (40 images, a wide margin in the zoo).
    expect(at(0.5, ROBUST).ensemble.mean).toBeGreaterThan(at(0.5, NATURAL).ensemble.mean);
    expect(at(0.5, ROBUST).manifest).toBeCloseTo(0.822, 3);
    expect(at(0.5, ROBUST).ensemble.mean).toBeLessThanOrEqual(at(0.5, ROBUST).clean.mean);
    expect(r.curves.map((c) => c.source).sort()).toEqual([ROBUST, NATURAL].sort());

    const measured = await postQuery<{ model: { measuredRobustness: { runId: string; norm: string; eps: number; accuracy: number }[] } }>(
      server.url,
      `query ($id: ID!) { model(id: $id) { measuredRobustness { runId norm eps accuracy } } }`,
      { id: ROBUST },
    );
    expect(measured.body.data!.model.measuredRobustness).toEqual([
      { runId: run.id, norm: 'L2', eps: 0.25, accuracy: at(0.25, ROBUST).ensemble.mean },
      { runId: run.id, norm: 'L2', eps: 0.5, accuracy: at(0.5, ROBUST).ensemble.mean },
    ]);
    const wrong = await postQuery(server.url, RESULTS, { runId: 'no-such-run' });
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
