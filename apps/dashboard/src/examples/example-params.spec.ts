import { describe, expect, it } from 'vitest';
import { pageParam, runIdsParam, splitFilter, splitParam } from './example-params';

describe('the per-example URL', () => {
  it('reads the runs as comma-separated ids, each once; none lets the server choose', () => {
    expect(runIdsParam('a, b,,a')).toEqual(['a', 'b']);
    expect(runIdsParam('')).toBeUndefined();
    expect(runIdsParam(null)).toBeUndefined();
    expect(runIdsParam(Array.from({ length: 30 }, (_, i) => `r${i}`).join(','))).toHaveLength(20);
  });

  it('reads a missing or unknown split as test, and a page number from 1', () => {
    expect(splitParam(null)).toBe('test');
    expect(splitParam('train')).toBe('train');
    expect(splitParam('validation')).toBe('test');
    expect(splitFilter(null)).toBeUndefined();
    expect(splitFilter('train')).toBe('train');
    expect(pageParam('3')).toBe(3);
    expect(pageParam('0')).toBe(1);
    expect(pageParam('x')).toBe(1);
    expect(pageParam(null)).toBe(1);
  });
});
