import { describe, expect, it } from 'vitest';
import { ByteBudget, type CacheKind } from './byte-budget';

/** A budget and a log of evictions ("kind:key"), each entry evicting into it. */
function ledger(limit: number) {
  const budget = new ByteBudget(limit);
  const evicted: string[] = [];
  const charge = (kind: CacheKind, key: string, bytes: number) => budget.charge(kind, key, bytes, () => evicted.push(`${kind}:${key}`));
  return { budget, evicted, charge };
}

describe('ByteBudget', () => {
  it('evicts the least recently used entry of any cache: a touched dataset stays, an older session goes', () => {
    const { budget, evicted, charge } = ledger(300);
    charge('datasets', 'mnist', 100);
    charge('sessions', 'resnet', 100);
    charge('features', 'f1', 100);
    expect(budget.touch('datasets', 'mnist')).toBe(true);
    charge('features', 'f2', 100);
    expect(evicted).toEqual(['sessions:resnet']);
    expect(budget.has('datasets', 'mnist')).toBe(true);
    expect(budget.use()).toEqual({ limitBytes: 300, totalBytes: 300, bytes: { datasets: 100, features: 200, sessions: 0 }, entries: 3, evictions: 1, refused: 0 });
  });

  it('evicts as many old entries as a large new one needs, oldest first', () => {
    const { budget, evicted, charge } = ledger(300);
    for (const k of ['a', 'b', 'c']) charge('features', k, 100);
    charge('sessions', 's', 250);
    expect(evicted).toEqual(['features:a', 'features:b', 'features:c']);
    expect(budget.use().totalBytes).toBe(250);
  });

  it('refuses an entry larger than the whole limit and keeps the others', () => {
    const { budget, evicted, charge } = ledger(300);
    charge('datasets', 'small', 100);
    expect(charge('datasets', 'huge', 301)).toBe(false);
    expect(evicted).toEqual([]);
    expect(budget.has('datasets', 'huge')).toBe(false);
    expect(budget.use()).toMatchObject({ totalBytes: 100, refused: 1, evictions: 0 });
    // Exactly the limit fits (and pushes the rest out).
    expect(charge('datasets', 'exact', 300)).toBe(true);
    expect(evicted).toEqual(['datasets:small']);
  });

  it('re-charging a key replaces its size without calling its eviction; release forgets without a callback', () => {
    const { budget, evicted, charge } = ledger(300);
    charge('features', 'a', 100);
    charge('features', 'a', 200);
    expect(budget.use()).toMatchObject({ totalBytes: 200, entries: 1 });
    budget.release('features', 'a');
    budget.release('features', 'a');
    expect(budget.use()).toMatchObject({ totalBytes: 0, entries: 0 });
    expect(evicted).toEqual([]);
    expect(budget.touch('features', 'a')).toBe(false);
  });

  it('keeps kinds apart: one key in two caches is two entries', () => {
    const { budget, charge } = ledger(1000);
    charge('features', 'k', 10);
    charge('sessions', 'k', 20);
    expect(budget.use().bytes).toEqual({ datasets: 0, features: 10, sessions: 20 });
  });

  it('a lower limit evicts at once; a callback that releases its own entry is harmless', () => {
    const budget = new ByteBudget(Number.POSITIVE_INFINITY);
    const evicted: string[] = [];
    for (const k of ['a', 'b', 'c']) budget.charge('datasets', k, 100, () => {
      evicted.push(k);
      budget.release('datasets', k);
    });
    budget.setLimit(150);
    expect(evicted).toEqual(['a', 'b']);
    expect(budget.use()).toMatchObject({ limitBytes: 150, totalBytes: 100, evictions: 2 });
    expect(() => budget.setLimit(-1)).toThrow(/limit must be a number >= 0/);
  });
});
