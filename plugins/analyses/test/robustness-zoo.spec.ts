import type { ResultRow, TrialResult } from '@transferlab/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateRobustness } from '../src/robustness/aggregate';
import { robustnessParams, robustnessTrial, type RobustnessTrial } from '../src/robustness/params';
import { expandRobustness } from '../src/robustness/robustness';
import { runRobustness } from '../src/robustness/run-robustness';
import { maskedModel, zooContext, type ZooContext } from './zoo-context';

/**
 * The robustness analysis on the bundled zoo through the real engine and attack plugins. The
 * 1,000-image versions of these checks are in the attacks bench (too slow for the suite).
 */
let zoo: ZooContext;
beforeAll(async () => {
  zoo = await zooContext(async (models) => [await maskedModel(models.find((m) => m.training.kind === 'natural')!)]);
});
afterAll(async () => zoo?.engine.close());

function trialFor(source: string, norm: 'Linf' | 'L2', eps: number[], attack: string, extra: Record<string, unknown> = {}): RobustnessTrial {
  const p = robustnessParams.parse({ sources: [source], norms: [norm], [norm === 'Linf' ? 'epsLinf' : 'epsL2']: eps, attacks: [attack], ...extra });
  return robustnessTrial.parse(expandRobustness(p)[0]!.config);
}

const asRow = (t: RobustnessTrial, r: TrialResult): ResultRow => ({ config: t, metrics: r.metrics, series: r.series ?? null, details: r.details ?? null, provider: 'cpu' });
const natural = () => zoo.models.find((m) => m.training.kind === 'natural')!.id;

describe('robustness on the zoo', () => {
  // One model per norm; every robust model at 1,000 images runs in the bench (npm run bench).
  it.each(['l2-0.5', 'linf-8'])('%s at its training eps: APGD-CE <= PGD-20, autoattack-fast <= each', async (recipe) => {
    const m = zoo.models.find((x) => x.training.kind === 'adversarial' && x.training.recipe === recipe)!;
    const norm = m.training.norm as 'Linf' | 'L2';
    const eps = [m.training.eps!];
    const common = { testLimit: 50, targetClasses: 2 };
    const runs = [trialFor(m.id, norm, eps, 'pgd', { ...common, steps: 20 }), trialFor(m.id, norm, eps, 'apgd-ce', { ...common, steps: 100 }), trialFor(m.id, norm, eps, 'autoattack-fast', { ...common, steps: 100 })];
    const rows = [];
    for (const t of runs) rows.push(asRow(t, await runRobustness(t, zoo.ctx)));
    const acc = Object.fromEntries(rows.map((r) => [r.config.attack as string, (r.series ?? [])[0]!.robustAccuracy!]));
    expect(acc['apgd-ce']).toBeLessThanOrEqual(acc.pgd!);
    expect(acc['autoattack-fast']).toBeLessThanOrEqual(acc['apgd-ce']!);
    expect(acc['autoattack-fast']).toBeLessThanOrEqual(acc.pgd!);
    // A robust model keeps some robust accuracy at its own budget (the attack is not broken the other way).
    expect(acc['autoattack-fast']).toBeGreaterThan(0.2);
    const board = aggregateRobustness(rows).boards[0]!;
    expect(board.rows[0]!.flags).toEqual([]);
  }, 240_000);

  it('Square drives the natural model below 5% at Linf 8/255', async () => {
    const t = trialFor(natural(), 'Linf', [8 / 255], 'square', { testLimit: 60 });
    const r = await runRobustness(t, zoo.ctx);
    expect(r.metrics.cleanAccuracy).toBeGreaterThan(0.7);
    expect(r.series![0]!.robustAccuracy).toBeLessThan(0.05);
    expect(r.metrics.backwardPasses).toBe(0);
  }, 240_000);

  it('raises the masking flags on a model with a saturating layer in front, and none on the normal model', async () => {
    const attacks = ['apgd-ce', 'square'];
    const flagsOf = async (source: string) => {
      const rows = [];
      for (const attack of attacks) {
        const t = trialFor(source, 'Linf', [4 / 255, 8 / 255], attack, { testLimit: 40, steps: 30, queries: 600 });
        rows.push(asRow(t, await runRobustness(t, zoo.ctx)));
      }
      return aggregateRobustness(rows);
    };
    const masked = await flagsOf(`${natural()}-masked`);
    const names = new Set(masked.flags.map((f) => f.name));
    expect(names).toContain('zero-gradients');
    expect(names).toContain('black-box-beats-white-box');
    expect(masked.boards.at(-1)!.rows[0]!.flags).toEqual(expect.arrayContaining(['zero-gradients', 'black-box-beats-white-box']));
    const normal = await flagsOf(natural());
    expect(normal.flags).toEqual([]);
  }, 240_000);

  it('gives identical per-example outcomes for the same seed', async () => {
    const m = zoo.models.find((x) => x.training.recipe === 'l2-0.5')!;
    const t = trialFor(m.id, 'L2', [0.5, 1], 'autoattack-fast', { testLimit: 30, steps: 10, targetClasses: 1, seeds: [3] });
    const a = await runRobustness(t, zoo.ctx);
    const b = await runRobustness(t, zoo.ctx);
    expect(a.details).toEqual(b.details);
    expect(a.metrics.forwardPasses).toBe(b.metrics.forwardPasses);
  }, 240_000);
});
