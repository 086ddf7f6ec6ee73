import { describe, expect, it } from 'vitest';
import { runHeadline } from './run-summary';
import { duration, formatTable, percent } from './table';

describe('formatTable', () => {
  it('pads text left and numbers right, two spaces apart, no trailing blanks', () => {
    expect(formatTable(['name', 'n', 'note'], [['a', 5, ''], ['longer', 100, 'x']])).toBe('name      n  note\na         5\nlonger  100  x');
  });

  it('aligns as told where a column says so', () => {
    expect(formatTable(['a', 'b'], [['1.0%', 'x'], ['10.0%', 'yy']], ['right', 'left'])).toBe('    a  b\n 1.0%  x\n10.0%  yy');
  });
});

describe('figures', () => {
  it.each([
    [0.61234, '61.2%'],
    [1, '100.0%'],
    [null, '-'],
  ])('percent(%s) = %s', (v, text) => expect(percent(v)).toBe(text));

  it.each([
    [3_400, '3.4s'],
    [72_000, '1m12s'],
    [3_725_000, '1h02m'],
  ])('duration(%i) = %s', (ms, text) => expect(duration(ms)).toBe(text));
});

describe('runHeadline', () => {
  it('says the run in one line', () => {
    const run = {
      id: 'r1',
      analysis: 'transfer',
      analysisVersion: '1.0.0',
      status: 'FAILED' as const,
      error: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:00:03.000Z',
      progress: 1,
      trialCount: 3,
      completedCount: 2,
      failedCount: 1,
      runningCount: 0,
    };
    expect(runHeadline(run)).toBe('run r1: transfer 1.0.0, failed, 2/3 trials done, 1 failed in 3.0s');
  });
});
