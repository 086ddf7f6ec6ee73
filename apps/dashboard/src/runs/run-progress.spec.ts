import { describe, expect, it } from 'vitest';
import { isActive, pollInterval, progressPercent, RUN_POLL_MS, statusRows } from './run-progress';

describe('progressPercent', () => {
  it.each([
    [0, 0],
    [0.25, 25],
    [0.5, 50],
    [2 / 3, 66],
    [1, 100],
  ])('%f -> %i%%', (fraction, percent) => {
    expect(progressPercent(fraction)).toBe(percent);
  });

  it('says 99%, not 100%, until all work is done', () => {
    expect(progressPercent(0.999)).toBe(99);
    expect(progressPercent(0.99999)).toBe(99);
  });

  it('stays within 0..100 on out-of-range input', () => {
    expect(progressPercent(1.5)).toBe(100);
    expect(progressPercent(-0.1)).toBe(0);
    expect(progressPercent(Number.NaN)).toBe(0);
  });
});

describe('statusRows', () => {
  it('lists every status in a fixed order, zeros included, and checks the total', () => {
    const counts = { total: 8, queued: 2, running: 1, completed: 4, failed: 1, cancelled: 0 };
    expect(statusRows(counts)).toEqual({
      rows: [
        { status: 'queued', count: 2 },
        { status: 'running', count: 1 },
        { status: 'completed', count: 4 },
        { status: 'failed', count: 1 },
        { status: 'cancelled', count: 0 },
      ],
      consistent: true,
    });
    expect(statusRows({ ...counts, total: 9 }).consistent).toBe(false);
  });
});

describe('polling', () => {
  it('polls queued and running runs only', () => {
    expect(isActive('QUEUED')).toBe(true);
    expect(isActive('RUNNING')).toBe(true);
    expect(pollInterval('RUNNING')).toBe(RUN_POLL_MS);
    for (const s of ['COMPLETED', 'FAILED', 'CANCELLED'] as const) {
      expect(isActive(s)).toBe(false);
      expect(pollInterval(s)).toBe(0);
    }
    expect(pollInterval(undefined)).toBe(0);
  });
});
