import { describe, expect, it } from 'vitest';
import { leaderboardData } from '../../test/fixtures/leaderboard';
import { runSummary } from './run-summary';

const run = {
  id: 'r1',
  analysis: 'transfer',
  analysisVersion: '1.0.0',
  status: 'COMPLETED' as const,
  error: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:01:12.000Z',
  progress: 1,
  trialCount: 6,
  completedCount: 5,
  failedCount: 1,
  runningCount: 0,
};

describe('runSummary', () => {
  it("prints the headline, the analysis's summary table naming the others, then the failures", () => {
    const text = runSummary(
      run,
      { kind: 'table', tables: ['leaderboard', 'accuracy', 'deltas'], data: leaderboardData() },
      [{ ordinal: 4, reason: 'out of memory' }],
    );
    expect(text).toBe(
      [
        'run r1: transfer 1.0.0, completed, 5/6 trials done, 1 failed in 1m12s',
        '',
        'leaderboard (other tables: accuracy, deltas; transferlab results r1 --table NAME)',
        'target  depth     n  source               accuracy  seeds  efficiency                delta  pValue',
        'mnist       0   100  l2       62.0% [55.0%, 69.0%]      3       0.812  5.0% [-1.0%, 11.0%]  <0.001',
        'mnist       0   100  natural                 37.3%      1         0.7                    -       -',
        'mnist       -  1600  natural  90.0% [89.9%, 90.1%]      5     5.00e-4                    -   0.500',
        '',
        'failed trials (first 1):',
        '  #4: out of memory',
      ].join('\n'),
    );
  });

  it('names the table alone when it is the only one, and says when it has no rows yet', () => {
    expect(
      runSummary(run, { kind: 'table', tables: ['leaderboard'], data: leaderboardData() }).split('\n')[2],
    ).toBe('leaderboard');
    expect(
      runSummary(
        { ...run, status: 'RUNNING', finishedAt: null },
        { kind: 'table', tables: ['leaderboard', 'accuracy'], data: leaderboardData([]) },
      ),
    ).toBe(
      'run r1: transfer 1.0.0, running, 5/6 trials done, 1 failed\n\nleaderboard (other tables: accuracy; transferlab results r1 --table NAME): no rows yet',
    );
  });

  it('says so for an analysis that declares no outputs, and prints the headline and error alone when the table is unavailable', () => {
    const influence = { ...run, analysis: 'influence', failedCount: 0, completedCount: 6 };
    expect(runSummary(influence, { kind: 'none' })).toBe(
      "run r1: influence 1.0.0, completed, 6/6 trials done, 0 failed in 1m12s\n\nanalysis 'influence' declares no output tables; transferlab results r1 --json writes its result rows",
    );
    expect(runSummary({ ...run, status: 'FAILED', error: 'worker lost' }, { kind: 'unavailable' })).toBe(
      'run r1: transfer 1.0.0, failed, 5/6 trials done, 1 failed in 1m12s\nerror: worker lost',
    );
  });
});
