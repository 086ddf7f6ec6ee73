import { describe, expect, it } from 'vitest';
import { settingFixture } from './results.fixture';
import type { RunSummary } from './results.query';
import {
  analysisHref,
  budgets,
  depthParam,
  pickBaseline,
  pickBudget,
  pickRunId,
  pickSetting,
  sourcesOf,
} from './selection';

const run = (id: string, completedCount: number): RunSummary => ({
  id,
  analysis: 'transfer',
  status: 'COMPLETED',
  createdAt: '2026-11-25T06:00:00.000Z',
  trialCount: 4,
  completedCount,
  failedCount: 0,
  progress: 1,
});

describe('pickRunId', () => {
  it('takes the run the URL names, else the newest run with a completed trial, else the newest', () => {
    const runs = [run('new-empty', 0), run('older', 2), run('oldest', 4)];
    expect(pickRunId(runs, 'oldest')).toBe('oldest');
    expect(pickRunId(runs, null)).toBe('older');
    expect(pickRunId([run('a', 0), run('b', 0)], null)).toBe('a');
    expect(pickRunId([], null)).toBeUndefined();
  });
});

describe('pickSetting', () => {
  const results = [
    settingFixture({ target: 'mnist', depth: 1 }),
    settingFixture({ target: 'mnist', depth: null }),
    settingFixture({ target: 'mnist', depth: 0, lr: 0.01 }),
    settingFixture({ target: 'fashion', depth: 0 }),
  ];

  it('lists targets sorted and the chosen target’s depths ascending with "all" last', () => {
    const c = pickSetting(results, { target: 'mnist', depth: null })!;
    expect(c.targets).toEqual(['fashion', 'mnist']);
    expect(c.depths).toEqual([0, 1, null]);
    expect(c.depth).toBe(0);
    expect(c.setting.lr).toBe(0.01);
  });

  it('honours the URL’s target and depth, including "all"', () => {
    expect(pickSetting(results, { target: 'mnist', depth: '1' })!.setting).toBe(results[0]);
    expect(pickSetting(results, { target: 'mnist', depth: 'all' })!.setting).toBe(results[1]);
  });

  it('falls back to the first target and depth when the URL names ones the run lacks', () => {
    const c = pickSetting(results, { target: 'cifar', depth: '7' })!;
    expect([c.target, c.depth]).toEqual(['fashion', 0]);
    expect(pickSetting([], { target: null, depth: null })).toBeUndefined();
  });

  it('spells a null depth as "all" in URLs', () => {
    expect(depthParam(null)).toBe('all');
    expect(depthParam(2)).toBe('2');
  });
});

describe('budgets, sources and baseline', () => {
  it('lists budgets ascending and picks the URL’s or the largest', () => {
    const b = budgets(settingFixture());
    expect(b).toEqual([20, 50]);
    expect(pickBudget(b, '20')).toBe(20);
    expect(pickBudget(b, '30')).toBe(50);
    expect(pickBudget(b, null)).toBe(50);
  });

  it('defaults the baseline to a natural source and keeps a requested one the run has', () => {
    const sources = sourcesOf([settingFixture()]);
    expect(sources).toEqual(['zoo/natural', 'zoo/robust-eps1']);
    expect(pickBaseline(sources, null)).toBe('zoo/natural');
    expect(pickBaseline(sources, 'zoo/robust-eps1')).toBe('zoo/robust-eps1');
    expect(pickBaseline(sources, 'zoo/missing')).toBe('zoo/natural');
    expect(pickBaseline(['a', 'b'], null)).toBeUndefined();
  });
});

describe('analysisHref', () => {
  it('carries run, target, depth and baseline to the other page', () => {
    const href = analysisHref('/compare', {
      runId: 'r1',
      target: 'fashion mnist',
      depth: null,
      baseline: 'zoo/natural',
    });
    expect(href).toBe('/compare?run=r1&target=fashion+mnist&depth=all&baseline=zoo%2Fnatural');
    expect(analysisHref('/leaderboard', { runId: 'r1', target: 't', depth: 1, baseline: undefined })).toBe(
      '/leaderboard?run=r1&target=t&depth=1',
    );
  });
});
