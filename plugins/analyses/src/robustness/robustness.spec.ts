import { jStat } from 'jstat';
import { defineAttack, z, type AttackPlugin, type ResultRow } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { wilson } from '../stats';
import { aggregateRobustness, WORST_CASE } from './aggregate';
import { robustnessParams, robustnessTrial } from './params';
import { curveArea, runRobustness } from './run-robustness';
import { countRobustnessTrials, expandRobustness } from './robustness';

const schema = z.object({ norm: z.enum(['Linf', 'L2']).default('Linf'), eps: z.number().min(0).default(0.1), seed: z.number().int().min(0).default(0) }).strict();

/** One signed-gradient step of the margin loss to the Linf ball's edge (FGSM on the margin). */
const fgsmMargin = defineAttack({
  name: 'test-fgsm',
  version: '1.0.0',
  description: 'test',
  params: schema,
  async perturb({ model, batch }, p, ctx) {
    const { gradient } = await ctx.engine.inputGradient(model, batch.images, batch.labels, { loss: 'cw-margin' });
    const x = batch.images.data.map((v, i) => Math.min(1, Math.max(0, v + p.eps * Math.sign(gradient.data[i] ?? 0))));
    const { loss } = await ctx.engine.inputGradient(model, { data: x, dims: batch.images.dims }, batch.labels, { loss: 'cw-margin' });
    return { images: { data: x, dims: batch.images.dims }, loss };
  },
});

/** Returns the images unchanged but claims to have fooled every one. */
const liar = defineAttack({
  name: 'liar',
  version: '1.0.0',
  description: 'test',
  params: schema,
  perturb: ({ batch }) => Promise.resolve({ images: batch.images, loss: new Float32Array(batch.labels.length), fooledBy: Array.from(batch.labels, () => 'liar') }),
});

/** Steps outside the ball. */
const rogue = defineAttack({
  name: 'rogue',
  version: '1.0.0',
  description: 'test',
  params: schema,
  perturb: ({ batch }, p) => Promise.resolve({ images: { data: batch.images.data.map((v) => Math.min(1, v + 3 * p.eps)), dims: batch.images.dims }, loss: new Float32Array(batch.labels.length) }),
});

const contextWith = (attacks: AttackPlugin[]) => createTestContext({ attacks: Object.fromEntries(attacks.map((a) => [a.name, a])) });

function trial(attack: string, eps: number[], extra: Record<string, unknown> = {}) {
  const p = robustnessParams.parse({ sources: ['linear'], dataset: 'synthetic', norms: ['Linf'], epsLinf: eps, attacks: [attack], testLimit: 8, batchSize: 3, ...extra });
  return robustnessTrial.parse(expandRobustness(p)[0]!.config);
}

