import { describe, expect, it } from 'vitest';
import type { RunSummary } from './results.query';
import { isActiveRun, pickRunId, runLabel } from './selection';

const run = (id: string, completedCount: number, status = 'COMPLETED'): RunSummary => ({
  id,
  analysis: 'transfer',
  status: status as RunSummary['status'],
  createdAt: '2026-11-25T06:00:00.000Z',
  trialCount: 4,
  completedCount,
  failedCount: 0,
  progress: 1,
  imported: null,
});

describe('pickRunId', () => {
  it('takes the run the URL names, else the newest run with a completed trial, else the newest', () => {
    const runs = [run('new-empty', 0), run('older', 2), run('oldest', 4)];
    expect(pickRunId(runs, 'oldest')).toBe('oldest');
    expect(pickRunId(runs, null)).toBe('older');
    expect(pickRunId([run('a', 0), run('b', 0)], null)).toBe('a');
    expect(pickRunId([], null)).toBeUndefined();
  });
});

describe('run labels and states', () => {
  it('labels a run by its time, analysis, status and counts, and knows a live one', () => {
    expect(runLabel(run('r', 2))).toBe('2026-11-25 06:00 UTC · transfer · completed · 2/4 trials');
    const imported = { sourceChecksum: 'c'.repeat(64), sourceRunId: 'there', exportedAt: '2026-11-26T00:00:00.000Z', serverVersion: '0.1.0' };
    expect(runLabel({ ...run('r', 2), imported })).toBe('2026-11-25 06:00 UTC · transfer · completed · 2/4 trials · imported');
    expect(isActiveRun(run('r', 0, 'RUNNING'))).toBe(true);
    expect(isActiveRun(run('r', 4))).toBe(false);
    expect(isActiveRun(undefined)).toBe(false);
  });
});
