import { describe, expect, it } from 'vitest';
import { headlineRun, headlineSource, headlineTargets, type HeadlineCandidate } from './headline';

const col = (name: string, role: string, format: string | null = null) => ({ name, role, format });

const transferLike: HeadlineCandidate = {
  analysis: 'sweeps',
  summaryTable: 'board',
  tables: [
    {
      name: 'accuracy',
      columns: [col('target', 'dimension'), col('n', 'dimension'), col('source', 'model')],
    },
    {
      name: 'board',
      columns: [
        col('target', 'dimension'),
        col('n', 'dimension', 'count'),
        col('source', 'model'),
        col('delta', 'interval', 'share'),
        col('pValue', 'measure', 'pvalue'),
      ],
    },
  ],
};

describe('headlineSource', () => {
  it('takes the first analysis whose summary table has a delta interval per target, n and source', () => {
    const noDelta: HeadlineCandidate = {
      analysis: 'robustness',
      summaryTable: 'board',
      tables: [{ name: 'board', columns: [col('source', 'model'), col('accuracy', 'interval')] }],
    };
    expect(headlineSource([noDelta, transferLike])).toEqual({
      analysis: 'sweeps',
      table: 'board',
      deltaFormat: 'share',
      pValueFormat: 'pvalue',
    });
  });

  it('has none when no summary table qualifies (a delta that is not an interval, or no summary)', () => {
    const measureDelta: HeadlineCandidate = {
      ...transferLike,
      tables: [
        {
          name: 'board',
          columns: [
            col('target', 'dimension'),
            col('n', 'dimension'),
            col('source', 'model'),
            col('delta', 'measure'),
          ],
        },
      ],
    };
    expect(headlineSource([measureDelta, { ...transferLike, summaryTable: null }])).toBeUndefined();
    expect(headlineSource([])).toBeUndefined();
  });
});

const iv = (mean: number, n = 3) => ({ mean, low: mean - 0.05, high: mean + 0.05, n });

describe('headlineTargets', () => {
  const rows = [
    // The baseline's own rows carry no delta.
    {
      target: 'mnist',
      depth: 0,
      lr: 0.1,
      n: 20,
      source: 'nat',
      training: 'natural',
      baseline: 'nat',
      delta: null,
      pValue: null,
    },
    {
      target: 'mnist',
      depth: 0,
      lr: 0.1,
      n: 20,
      source: 'rob',
      training: 'adversarial',
      baseline: 'nat',
      delta: iv(0.2),
      pValue: 0.01,
    },
    {
      target: 'mnist',
      depth: 0,
      lr: 0.1,
      n: 1000,
      source: 'rob',
      training: 'adversarial',
      baseline: 'nat',
      delta: iv(0.02),
      pValue: 0.4,
    },
    {
      target: 'mnist',
      depth: 0,
      lr: 0.1,
      n: 100,
      source: 'rob',
      training: 'adversarial',
      baseline: 'nat',
      delta: iv(0.1),
      pValue: 0.05,
    },
    // Another setting of the same target: not the headline's (its depth is larger).
    {
      target: 'mnist',
      depth: 1,
      lr: 0.1,
      n: 20,
      source: 'rob',
      training: 'adversarial',
      baseline: 'nat',
      delta: iv(0.5),
      pValue: 0.001,
    },
    {
      target: 'mnist',
      depth: null,
      lr: 0.1,
      n: 20,
      source: 'rob',
      training: 'adversarial',
      baseline: 'nat',
      delta: iv(0.6),
      pValue: 0.001,
    },
    {
      target: 'fmnist',
      depth: 1,
      lr: 0.1,
      n: 50,
      source: 'rob',
      training: 'adversarial',
      baseline: 'nat',
      delta: iv(-0.1, 1),
      pValue: null,
    },
  ];

  it('per target, at the smallest depth, shows each source against the baseline at the smallest and largest n', () => {
    const [mnist, fmnist] = headlineTargets(rows);
    expect(mnist).toEqual({
      target: 'mnist',
      depth: 0,
      baseline: 'nat',
      smallestN: 20,
      largestN: 1000,
      sources: [
        {
          source: 'rob',
          training: 'adversarial',
          smallest: { n: 20, delta: iv(0.2), pValue: 0.01 },
          largest: { n: 1000, delta: iv(0.02), pValue: 0.4 },
        },
      ],
    });
    // One budget: the smallest is the largest; a missing p-value stays null.
    expect(fmnist).toMatchObject({ target: 'fmnist', depth: 1, smallestN: 50, largestN: 50 });
    expect(fmnist!.sources[0]!.smallest).toEqual({ n: 50, delta: iv(-0.1, 1), pValue: null });
  });

  it('falls back to all layers when no depth is numeric, and has no target without a delta', () => {
    const allLayers = rows.filter((r) => r.depth === null);
    expect(headlineTargets(allLayers)[0]).toMatchObject({ target: 'mnist', depth: null });
    expect(headlineTargets(rows.filter((r) => r.delta === null))).toEqual([]);
  });
});

describe('headlineRun', () => {
  it('prefers the newest completed run, else the newest with finished trials', () => {
    const runs = [
      { id: 'a', status: 'RUNNING', completedCount: 5 },
      { id: 'b', status: 'COMPLETED', completedCount: 8 },
    ];
    expect(headlineRun(runs)?.id).toBe('b');
    expect(headlineRun(runs.slice(0, 1))?.id).toBe('a');
    expect(headlineRun([{ id: 'c', status: 'QUEUED', completedCount: 0 }])).toBeUndefined();
  });
});