describe('robustness trials', () => {
  it('expands sources x norms x attacks x seeds, each trial carrying its norm grid sorted, and counts without expanding', () => {
    const p = robustnessParams.parse({ sources: ['a', 'b'], norms: ['L2', 'Linf'], epsL2: [1, 0.5], attacks: ['x', 'y', 'x'], seeds: [0, 1] });
    const trials = expandRobustness(p);
    expect(trials).toHaveLength(2 * 2 * 2 * 2);
    expect(countRobustnessTrials(p)).toBe(trials.length);
    expect(trials[0]!.config).toMatchObject({ source: 'a', norm: 'L2', eps: [0.5, 1], attack: 'x', seed: 0, datasetName: 'fashion-mnist-a' });
    expect(trials[0]!.uses).toEqual({ models: ['a'], datasets: ['fashion-mnist-a'], attacks: ['x'] });
  });

  it('decides fooled on the returned images, counts passes, and repeats per example for a seed', async () => {
    const ctx = contextWith([fgsmMargin]);
    const t = trial('test-fgsm', [0.05, 0.6]);
    const a = await runRobustness(t, ctx);
    const b = await runRobustness(t, ctx);
    expect(a.details).toEqual(b.details);
    const clean = await ctx.engine.evaluate({ id: 'linear' }, await (await ctx.data.dataset('synthetic')).read('test', [0, 1, 2, 3, 4, 5, 6, 7]));
    expect(a.metrics.cleanAccuracy).toBeCloseTo(clean.accuracy, 9);
    // Each attacked image costs two gradient calls (a forward and a backward each) per eps.
    const attacked = Math.round(clean.accuracy * 8);
    expect(a.metrics.forwardPasses).toBe(2 * 2 * attacked);
    expect(a.metrics.backwardPasses).toBe(2 * 2 * attacked);
    const series = a.series!;
    expect(series.map((s) => s.eps)).toEqual([0.05, 0.6]);
    // At eps 0.6 a signed step saturates every pixel toward the other class: a linear model is fooled everywhere.
    expect(series[1]!.robustAccuracy).toBe(0);
    expect(a.metrics.auc).toBeCloseTo(curveArea(clean.accuracy, series.map((s) => ({ eps: s.eps!, accuracy: s.robustAccuracy! }))), 12);
    const d = a.details as { minEps: (number | null)[]; outcomes: { by: (string | null)[] }[] };
    d.minEps.forEach((m, i) => {
      if (m === 0) expect(d.outcomes[0]!.by[i]).toBe('clean');
      else expect(m).toBe(d.outcomes[0]!.by[i] === null ? 0.6 : 0.05);
    });
    expect(a.details!.flags).toEqual([]);
  });

  it("does not believe an attack's claims: unchanged images stay robust", async () => {
    const res = await runRobustness(trial('liar', [0.1]), contextWith([liar]));
    expect(res.series![0]!.robustAccuracy).toBe(res.metrics.cleanAccuracy);
  });

  it('refuses an attack that leaves the ball, naming it', async () => {
    await expect(runRobustness(trial('rogue', [0.1]), contextWith([rogue]))).rejects.toThrow(/attack 'rogue' returned an image outside the Linf ball of eps 0.1/);
  });
});

const row = (source: string, attack: string, seed: number, clean: number, outcomes: { eps: number; by: (string | null)[] }[], flags: unknown[] = []): ResultRow => ({
  config: { source, datasetName: 'd', norm: 'Linf', attack, seed, blackBoxMargin: 0.002 },
  metrics: { cleanAccuracy: clean, passesPerImage: 10 },
  series: null,
  details: { outcomes, flags },
  provider: 'cpu',
});

