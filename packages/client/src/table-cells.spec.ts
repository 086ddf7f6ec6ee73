import { describe, expect, it } from 'vitest';
import { cellOf, columnFormat, type Cell, type ColumnRole } from './table-cells';

const col = (role: ColumnRole, format: string | null = null) => ({ name: 'c', role, format });

describe('cellOf', () => {
  it.each<[ColumnRole, unknown]>([
    ['dimension', 'mnist'],
    ['dimension', 0.01],
    ['measure', 3],
    ['interval', { mean: 0.5, low: 0.4, high: 0.6, n: 3 }],
    ['interval', { mean: 0.5, low: null, high: null, n: 1 }],
    ['image', { dataset: 'mnist', split: 'test', index: 7 }],
    ['picture', 'data:image/png;base64,AAAA'],
    ['model', 'natural'],
    ['text', 'a note'],
  ])('types a %s cell holding %j', (role, value) => {
    expect(cellOf(col(role), { c: value })).toEqual({ role, format: undefined, value });
  });

  it('reads a missing or null value as null, whatever the role', () => {
    expect(cellOf(col('image'), {})).toEqual({ role: 'image', format: undefined, value: null });
    expect(cellOf(col('measure', 'share'), { c: null })).toEqual({
      role: 'measure',
      format: 'share',
      value: null,
    });
  });

  it.each<[ColumnRole, unknown]>([
    ['measure', '0.5'],
    ['interval', 0.5],
    ['interval', { mean: 0.5, low: '0.4', high: null, n: 1 }],
    ['image', { dataset: 'mnist', split: 'val', index: 1 }],
    ['dimension', { a: 1 }],
    ['model', 3],
  ])('refuses a %s cell holding %j as BAD_RESPONSE', (role, value) => {
    expect(() => cellOf(col(role), { c: value })).toThrow(
      expect.objectContaining({
        code: 'BAD_RESPONSE',
        message: expect.stringContaining(`column 'c' (${role})`),
      }),
    );
  });

  it('narrows the value by role', () => {
    const cell: Cell = cellOf(col('interval', 'share'), { c: { mean: 0.25, low: 0.2, high: 0.3, n: 4 } });
    // A compile-time check as much as a run-time one: `cell.value.high` is typed only in the interval branch.
    expect(cell.role === 'interval' ? cell.value?.high : undefined).toBe(0.3);
  });
});

describe('columnFormat', () => {
  it('keeps the formats it knows and drops the others', () => {
    expect(
      ['share', 'count', 'pvalue', 'number', 'percent', null].map((format) => columnFormat({ format })),
    ).toEqual(['share', 'count', 'pvalue', 'number', undefined, undefined]);
  });
});
