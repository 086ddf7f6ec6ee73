import { describe, expect, it } from 'vitest';
import { pickTestImage } from './test-image';

describe('pickTestImage', () => {
  it.each([
    // [requested, index, position, previous, next]
    [null, 3, 0, undefined, 8],
    ['8', 8, 1, 3, 15],
    ['15', 15, 2, 8, undefined],
    // Not scored: the nearest scored index, ties to the lower.
    ['9', 8, 1, 3, 15],
    ['100', 15, 2, 8, undefined],
    ['-4', 3, 0, undefined, 8],
    ['5.5', 3, 0, undefined, 8],
    ['x', 3, 0, undefined, 8],
    ['', 3, 0, undefined, 8],
  ] as const)('?image=%s shows test image %i', (requested, index, position, previous, next) => {
    expect(pickTestImage([15, 3, 8], requested)).toEqual({ index, position, count: 3, previous, next });
  });

  it('has nothing to show without test images', () => {
    expect(pickTestImage([], '3')).toBeUndefined();
  });
});
