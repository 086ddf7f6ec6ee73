import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { column, columnSpecOf } from './columns';
import { computeTable, TableRowError } from './compute';
import {
  flatColumnNames,
  flattenRow,
  outputsProblems,
  summaryTable,
  tableColumns,
  type AnalysisOutputs,
} from './outputs';
import { defineTable } from './outputs';
import { pluginShapeProblems } from '../plugin-shape';

const scores = defineTable({
  description: 'scores',
  row: z.object({
    source: column.model({ label: 'Source' }),
    n: column.dimension(z.number(), { format: 'count' }),
    accuracy: column.interval({ format: 'share' }),
    image: column.image(),
  }),
  rows: ({ rows }) =>
    rows.map((r) => ({
      source: String(r.config.source),
      n: Number(r.config.n),
      accuracy: { mean: r.metrics.a ?? 0, low: null, high: null, n: 1 },
      image: { dataset: 'mnist', split: 'test' as const, index: Number(r.config.n) },
    })),
});

const row = (source: string, n: number, a: number) => ({
  config: { source, n },
  metrics: { a },
  series: null,
  details: null,
  provider: 'cpu',
});

describe('output tables', () => {
  it('reads each column role back from its schema, in declaration order', () => {
    expect(tableColumns(scores)).toEqual([
      { name: 'source', role: 'model', label: 'Source' },
      { name: 'n', role: 'dimension', format: 'count' },
      { name: 'accuracy', role: 'interval', format: 'share' },
      { name: 'image', role: 'image' },
    ]);
    expect(columnSpecOf(z.string())).toBeUndefined();
  });

  it('computes rows checked against the row schema, and names the row and field of a bad one', () => {
    const input = { rows: [row('a', 10, 0.5)], options: {}, models: new Map() };
    expect(computeTable('scores', scores, input)).toEqual([
      {
        source: 'a',
        n: 10,
        accuracy: { mean: 0.5, low: null, high: null, n: 1 },
        image: { dataset: 'mnist', split: 'test', index: 10 },
      },
    ]);
    const bad = {
      ...scores,
      rows: () => [
        { source: 'a', n: 'ten', accuracy: null, image: { dataset: 'mnist', split: 'test', index: 1 } },
      ],
    };
    expect(() => computeTable('scores', bad, input)).toThrow(TableRowError);
    expect(() => computeTable('scores', bad, input)).toThrow("table 'scores' row 0: n:");
  });

  it('flattens intervals and image references for CSV', () => {
    const cols = tableColumns(scores);
    expect(flatColumnNames(cols)).toEqual([
      'source',
      'n',
      'accuracy.mean',
      'accuracy.low',
      'accuracy.high',
      'accuracy.n',
      'image.dataset',
      'image.split',
      'image.index',
    ]);
    const flat = flattenRow(cols, {
      source: 'a',
      n: 3,
      accuracy: null,
      image: { dataset: 'd', split: 'train', index: 7 },
    });
    expect(flat).toEqual({
      source: 'a',
      n: 3,
      'accuracy.mean': null,
      'accuracy.low': null,
      'accuracy.high': null,
      'accuracy.n': null,
      'image.dataset': 'd',
      'image.split': 'train',
      'image.index': 7,
    });
  });

  it('accepts well-formed views and names every wrong table, column and role', () => {
    const ok: AnalysisOutputs = {
      tables: { scores },
      views: [
        { kind: 'table', title: 'Board', table: 'scores', rank: { by: 'accuracy', order: 'desc' } },
        {
          kind: 'series',
          title: 'Curve',
          table: 'scores',
          x: 'n',
          y: 'accuracy',
          series: 'source',
          xScale: 'log2',
        },
        {
          kind: 'gallery',
          title: 'Images',
          table: 'scores',
          image: 'image',
          caption: ['source'],
          facets: ['source'],
          group: ['source', 'n'],
          header: ['image', 'n'],
          mark: 'n',
        },
      ],
    };
    expect(outputsProblems(ok)).toEqual([]);
    expect(summaryTable(ok)).toBe('scores');
    const bad: AnalysisOutputs = {
      tables: { scores, Bad: scores },
      summary: 'missing',
      views: [
        { kind: 'table', title: 'x', table: 'nope' },
        { kind: 'series', title: 'x', table: 'scores', x: 'image', y: 'source', series: 'accuracy' },
        { kind: 'gallery', title: 'x', table: 'scores', image: 'n', facets: ['zz'] },
        {
          kind: 'gallery',
          title: 'x',
          table: 'scores',
          image: 'image',
          group: ['accuracy'],
          header: ['zz'],
          mark: 'image',
        },
      ],
    };
    expect(outputsProblems(bad)).toEqual([
      'outputs.tables.Bad: a table name must match /^[a-z][a-z0-9-]{0,63}$/',
      "outputs.summary: no table 'missing'",
      "outputs.views[0].table: no table 'nope' (tables: scores, Bad)",
      "outputs.views[1].x: column 'image' has role image; it must be dimension or measure",
      "outputs.views[1].y: column 'source' has role model; it must be measure or interval",
      "outputs.views[1].series: column 'accuracy' has role interval; it must be dimension or model or text",
      "outputs.views[2].facets[0]: table 'scores' has no column 'zz'",
      "outputs.views[2].image: column 'n' has role dimension; it must be image or picture",
      "outputs.views[3].group[0]: column 'accuracy' has role interval; it must be dimension or model or text",
      "outputs.views[3].header[0]: table 'scores' has no column 'zz'",
      "outputs.views[3].mark: column 'image' has role image; it must be dimension or text",
    ]);
    const untagged = {
      tables: { t: { description: 'd', row: z.object({ a: z.string() }), rows: () => [] } },
    };
    expect(outputsProblems(untagged)).toEqual([
      'outputs.tables.t.row.a was not made with column.* (it has no role)',
    ]);
  });
});

