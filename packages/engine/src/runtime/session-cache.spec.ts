import { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { absExpModel } from '../../test/fixtures/tiny-models';
import { ByteBudget } from '../cache/byte-budget';
import { encodeModel } from '../onnx/codec';
import { releaseEvictedSessions, SessionCache, sessionBytesEstimate } from './session-cache';

/** Two different tiny models (the graph name changes the bytes). */
const bytesOf = (name: string): Uint8Array => {
  const m = absExpModel();
  return encodeModel({ ...m, graph: { ...m.graph, name } });
};
const x = () => ({ x: new Tensor('float32', Float32Array.from([-1, 0, 1, 2]), [1, 4]) });

describe('SessionCache', () => {
  it('shares one session per model bytes and charges the budget its estimate', async () => {
    const budget = new ByteBudget(1e9);
    const cache = new SessionCache(32, budget);
    const a = bytesOf('a');
    const [s1, s2] = await Promise.all([cache.get(a), cache.get(a)]);
    expect(s2).toBe(s1);
    expect(budget.use().bytes.sessions).toBe(sessionBytesEstimate(a.byteLength));
    await cache.clear();
    expect(budget.use().totalBytes).toBe(0);
  });

  it('an evicted session is dropped, re-created on next use, and released between jobs', async () => {
    const a = bytesOf('a');
    const b = bytesOf('b');
    // Room for one session.
    const budget = new ByteBudget(sessionBytesEstimate(Math.max(a.byteLength, b.byteLength)) + 10);
    const cache = new SessionCache(32, budget);
    const pa = cache.get(a);
    const first = await pa;
    await cache.get(b);
    expect(budget.use()).toMatchObject({ evictions: 1, entries: 1 });
    expect(cache.size).toBe(1);
    // A holder of the old promise learns it was evicted; the cache gives a new session.
    expect(cache.refresh(pa)).toBe(false);
    const again = await cache.get(a);
    expect(again).not.toBe(first);
    // The evicted one still runs (a call in flight keeps working) until released between jobs.
    expect((await first.run(x())).y!.data[0]).toBeCloseTo(Math.E, 5);
    expect(await releaseEvictedSessions()).toBeGreaterThanOrEqual(2);
    await expect(first.run(x())).rejects.toThrow();
    expect((await again.run(x())).y!.data[0]).toBeCloseTo(Math.E, 5);
    await cache.clear();
  });

  it('refreshing a held session keeps it while an older one goes', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map(bytesOf) as [Uint8Array, Uint8Array, Uint8Array];
    const budget = new ByteBudget(2 * sessionBytesEstimate(a.byteLength) + 10);
    const cache = new SessionCache(32, budget);
    const pa = cache.get(a);
    const pb = cache.get(b);
    await Promise.all([pa, pb]);
    expect(cache.refresh(pa)).toBe(true);
    await cache.get(c);
    expect(cache.refresh(pa)).toBe(true);
    expect(cache.refresh(pb)).toBe(false);
    await cache.clear();
    await releaseEvictedSessions();
  });

  it('does not cache a session larger than the whole budget, and its holder keeps it', async () => {
    const budget = new ByteBudget(1000);
    const cache = new SessionCache(32, budget);
    const p = cache.get(bytesOf('a'));
    const s = await p;
    expect(cache.size).toBe(0);
    expect(budget.use()).toMatchObject({ totalBytes: 0, refused: 1 });
    expect(cache.refresh(p)).toBe(true);
    expect((await s.run(x())).y!.data[1]).toBeCloseTo(1, 5);
    await s.release();
  });
});
