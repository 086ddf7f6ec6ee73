import type { OutputColumn } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { facetValues } from './table-filter';

const columns: OutputColumn[] = [
  { name: 'norm', role: 'dimension' },
  { name: 'eps', role: 'dimension' },
  { name: 'source', role: 'model' },
  { name: 'robust', role: 'measure' },
];
// A robustness board over two norms: each norm has its own budgets.
const rows = [
  ...[1 / 255, 4 / 255].flatMap((eps) =>
    ['a', 'b'].map((source) => ({ norm: 'Linf', eps, source, robust: 0.5 })),
  ),
  ...[0.25, 0.5].flatMap((eps) => ['a'].map((source) => ({ norm: 'L2', eps, source, robust: 0.5 }))),
];

describe('facet values', () => {
  it('without choices: every value of each facet, as before', () => {
    expect(facetValues(rows, ['norm', 'eps'], columns)).toEqual([
      { column: 'norm', values: ['L2', 'Linf'] },
      { column: 'eps', values: [1 / 255, 4 / 255, 0.25, 0.5] },
    ]);
  });

  it('cascades: a facet offers only the values of the rows that have the chosen (or first) value before it', () => {
    // No norm chosen: the first, L2, and only its budgets.
    expect(facetValues(rows, ['norm', 'eps'], columns, { norm: null, eps: null })).toEqual([
      { column: 'norm', values: ['L2', 'Linf'] },
      { column: 'eps', values: [0.25, 0.5] },
    ]);
    const linf = facetValues(rows, ['norm', 'eps', 'source'], columns, {
      norm: 'Linf',
      eps: String(4 / 255),
      source: null,
    });
    expect(linf).toEqual([
      { column: 'norm', values: ['L2', 'Linf'] },
      { column: 'eps', values: [1 / 255, 4 / 255] },
      { column: 'source', values: ['a', 'b'] },
    ]);
    // A choice the rows lack falls back to the first value, as the page does.
    expect(facetValues(rows, ['norm', 'eps'], columns, { norm: 'L1', eps: null })).toEqual([
      { column: 'norm', values: ['L2', 'Linf'] },
      { column: 'eps', values: [0.25, 0.5] },
    ]);
  });

  it('leaves a facet not listed in the choices out of the cascade (a pivot column)', () => {
    expect(facetValues(rows, ['norm', 'eps'], columns, { eps: null })).toEqual([
      { column: 'norm', values: ['L2', 'Linf'] },
      { column: 'eps', values: [1 / 255, 4 / 255, 0.25, 0.5] },
    ]);
  });

  it('refuses a choice for a column not asked for, or not a string, naming it', () => {
    expect(facetValues(rows, ['norm'], columns, { eps: null })).toEqual({
      field: 'facetChoices.eps',
      message: "'eps' is not one of the facets asked for (norm)",
    });
    expect(facetValues(rows, ['norm'], columns, { norm: 3 })).toMatchObject({ field: 'facetChoices.norm' });
  });
});

describe('facet values with a null choice object', () => {
  it('is no cascade (GraphQL gives null for an absent argument)', () => {
    expect(facetValues(rows, ['norm', 'eps'], columns, null)).toEqual(
      facetValues(rows, ['norm', 'eps'], columns),
    );
  });
});
