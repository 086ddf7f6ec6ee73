import { describe, expect, it } from 'vitest';
import { currentTrialsText, uptimeText } from './worker-rows';

describe('worker rows', () => {
  it('names each running trial by run and short key, or says idle', () => {
    expect(currentTrialsText([])).toBe('idle');
    expect(currentTrialsText([{ runId: '48b6f313-d7e0-42d5', trialKey: 'c60c871adf682cc97a9c' }, { runId: 'aaaaaaaa-bbbb', trialKey: '0123456789abcdef' }])).toBe(
      'run 48b6f313 · trial c60c871adf68, run aaaaaaaa · trial 0123456789ab',
    );
  });

  it('gives uptime in seconds, minutes, then hours and minutes', () => {
    const start = '2026-01-01T00:00:00.000Z';
    const t0 = Date.parse(start);
    expect(uptimeText(start, t0 + 42_000)).toBe('42 s');
    expect(uptimeText(start, t0 + 185_000)).toBe('3 min');
    expect(uptimeText(start, t0 + 2 * 3600_000 + 5 * 60_000)).toBe('2 h 5 min');
    expect(uptimeText(start, t0 - 1000)).toBe('0 s');
  });
});
