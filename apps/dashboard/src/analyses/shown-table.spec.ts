import { describe, expect, it } from 'vitest';
import type { OutputColumn, OutputTable } from './analyses.queries';
import { filterRows, shownTable, sortRows, spreadKey } from './shown-table';

const col = (name: string, role: OutputColumn['role'], format: string | null = null): OutputColumn => ({
  name,
  role,
  label: null,
  description: null,
  format,
  nullLabel: null,
});
const iv = (mean: number) => ({ mean, low: mean - 0.1, high: mean + 0.1, n: 3 });

/** A leaderboard in the transfer analysis's long shape: a row per source and n. */
const BOARD: OutputTable = {
  name: 'board',
  description: 'ranked',
  columns: [
    col('target', 'dimension'),
    col('n', 'dimension', 'count'),
    col('source', 'model'),
    col('accuracy', 'interval', 'share'),
    col('delta', 'interval', 'share'),
    col('baseline', 'text'),
  ],
};
const ROWS = [
  { target: 't', n: 40, source: 'b', accuracy: iv(0.7), delta: iv(0.1), baseline: 'a' },
  { target: 't', n: 10, source: 'a', accuracy: iv(0.4), delta: null, baseline: 'a' },
  { target: 't', n: 10, source: 'b', accuracy: iv(0.5), delta: iv(0.1), baseline: 'a' },
  { target: 't', n: 40, source: 'a', accuracy: iv(0.6), delta: null, baseline: 'a' },
  // c has no result at n 40 yet.
  { target: 't', n: 10, source: 'c', accuracy: iv(0.45), delta: iv(0.05), baseline: 'a' },
];
const view = {
  columns: [] as string[],
  facets: ['target', 'n'],
  pivotColumns: 'n',
  pivotValues: ['accuracy'],
  rankBy: 'accuracy',
};

describe('shownTable', () => {
  it('spreads a pivot over its values: one row per source, accuracy at every n, the rest at the chosen n', () => {
    const t = shownTable(BOARD, view, ROWS, { target: 't', n: 40 });
    expect(t.columns.map((c) => [c.key, c.at ?? null, c.chosen])).toEqual([
      ['source', null, false],
      ['accuracy:10', '10', false],
      ['accuracy:40', '40', true],
      ['delta', null, false],
      ['baseline', null, false],
    ]);
    expect(t.rankKey).toBe(spreadKey('accuracy', 40));
    expect(t.rows.map((r) => [r.source, r['accuracy:10'], r['accuracy:40'], r.delta])).toEqual([
      ['b', iv(0.5), iv(0.7), iv(0.1)],
      ['a', iv(0.4), iv(0.6), null],
      // Nothing at n 40: its delta is not n 10's.
      ['c', iv(0.45), null, null],
    ]);
    // Key columns are every row's own, with or without a row at the chosen n.
    expect(t.rows.map((r) => [r.target, r.baseline])).toEqual([
      ['t', 'a'],
      ['t', 'a'],
      ['t', 'a'],
    ]);
  });

  it("keeps the view's column order, and ranks by the last value without a chosen one", () => {
    const t = shownTable(BOARD, { ...view, columns: ['accuracy', 'source'], facets: [] }, ROWS, {});
    expect(t.columns.map((c) => c.key)).toEqual(['accuracy:10', 'accuracy:40', 'source']);
    expect(t.columns.every((c) => !c.chosen)).toBe(true);
    expect(t.rankKey).toBe('accuracy:40');
  });

  it('without a pivot, shows the rows as they are, leaving out the facet columns', () => {
    const t = shownTable(BOARD, { ...view, pivotColumns: null, pivotValues: [] }, ROWS, { n: 40 });
    expect(t.rows).toBe(ROWS);
    expect(t.columns.map((c) => c.key)).toEqual(['source', 'accuracy', 'delta', 'baseline']);
    expect(t.rankKey).toBe('accuracy');
  });
});

describe('sorting and filtering shown rows', () => {
  const t = shownTable(BOARD, view, ROWS, { target: 't', n: 40 });
  const byKey = (key: string) => t.columns.find((c) => c.key === key)!;

  it('sorts numbers by value (intervals by their mean) and text by name, empty cells last', () => {
    expect(sortRows(t.rows, byKey('accuracy:40'), 'asc').map((r) => r.source)).toEqual(['a', 'b', 'c']);
    expect(sortRows(t.rows, byKey('accuracy:40'), 'desc').map((r) => r.source)).toEqual(['b', 'a', 'c']);
    expect(sortRows(t.rows, byKey('source'), 'desc').map((r) => r.source)).toEqual(['c', 'b', 'a']);
  });

  it('filters on the text of model, text and dimension cells, in any case', () => {
    expect(filterRows(t.rows, t.columns, ' B ').map((r) => r.source)).toEqual(['b']);
    // 'a' is every row's baseline (a text column): all match.
    expect(filterRows(t.rows, t.columns, 'A')).toHaveLength(3);
    expect(filterRows(t.rows, t.columns, '')).toHaveLength(3);
    expect(filterRows(t.rows, t.columns, '70')).toEqual([]);
  });
});
