import { describe, expect, it } from 'vitest';
import { tableCsvHref } from './csv-href';

describe('tableCsvHref', () => {
  it('carries the filter and options as JSON, and nothing when there are none', () => {
    expect(tableCsvHref('r 1', 'board')).toBe('/runs/r%201/tables/board.csv');
    const href = tableCsvHref('r1', 'board', { target: 'mnist', depth: null }, { baseline: 'zoo/natural' });
    const q = new URL(href, 'http://x').searchParams;
    expect(JSON.parse(q.get('filter')!)).toEqual({ target: 'mnist', depth: null });
    expect(JSON.parse(q.get('options')!)).toEqual({ baseline: 'zoo/natural' });
  });
});
