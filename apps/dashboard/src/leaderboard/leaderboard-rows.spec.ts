import { describe, expect, it } from 'vitest';
import { settingFixture } from '../results/results.fixture';
import { leaderboardRows } from './leaderboard-rows';

describe('leaderboardRows', () => {
  it('ranks sources at the chosen budget, with every budget’s accuracy and the delta there', () => {
    const rows = leaderboardRows(settingFixture(), 20, 'zoo/natural');
    expect(rows.map((r) => [r.rank, r.source])).toEqual([
      [1, 'zoo/robust-eps1'],
      [2, 'zoo/natural'],
    ]);
    const robust = rows[0]!;
    expect(robust.accuracy[20]).toEqual({ mean: 0.5, low: 0.44, high: 0.56, seeds: 3 });
    expect(robust.accuracy[50]).toEqual({ mean: 0.55, low: null, high: null, seeds: 1 });
    expect(robust.efficiency).toBe(0.52);
    expect(robust.delta).toEqual({ mean: 0.1, low: 0.02, high: 0.18, seeds: 3, pValue: 0.03 });
    expect(rows[1]!.isBaseline).toBe(true);
    expect(rows[1]!.delta).toBeNull();
  });

  it('re-ranks at another budget and takes that budget’s delta', () => {
    const rows = leaderboardRows(settingFixture(), 50, 'zoo/natural');
    expect(rows.map((r) => r.source)).toEqual(['zoo/natural', 'zoo/robust-eps1']);
    expect(rows[1]!.delta?.mean).toBe(-0.05);
  });

  it('has no deltas without a baseline, and lists sources missing at the budget last', () => {
    const s = settingFixture();
    const partial = { ...s, leaderboard: s.leaderboard.filter((e) => e.source !== 'zoo/natural') };
    const rows = leaderboardRows(partial, 50, undefined);
    expect(rows.map((r) => [r.rank, r.source])).toEqual([
      [2, 'zoo/robust-eps1'],
      [null, 'zoo/natural'],
    ]);
    expect(rows.every((r) => r.delta === null && !r.isBaseline)).toBe(true);
  });
});
