import { describe, expect, it } from 'vitest';
import { figureGroups } from './model-figures';
import type { AnalysisFigures } from './model-figures.queries';

type Column = AnalysisFigures['table']['columns'][number];

const col = (
  name: string,
  role: Column['role'],
  label: string | null,
  format: string | null = null,
): Column => ({ name, role, label, description: null, format });

/** A robustness-shaped figures table: a model column, three dimensions, two shares, texts and a warning. */
const robust: AnalysisFigures = {
  analysis: 'robustness',
  runId: 'r1',
  table: {
    name: 'figures',
    columns: [
      col('source', 'model', 'Source'),
      col('dataset', 'dimension', 'Dataset'),
      col('norm', 'dimension', 'Norm'),
      col('eps', 'dimension', 'ε'),
      col('manifest', 'measure', 'Manifest', 'share'),
      col('measured', 'interval', 'Measured', 'share'),
      col('budget', 'text', 'Budget'),
      col('flags', 'text', 'Failed checks', 'warning'),
    ],
  },
  rows: [
    {
      source: 'm',
      dataset: 'fashion-mnist-a',
      norm: 'Linf',
      eps: 0.03,
      manifest: 0.825,
      measured: { mean: 0.801, low: 0.75, high: 0.85, n: 3 },
      budget: '0.03',
      flags: 'zero-gradients',
    },
    {
      source: 'm',
      dataset: 'fashion-mnist-a',
      norm: 'Linf',
      eps: 0.01,
      manifest: null,
      measured: { mean: 0.9, low: null, high: null, n: 1 },
      budget: '0.01',
      flags: null,
    },
  ],
};

describe('a model figures by column role', () => {
  it('writes each row as where, then its measures, with its warnings and the rest in a tooltip', () => {
    const [g] = figureGroups('m', [robust]);
    expect(g).toMatchObject({ analysis: 'robustness', runId: 'r1', href: '/analyses/robustness?run=r1' });
    const [first, second] = g!.lines;
    expect(first).toEqual({
      key: 'fashion-mnist-a · Linf · ε 0.03',
      values: [
        { label: 'Manifest', text: '82.5%' },
        { label: 'Measured', text: '80.1%' },
      ],
      warnings: ['Failed checks: zero-gradients'],
      detail: 'Manifest: 82.5%\nMeasured: 80.1% [75.0%, 85.0%]\nBudget: 0.03',
      href: '/analyses/robustness?run=r1&source=m&dataset=fashion-mnist-a&norm=Linf&eps=0.03',
    });
    // A null figure and a null warning are left out, not shown as dashes.
    expect(second!.values).toEqual([{ label: 'Measured', text: '90.0%' }]);
    expect(second!.warnings).toEqual([]);
  });

  it('draws any analysis the same way: another model column is a key, a label falls back to the name', () => {
    const other: AnalysisFigures = {
      analysis: 'transfer',
      runId: 'r2',
      table: {
        name: 'best',
        columns: [
          col('model', 'model', null),
          col('baseline', 'model', 'Baseline'),
          col('n', 'dimension', 'n'),
          col('accuracy', 'measure', null, 'share'),
          col('note', 'text', 'Note'),
        ],
      },
      rows: [{ model: 'm', baseline: 'nat', n: 400, accuracy: 0.62, note: null }],
    };
    const [g] = figureGroups('m', [other, { ...robust, rows: [] }]);
    expect(g!.lines).toEqual([
      {
        key: 'nat · n 400',
        values: [{ label: 'accuracy', text: '62.0%' }],
        warnings: [],
        detail: 'accuracy: 62.0%',
        href: '/analyses/transfer?run=r2&model=m&baseline=nat&n=400',
      },
    ]);
    // An analysis with no rows for the model is left out.
    expect(figureGroups('m', [{ ...robust, rows: [] }])).toEqual([]);
  });

  it("titles an analysis's groups by table when it shows more than one, each with its own key", () => {
    const best = { ...robust, table: { ...robust.table, name: 'best-known' } };
    const groups = figureGroups('m', [robust, best]);
    expect(groups.map((g) => [g.title, g.key])).toEqual([
      ['robustness · figures', 'robustness/figures'],
      ['robustness · best-known', 'robustness/best-known'],
    ]);
    expect(figureGroups('m', [robust, { ...best, rows: [] }]).map((g) => g.title)).toEqual(['robustness']);
  });
});