describe('robustness aggregate', () => {
  // Four images; image 3 is misclassified clean.
  const rows = [
    row('s', 'apgd-ce', 0, 0.75, [{ eps: 0.1, by: [null, 'apgd-ce', null, 'clean'] }, { eps: 0.2, by: ['apgd-ce', 'apgd-ce', null, 'clean'] }]),
    row('s', 'square', 0, 0.75, [{ eps: 0.1, by: [null, null, 'square', 'clean'] }, { eps: 0.2, by: [null, null, null, 'clean'] }]),
    row('s', 'apgd-ce', 1, 0.75, [{ eps: 0.1, by: [null, null, null, 'clean'] }, { eps: 0.2, by: [null, 'apgd-ce', null, 'clean'] }]),
    row('s', 'square', 1, 0.75, [{ eps: 0.1, by: [null, null, null, 'clean'] }, { eps: 0.2, by: [null, null, null, 'clean'] }]),
    row('e', 'autoattack-standard', 0, 0.75, [{ eps: 0.1, by: ['apgd-t', 'apgd-ce', null, 'clean'] }, { eps: 0.2, by: ['apgd-t', 'apgd-ce', 'square', 'clean'] }]),
  ];
  const agg = aggregateRobustness(rows);

  it('takes the worst case per example over attacks, with intervals over seeds', () => {
    const board = agg.boards.find((b) => b.eps === 0.1)!;
    const s = board.rows.find((r) => r.source === 's')!;
    // seed 0: images 1 (apgd) and 2 (square) fooled, 3 clean-wrong -> 1/4; seed 1: 3/4 robust.
    expect(s.ensemble.mean).toBeCloseTo((0.25 + 0.75) / 2, 12);
    expect(s.ensemble.n).toBe(2);
    expect(s.attacks.find((a) => a.attack === 'apgd-ce')!.accuracy.mean).toBeCloseTo((0.5 + 0.75) / 2, 12);
    expect(s.clean.mean).toBe(0.75);
    // Over two seeds of 4 images: binomial variance (0.25·0.75/4)·2/2 = 0.046875, seed variance
    // 0.125/2 = 0.0625; Wilson at n = 0.25/0.109375 with t at 0.109375²/0.0625² = 3.0625 df.
    const want = wilson(0.5, 0.25 / 0.109375, jStat.studentt.inv(0.975, 3.0625));
    expect(s.ensemble.low).toBeCloseTo(want.low, 12);
    expect(s.ensemble.high).toBeCloseTo(want.high, 12);
    expect(s.ensemble.low).toBeGreaterThan(0);
    expect(s.ensemble.high).toBeLessThan(1);
  });

  it("shows an ensemble's components cumulatively, in the reference order", () => {
    const e = agg.boards.find((b) => b.eps === 0.2)!.rows.find((r) => r.source === 'e')!;
    expect(e.components.map((c) => [c.component, c.accuracy.mean])).toEqual([
      ['apgd-ce', 0.5],
      ['apgd-t', 0.25],
      ['square', 0],
    ]);
  });

  it('flags a black-box attack beating the white-box ones, and accuracy rising with eps', () => {
    const names = agg.flags.filter((f) => f.source === 's').map((f) => `${f.name}@${f.seed}`);
    // seed 0, eps 0.1: square alone fooled image 2; seed 0's worst case: 0.25 at 0.1 then 0.25 at 0.2 (fine); seed 1 fine.
    expect(names).toContain('black-box-beats-white-box@0');
    expect(names).not.toContain('black-box-beats-white-box@1');
    expect(agg.boards[0]!.rows.find((r) => r.source === 's')!.flags).toContain('black-box-beats-white-box');
    const rising = aggregateRobustness([row('m', 'pgd', 0, 1, [{ eps: 0.1, by: ['pgd', null] }, { eps: 0.2, by: [null, null] }])]);
    expect(rising.flags.map((f) => f.name)).toEqual([]);
    // The trial's own check runs in the worker; the aggregate re-checks the worst case when several attacks ran.
    const two = aggregateRobustness([
      row('m', 'pgd', 0, 1, [{ eps: 0.1, by: ['pgd', null] }, { eps: 0.2, by: [null, null] }]),
      row('m', 'fgsm', 0, 1, [{ eps: 0.1, by: [null, null] }, { eps: 0.2, by: [null, null] }]),
    ]);
    expect(two.flags.map((f) => [f.name, f.attack])).toEqual([['non-monotone-eps', WORST_CASE]]);
  });

  it('gives curves per attack and the worst case, with the area from eps 0', () => {
    const c = agg.curves.find((x) => x.source === 's' && x.attack === WORST_CASE)!;
    expect(c.points.map((p) => p.eps)).toEqual([0.1, 0.2]);
    // seed 0: 0.75 -> 0.25 -> 0.25; area/0.2 = (0.1*(1)/2 + 0.1*0.5/2)/0.2 = 0.375
    // seed 1: 0.75 -> 0.75 -> 0.5;  (0.1*1.5/2 + 0.1*1.25/2)/0.2 = 0.6875
    expect(c.auc.mean).toBeCloseTo((0.375 + 0.6875) / 2, 12);
    expect(agg.curves.filter((x) => x.source === 'e').map((x) => x.attack)).toEqual(['autoattack-standard']);
  });
});
