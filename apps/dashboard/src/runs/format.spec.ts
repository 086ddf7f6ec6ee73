import { describe, expect, it } from 'vitest';
import { configLine, formatTime, shortId } from './format';

describe('configLine', () => {
  it('lists scalar entries in order and leaves nested values out', () => {
    expect(
      configLine({
        source: 'a',
        target: 'mnist',
        n: 20,
        depth: 'all',
        augment: false,
        extra: { x: 1 },
        list: [1],
      }),
    ).toBe('source=a target=mnist n=20 depth=all augment=false');
  });

  it('writes a non-object config as JSON', () => {
    expect(configLine([1, 2])).toBe('[1,2]');
    expect(configLine(7)).toBe('7');
    expect(configLine(null)).toBe('null');
  });
});

describe('formatTime / shortId', () => {
  it('keeps unparseable times and marks missing ones', () => {
    expect(formatTime(null)).toBe('—');
    expect(formatTime('not a time')).toBe('not a time');
    expect(formatTime('2026-01-02T03:04:05.000Z')).toMatch(/\d/);
  });

  it('shortens long ids only', () => {
    expect(shortId('0123456789abcdef')).toBe('01234567');
    expect(shortId('abc')).toBe('abc');
  });
});
