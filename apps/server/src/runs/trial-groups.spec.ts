import type { AnalysisPlugin } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { claimGroup, GROUP_SCAN_WINDOW, groupCap, MAX_GROUP_SIZE, pendingWithKeys, type Pending } from './trial-groups';

const p = (runId: string, trialId: string, groupKey?: string): Pending => (groupKey === undefined ? { runId, trialId } : { runId, trialId, groupKey });

describe('groupCap', () => {
  it('shares the queue over the free worker slots, at most MAX_GROUP_SIZE', () => {
    expect(groupCap(8, 2)).toBe(4);
    expect(groupCap(7, 2)).toBe(4);
    expect(groupCap(4, 1)).toBe(4);
    expect(groupCap(1, 4)).toBe(1);
    expect(groupCap(5, 0)).toBe(5);
    expect(groupCap(1000, 2)).toBe(MAX_GROUP_SIZE);
  });
});

describe('claimGroup', () => {
  it('takes queued trials of the same run and key, in queue order, up to the cap, and leaves the rest queued', () => {
    const pending = [p('r', 'b', 'x'), p('r', 'c', 'y'), p('s', 'd', 'x'), p('r', 'e'), p('r', 'f', 'x'), p('r', 'g', 'x')];
    const group = claimGroup(pending, p('r', 'a', 'x'), 3);
    expect(group.map((t) => t.trialId)).toEqual(['a', 'b', 'f']);
    expect(pending.map((t) => t.trialId)).toEqual(['c', 'd', 'e', 'g']);
  });

  it('returns a trial without a key alone and touches nothing', () => {
    const pending = [p('r', 'b')];
    expect(claimGroup(pending, p('r', 'a'), 16)).toEqual([p('r', 'a')]);
    expect(pending).toHaveLength(1);
  });

  it('looks no further than the scan window', () => {
    const pending = [...Array.from({ length: GROUP_SCAN_WINDOW }, (_, i) => p('r', `o${i}`, 'other')), p('r', 'late', 'x')];
    expect(claimGroup(pending, p('r', 'a', 'x'), 16)).toHaveLength(1);
    expect(pending).toHaveLength(GROUP_SCAN_WINDOW + 1);
  });
});

describe('pendingWithKeys', () => {
  it("keys each trial with the analysis's groupKey; a config it refuses runs alone", async () => {
    const analysis = {
      groupKey: ({ config }: { config: Record<string, unknown> }) => {
        if (typeof config.depth !== 'number') throw new Error('bad config');
        return config.depth === 0 ? String(config.source) : undefined;
      },
    } as unknown as AnalysisPlugin;
    const rows = [
      { id: 'a', config: { depth: 0, source: 'm' } },
      { id: 'b', config: { depth: 1, source: 'm' } },
      { id: 'c', config: {} },
    ];
    expect(await pendingWithKeys('r', analysis, rows, 2)).toEqual([p('r', 'a', 'm'), p('r', 'b'), p('r', 'c')]);
  });
});
