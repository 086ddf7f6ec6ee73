import type { TargetResults } from './results.query';

/**
 * A small setting in the server's shape, for the unit tests: a robust and a natural source
 * on mnist at depth 0, n 20 and 50, with per-epoch accuracies at n 20.
 */
export function settingFixture(over: Partial<TargetResults> = {}): TargetResults {
  return {
    target: 'mnist',
    depth: 0,
    lr: 0.1,
    accuracy: [
      { source: 'zoo/natural', n: 20, mean: 0.4, sd: 0.02, low: 0.35, high: 0.45, seeds: 3 },
      { source: 'zoo/natural', n: 50, mean: 0.6, sd: 0.02, low: 0.55, high: 0.65, seeds: 3 },
      { source: 'zoo/robust-eps1', n: 20, mean: 0.5, sd: 0.02, low: 0.44, high: 0.56, seeds: 3 },
      { source: 'zoo/robust-eps1', n: 50, mean: 0.55, sd: 0, low: null, high: null, seeds: 1 },
    ],
    epochs: [
      { source: 'zoo/natural', n: 20, epoch: 1, mean: 0.2, low: 0.1, high: 0.3, seeds: 3 },
      { source: 'zoo/natural', n: 20, epoch: 2, mean: 0.4, low: 0.35, high: 0.45, seeds: 3 },
      { source: 'zoo/robust-eps1', n: 20, epoch: 1, mean: 0.3, low: 0.2, high: 0.4, seeds: 3 },
      { source: 'zoo/natural', n: 50, epoch: 1, mean: 0.5, low: 0.4, high: 0.6, seeds: 3 },
    ],
    deltas: [
      {
        source: 'zoo/robust-eps1',
        baseline: 'zoo/natural',
        n: 20,
        mean: 0.1,
        low: 0.02,
        high: 0.18,
        seeds: 3,
        pValue: 0.03,
      },
      {
        source: 'zoo/robust-eps1',
        baseline: 'zoo/natural',
        n: 50,
        mean: -0.05,
        low: null,
        high: null,
        seeds: 1,
        pValue: null,
      },
    ],
    efficiency: [
      { source: 'zoo/natural', score: 0.5 },
      { source: 'zoo/robust-eps1', score: 0.52 },
    ],
    leaderboard: [
      { n: 20, rank: 1, source: 'zoo/robust-eps1', mean: 0.5 },
      { n: 20, rank: 2, source: 'zoo/natural', mean: 0.4 },
      { n: 50, rank: 1, source: 'zoo/natural', mean: 0.6 },
      { n: 50, rank: 2, source: 'zoo/robust-eps1', mean: 0.55 },
    ],
    ...over,
  };
}
