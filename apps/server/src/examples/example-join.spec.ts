import { describe, expect, it } from 'vitest';
import { imageOf, viewCoverage } from './example-join';

const ref = (dataset: string, split: string, index: number) => ({ image: { dataset, split, index } });

describe('how an evidence view covers an image', () => {
  const image = { dataset: 'digits', split: 'test', index: 7 };

  it("counts the image's rows and the distinct images of its dataset and split, nothing else", () => {
    const rows = [
      { ...ref('digits', 'test', 7), source: 'a' },
      { ...ref('digits', 'test', 7), source: 'b' },
      { ...ref('digits', 'test', 3), source: 'a' },
      { ...ref('digits', 'test', 3), source: 'b' },
      { ...ref('digits', 'test', 9), source: 'a' },
      // Another split, another dataset, no image: not this view's share of the image's images.
      { ...ref('digits', 'train', 7), source: 'a' },
      { ...ref('letters', 'test', 7), source: 'a' },
      { image: null, source: 'a' },
      { image: { dataset: 'digits', split: 'test', index: '7' }, source: 'a' },
    ];
    expect(viewCoverage(rows, 'image', image)).toEqual({ rows: 2, images: 3 });
  });

  it('covers the image partly when the view holds fewer images than the run has, and not at all without rows', () => {
    // The maps of the first two images of a subset of four: image 7 is not one of them.
    const scores = [1, 3, 7, 9].map((i) => ref('digits', 'test', i));
    const maps = [1, 3].map((i) => ref('digits', 'test', i));
    expect(viewCoverage(scores, 'image', image)).toEqual({ rows: 1, images: 4 });
    expect(viewCoverage(maps, 'image', image)).toEqual({ rows: 0, images: 2 });
    expect(viewCoverage([], 'image', image)).toEqual({ rows: 0, images: 0 });
    // Rows whose image is in another column than the view's.
    expect(viewCoverage(scores, 'helpful', image)).toEqual({ rows: 0, images: 0 });
  });

  it('reads an image cell only when dataset, split and index have their types', () => {
    expect(imageOf({ dataset: 'd', split: 'test', index: 2 })).toEqual({
      dataset: 'd',
      split: 'test',
      index: 2,
    });
    expect(imageOf({ dataset: 'd', split: 'test' })).toBeUndefined();
    expect(imageOf('d/test/2')).toBeUndefined();
  });
});
