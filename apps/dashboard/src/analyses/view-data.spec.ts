import { describe, expect, it } from 'vitest';
import { cellText, formatInterval } from './cell-values';
import { barSpan, filledColumns, niceTicks, pickFacet, rankRows, viewSeries } from './view-data';
import type { OutputColumn, OutputView } from './analyses.queries';

const view = (v: Partial<OutputView>): OutputView => ({
  kind: 'series',
  title: 't',
  table: 't',
  description: null,
  facets: [],
  rankBy: null,
  rankOrder: null,
  columns: [],
  pivotColumns: null,
  pivotValues: [],
  x: null,
  y: null,
  series: null,
  xScale: null,
  image: null,
  caption: [],
  group: [],
  header: [],
  mark: null,
  ...v,
});

describe('generic views', () => {
  it('ranks by a measure or an interval mean, rows without a value last', () => {
    const rows = [
      { m: 'a', acc: { mean: 0.5, low: null, high: null, n: 1 } },
      { m: 'b', acc: null },
      { m: 'c', acc: { mean: 0.9, low: 0.8, high: 1, n: 3 } },
    ];
    expect(rankRows(rows, 'acc', 'desc').map((r) => r.m)).toEqual(['c', 'a', 'b']);
    expect(rankRows(rows, 'acc', 'asc').map((r) => r.m)).toEqual(['a', 'c', 'b']);
  });

  it('turns rows into one line per series value on a log2 x, with bands from intervals', () => {
    const rows = [
      { n: 100, acc: { mean: 0.5, low: 0.4, high: 0.6, n: 3 }, source: 'a' },
      { n: 400, acc: { mean: 0.7, low: null, high: null, n: 1 }, source: 'a' },
      { n: 100, acc: { mean: 0.6, low: 0.5, high: 0.7, n: 3 }, source: 'b' },
    ];
    const s = viewSeries(view({ x: 'n', y: 'acc', series: 'source', xScale: 'log2' }), rows);
    expect(s.series).toEqual(['a', 'b']);
    expect(s.data.map((d) => d.x)).toEqual([Math.log2(100), Math.log2(400)]);
    expect(s.data[0]!.band).toEqual({ a: [0.4, 0.6], b: [0.5, 0.7] });
    expect(s.data[1]!.mean).toEqual({ a: 0.7 });
  });

  it('writes an interval in its own unit and a share as a percentage', () => {
    expect(formatInterval({ mean: 0.804, low: 0.781, high: 0.826, n: 500 }, 'share')).toBe(
      '80.4% [78.1%, 82.6%]',
    );
    expect(formatInterval({ mean: 0.501, low: 0.2, high: 0.8, n: 3 }, null)).toBe('0.501 [0.2, 0.8]');
    expect(cellText({ role: 'image', format: null }, { dataset: 'mnist', split: 'test', index: 7 })).toBe(
      'mnist test #7',
    );
    expect(cellText({ role: 'measure', format: 'count' }, 1200)).toBe('1,200');
  });

  it('keeps a facet the URL names when the table has it, else the first value', () => {
    expect(pickFacet([1, 2, 3], '2')).toBe(2);
    expect(pickFacet(['a', 'b'], 'zz')).toBe('a');
    expect(pickFacet(['a', 'b'], null)).toBe('a');
  });

  it('makes ticks on steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(3, 47)).toEqual([10, 20, 30, 40]);
  });
  it('leaves out the columns with no value on any row', () => {
    const col = (name: string): OutputColumn => ({
      name,
      role: 'measure',
      label: null,
      description: null,
      format: null,
      nullLabel: null,
    });
    const rows = [
      { a: 1, b: null, c: null },
      { a: null, b: 0, c: undefined },
    ];
    expect(filledColumns([col('a'), col('b'), col('c'), col('d')], rows).map((c) => c.name)).toEqual([
      'a',
      'b',
    ]);
  });

  it('draws bars on one span from 0 to the largest bound, taking in negatives and bounds', () => {
    const iv = (mean: number, low: number | null, high: number | null) => ({ mean, low, high, n: 3 });
    expect(barSpan([{ x: iv(1.5, 1.2, 1.9) }, { x: iv(0.8, null, null) }, { x: null }], 'x')).toEqual([
      0, 1.9,
    ]);
    expect(barSpan([{ x: iv(-0.2, -0.5, 0.1) }, { x: 0.3 }], 'x')).toEqual([-0.5, 0.3]);
    expect(barSpan([{ x: null }], 'x')).toBeNull();
    expect(barSpan([{ x: 0 }], 'x')).toBeNull();
  });
});
