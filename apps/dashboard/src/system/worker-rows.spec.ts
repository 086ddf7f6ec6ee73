import { describe, expect, it } from 'vitest';
import { bytesText, currentTrialsText, processMemoryText, recycleText, uptimeText } from './worker-rows';

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

  it.each([
    [null, '–'],
    [undefined, '–'],
    [0, '0 MB'],
    [812.4 * 2 ** 20, '812 MB'],
    [1023.6 * 2 ** 20, '1024 MB'],
    [3.94 * 2 ** 30, '3.9 GB'],
  ])('shows %s bytes as %s', (bytes, text) => {
    expect(bytesText(bytes)).toBe(text);
  });

  it("gives a process's RSS, V8 heap and cache bytes, leaving the cache out where not reported", () => {
    expect(processMemoryText({ pid: 4321, rssBytes: 812 * 2 ** 20, heapUsedBytes: 95 * 2 ** 20, cacheBytes: 410 * 2 ** 20 })).toBe('pid 4321: RSS 812 MB · heap 95 MB · cache 410 MB');
    expect(processMemoryText({ pid: 7, rssBytes: 3.9 * 2 ** 30, heapUsedBytes: null, cacheBytes: null })).toBe('pid 7: RSS 3.9 GB · heap –');
  });

  it('states the recycle threshold and the replacements, or that there is none', () => {
    expect(recycleText(2048, 3)).toBe('recycled over 2048 MB · 3 replaced');
    expect(recycleText(null, 0)).toBe('no recycling · 0 replaced');
  });
});
