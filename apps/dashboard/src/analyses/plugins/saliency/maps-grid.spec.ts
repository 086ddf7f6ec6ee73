import { describe, expect, it } from 'vitest';
import {
  firstWarning,
  gridRows,
  imagesWithMaps,
  kindLabel,
  methodOfKind,
  pageOf,
  ratioText,
} from './maps-grid';

const row = (index: number, source: string, score: number | null, predicted = index % 3) => ({
  dataset: 'd',
  kind: 'gradient',
  source,
  index,
  image: { dataset: 'd', split: 'test', index },
  label: index % 3,
  predicted,
  heatmap: `data:image/png;base64,${source}${index}`,
  score,
});

describe('the saliency maps grid', () => {
  it('pivots the maps table: a row per image in the order given, a cell per source', () => {
    const rows = gridRows([row(7, 'a', 1.5), row(7, 'b', 0.5, 0), row(3, 'a', null), row(3, 'b', 2)]);
    expect(rows.map((r) => r.index)).toEqual([7, 3]);
    expect(rows[0]!.label).toBe(1);
    expect(rows[0]!.image).toEqual({ dataset: 'd', split: 'test', index: 7 });
    expect([...rows[0]!.cells.keys()]).toEqual(['a', 'b']);
    expect(rows[0]!.cells.get('b')).toEqual({
      source: 'b',
      heatmap: 'data:image/png;base64,b7',
      score: 0.5,
      predicted: 0,
      warning: null,
    });
    expect(rows[1]!.cells.get('a')!.score).toBeNull();
    // An image with a source missing keeps the others.
    expect([...gridRows([row(1, 'b', 1)])[0]!.cells.keys()]).toEqual(['b']);
  });

  it("keeps a degenerate map's warning, and finds the first one of a page", () => {
    const note = 'the black baseline equals the image on 97% of the background';
    const grid = gridRows([
      row(7, 'a', 1.5),
      { ...row(7, 'b', 2), warning: note },
      { ...row(3, 'a', 1), warning: '' },
    ]);
    expect(grid[0]!.cells.get('b')!.warning).toBe(note);
    expect(grid[1]!.cells.get('a')!.warning).toBeNull();
    expect(firstWarning(grid)).toBe(note);
    expect(firstWarning(gridRows([row(7, 'a', 1.5)]))).toBeNull();
  });

  it('counts images from rows, and reads the page asked for as a whole number from 0', () => {
    expect(imagesWithMaps(24, 2)).toBe(12);
    expect(imagesWithMaps(23, 2)).toBe(12);
    expect(imagesWithMaps(5, 0)).toBe(0);
    expect(pageOf('2')).toBe(2);
    expect(pageOf('2.7')).toBe(2);
    expect(pageOf('-1')).toBe(0);
    expect(pageOf('x')).toBe(0);
    expect(pageOf(null)).toBe(0);
  });

  it('names the kinds, ties each to its method and formats ratios', () => {
    expect(kindLabel('gradient-signed')).toBe('Loss gradient (signed)');
    expect(kindLabel('occlusion')).toBe('occlusion');
    expect(methodOfKind('gradient-signed')).toBe('gradient');
    expect(methodOfKind('smoothgrad')).toBe('smoothgrad');
    expect(ratioText(1.234)).toBe('1.23×');
    expect(ratioText(null)).toBe('–');
  });
});
