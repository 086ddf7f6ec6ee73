import { describe, expect, it } from 'vitest';
import { settingFixture } from '../results/results.fixture';
import { accuracyVsEpoch, accuracyVsN, deltaVsN, epochBudgets, valueDomain } from './chart-series';

describe('chart series', () => {
  it('accuracy vs n: one row per budget at log2(n), a mean and a band per source', () => {
    const { series, data } = accuracyVsN(settingFixture());
    expect(series).toEqual(['zoo/natural', 'zoo/robust-eps1']);
    expect(data.map((d) => d.x)).toEqual([Math.log2(20), Math.log2(50)]);
    expect(data[0]!.mean).toEqual({ 'zoo/natural': 0.4, 'zoo/robust-eps1': 0.5 });
    expect(data[0]!.band['zoo/robust-eps1']).toEqual([0.44, 0.56]);
    // One seed: a mean but no interval to draw.
    expect(data[1]!.mean['zoo/robust-eps1']).toBe(0.55);
    expect(data[1]!.band['zoo/robust-eps1']).toBeUndefined();
  });

  it('delta vs n: only the chosen baseline’s deltas', () => {
    const { series, data } = deltaVsN(settingFixture(), 'zoo/natural');
    expect(series).toEqual(['zoo/robust-eps1']);
    expect(data.map((d) => d.mean['zoo/robust-eps1'])).toEqual([0.1, -0.05]);
    expect(deltaVsN(settingFixture(), 'zoo/other').data).toEqual([]);
  });

  it('accuracy vs epochs at one budget, and the budgets that have epochs', () => {
    const { series, data } = accuracyVsEpoch(settingFixture(), 20);
    expect(series).toEqual(['zoo/natural', 'zoo/robust-eps1']);
    expect(data.map((d) => d.x)).toEqual([1, 2]);
    expect(data[1]!.mean).toEqual({ 'zoo/natural': 0.4 });
    expect(epochBudgets(settingFixture())).toEqual([20, 50]);
  });

  it('y domain: holds every mean and band, widened to the step and clamped', () => {
    // Means 0.4 to 0.6, bands 0.35 to 0.65.
    expect(valueDomain(accuracyVsN(settingFixture()), 0.1, 0, 1)).toEqual([0.3, 0.7]);
    // Deltas -0.05 to 0.18, not clamped at 0.
    expect(valueDomain(deltaVsN(settingFixture(), 'zoo/natural'), 0.05)).toEqual([-0.05, 0.2]);
    expect(valueDomain({ series: [], data: [] }, 0.1, 0, 1)).toEqual([0, 1]);
  });
});
