import { describe, expect, it } from 'vitest';
import { galleryGroups } from './gallery-groups';
import { rowDataset } from './row-classes';

const row = (source: string, direction: string, rank: number, predicted: number | null = 3) => ({
  source,
  predicted,
  direction,
  rank,
});

describe('grouped galleries', () => {
  it('a section per value of all but the last group column, a strip per value of the last, in row order', () => {
    const rows = [
      row('b', 'helpful', 1),
      row('b', 'helpful', 2),
      row('b', 'harmful', 1),
      row('a', 'helpful', 1, null),
      row('a', 'harmful', 1, null),
      row('a', 'harmful', 2, null),
    ];
    const groups = galleryGroups(rows, ['source', 'predicted', 'direction']);
    expect(groups.map((g) => [g.head.source, g.head.predicted])).toEqual([
      ['b', 3],
      ['a', null],
    ]);
    expect(groups.map((g) => g.strips.map((s) => [s.value, s.rows.map((r) => r.rank)]))).toEqual([
      [
        ['helpful', [1, 2]],
        ['harmful', [1]],
      ],
      [
        ['helpful', [1]],
        ['harmful', [1, 2]],
      ],
    ]);
  });

  it('one group column: one section of strips; none: one strip of every row', () => {
    const rows = [row('a', 'helpful', 1), row('b', 'helpful', 1), row('a', 'harmful', 1)];
    const bySource = galleryGroups(rows, ['source']);
    expect(bySource).toHaveLength(1);
    expect(bySource[0]!.strips.map((s) => [s.value, s.rows.length])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    const whole = galleryGroups(rows, []);
    expect(whole).toHaveLength(1);
    expect(whole[0]!.strips).toEqual([{ value: null, rows }]);
    expect(galleryGroups([], ['source'])).toEqual([]);
  });

  it("names the dataset of a row's images by its first image column", () => {
    const table = {
      columns: [
        { name: 'label', role: 'dimension', label: null, description: null, format: 'class' },
        { name: 'test', role: 'image', label: null, description: null, format: null },
        { name: 'train', role: 'image', label: null, description: null, format: null },
      ] as const,
    };
    const img = (dataset: string) => ({ dataset, split: 'test', index: 4 });
    expect(rowDataset(table, { label: 1, test: img('mnist'), train: img('other') })).toBe('mnist');
    expect(rowDataset(table, { label: 1, test: null, train: img('other') })).toBe('other');
    expect(rowDataset(table, { label: 1 })).toBeUndefined();
  });
});
