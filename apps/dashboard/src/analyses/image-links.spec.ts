import { describe, expect, it } from 'vitest';
import { exampleHref, thumbnailOf } from './image-links';

describe('image links', () => {
  it('links an image to the per-example view with its runs', () => {
    expect(exampleHref('fashion-mnist-a', 7, ['r1', 'r2'])).toBe('/examples/fashion-mnist-a/7?runs=r1%2Cr2');
    expect(exampleHref('a b', 0, [])).toBe('/examples/a%20b/0');
    expect(exampleHref('mnist', 3, ['r1'], 'train')).toBe('/examples/mnist/3?runs=r1&split=train');
  });

  it('shows thumbnails of a plugin, never of a dataset key with params', () => {
    expect(thumbnailOf('mnist')).toBe('mnist');
    expect(thumbnailOf('fashion-mnist{"classes":[0,1]}')).toBeUndefined();
  });
});