describe('evidence computed on request', () => {
  const evidence = (onRequest: unknown): AnalysisOutputs => ({
    tables: { scores },
    views: [{ kind: 'evidence', title: 'Maps', table: 'scores', image: 'image', show: ['source'], onRequest } as never],
  });

  it('accepts a complete request and names each missing or wrong field', () => {
    const ok = { label: 'Compute', params: { dataset: 'datasets', index: 'indices', sources: 'sources' }, maxSources: 8 };
    expect(outputsProblems(evidence(ok))).toEqual([]);
    expect(outputsProblems(evidence({ label: ' ', params: { dataset: 'd', index: '' }, maxSources: 0 }))).toEqual([
      'outputs.views[0].onRequest.label must be a non-empty string',
      'outputs.views[0].onRequest.params.index must be a non-empty string',
      'outputs.views[0].onRequest.params.sources must be a non-empty string',
      'outputs.views[0].onRequest.maxSources must be a positive integer',
    ]);
  });
});

describe('table views', () => {
  const outputs = (view: Record<string, unknown>): AnalysisOutputs =>
    ({ tables: { scores }, views: [{ kind: 'table', title: 'Board', table: 'scores', ...view }] });

  it('accepts a wide table spreading intervals over a dimension, and a column list', () => {
    expect(
      outputsProblems(
        outputs({ pivot: { columns: 'n', values: ['accuracy'] }, columns: ['source', 'accuracy'], facets: ['n'] }),
      ),
    ).toEqual([]);
    // Views written before either field are unchanged.
    expect(outputsProblems(outputs({ rank: { by: 'accuracy', order: 'desc' } }))).toEqual([]);
  });

  it('names a pivot over a non-dimension, spread values that are not values, and unknown columns', () => {
    expect(
      outputsProblems(outputs({ pivot: { columns: 'source', values: ['n', 'zz'] }, columns: ['zz'] })),
    ).toEqual([
      "outputs.views[0].columns[0]: table 'scores' has no column 'zz'",
      "outputs.views[0].pivot.columns: column 'source' has role model; it must be dimension",
      "outputs.views[0].pivot.values[0]: column 'n' has role dimension; it must be measure or interval or text",
      "outputs.views[0].pivot.values[1]: table 'scores' has no column 'zz'",
    ]);
    expect(outputsProblems(outputs({ pivot: { columns: 'n', values: [] } }))).toEqual([
      'outputs.views[0].pivot.values must name at least one column',
    ]);
  });
});

describe('an analysis whose evidence is computed on request', () => {
  it('must name params its params schema has', () => {
    const plugin = (names: Record<string, string>) => ({
      kind: 'analysis',
      name: 'maps',
      version: '1.0.0',
      description: 'd',
      params: z.object({ sources: z.array(z.string()), datasets: z.array(z.string()), indices: z.array(z.number()) }),
      expand: () => [],
      run: () => Promise.resolve({ metrics: {} }),
      outputs: {
        tables: { scores },
        views: [
          {
            kind: 'evidence',
            title: 'Maps',
            table: 'scores',
            image: 'image',
            show: ['source'],
            onRequest: { label: 'Compute', params: names, maxSources: 4 },
          },
        ],
      },
    });
    expect(pluginShapeProblems(plugin({ dataset: 'datasets', index: 'indices', sources: 'sources' }))).toEqual([]);
    expect(pluginShapeProblems(plugin({ dataset: 'datasets', index: 'images', sources: 'sources' }))).toEqual([
      "outputs.views[0].onRequest.params.index: the params have no 'images'",
    ]);
  });
});
