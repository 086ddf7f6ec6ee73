import { describe, expect, it } from 'vitest';
import { seriesColor, slug } from './series-style';

describe('series style', () => {
  it('makes class-safe slugs from source names', () => {
    expect(slug('zoo/ResNet-8 natural (fashion-a)')).toBe('zoo-resnet-8-natural-fashion-a');
    expect(slug('///')).toBe('source');
  });

  it('gives each source of a run its own colour, the same on every chart', () => {
    const all = ['a', 'b', 'c'];
    expect(new Set(all.map((s) => seriesColor(s, all))).size).toBe(3);
    expect(seriesColor('b', all)).toBe(seriesColor('b', ['a', 'b', 'c']));
  });
});
