import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../results/results.query';
import { contrasts, evidenceRuns, minEpsByNorm } from './evidence-contrast';
import type { ExampleSource } from './examples.queries';

const source = (name: string, o: Partial<ExampleSource> = {}): ExampleSource => ({
  source: name,
  natural: name.includes('natural'),
  saliency: [],
  robustness: [],
  influence: [],
  transfer: [],
  ...o,
});
const rob = (norm: string, minEps: number | null, maxEps = 1) => ({
  runId: 'r',
  norm,
  attack: 'apgd-ce',
  seed: 0,
  minEps,
  minEpsAttack: minEps ? 'apgd-ce' : null,
  maxEps,
});
const tr = (n: number, correct: boolean) => ({ runId: 'r', n, depth: 0, seed: 0, correct });
const sal = (ratio: number) => ({
  runId: 'r',
  setting: 'source',
  predicted: 0,
  scores: [{ method: 'gradient', ratio }],
  maps: [],
});

describe('the per-example contrast', () => {
  it('takes the URL runs, else the newest finished run of each analysis', () => {
    const run = (id: string, analysis: string, completedCount = 1): RunSummary => ({
      id,
      analysis,
      completedCount,
      status: 'COMPLETED',
      createdAt: '',
      trialCount: 1,
      failedCount: 0,
      progress: 1,
    });
    const runs = [
      run('s2', 'saliency', 0),
      run('s1', 'saliency'),
      run('t1', 'transfer'),
      run('r1', 'robustness'),
      run('r0', 'robustness'),
    ];
    expect(evidenceRuns(runs, null)).toEqual(['s1', 'r1', 't1']);
    expect(evidenceRuns(runs, 'a, b,a')).toEqual(['a', 'b']);
  });

  it('keeps the smallest fooling eps per norm (robust everywhere stays null)', () => {
    const s = source('x', { robustness: [rob('L2', 0.5), rob('L2', 0.25), rob('Linf', null)] });
    expect(minEpsByNorm(s).get('L2')!.eps).toBe(0.25);
    expect(minEpsByNorm(s).get('Linf')!.eps).toBeNull();
  });

  it('contrasts each robust source with the natural one: alignment delta, eps, transfer right where natural is wrong', () => {
    const natural = source('m-natural', {
      saliency: [sal(1.2)],
      robustness: [rob('L2', 0.25)],
      transfer: [tr(100, false), tr(400, true), tr(1600, true)],
    });
    const robust = source('m-l2', {
      saliency: [sal(2)],
      robustness: [rob('L2', null)],
      transfer: [tr(100, true), tr(400, true), tr(1600, false)],
    });
    const [c] = contrasts([robust, natural]);
    expect(c!.baseline).toBe('m-natural');
    expect(c!.alignment).toBeCloseTo(0.8, 12);
    expect(c!.harderToFool.get('L2')).toBe(true);
    expect(c!.transferGains).toEqual([100]);
    expect(c!.transferLosses).toEqual([1600]);
    expect(contrasts([robust])).toEqual([]);
  });
});
