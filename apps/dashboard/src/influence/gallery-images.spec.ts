import { describe, expect, it } from 'vitest';
import { classLabel, examplesBySource, formatScore, imageSrc, thumbnailDataset } from './gallery-images';
import { example } from './influence.fixture';

describe('thumbnailDataset', () => {
  it.each([
    ['mnist', { sources: ['a'] }, 'mnist'],
    ['mnist', null, 'mnist'],
    ['digits', { views: { digits: 'mnist' } }, 'mnist'],
    ['digits', { views: { digits: { name: 'mnist' } } }, 'mnist'],
    ['digits', { views: { digits: { name: 'mnist', params: {} } } }, 'mnist'],
    // A view with params indexes its own images: the default-params thumbnails would be others.
    [
      'three',
      { views: { three: { name: 'class-subset', params: { dataset: 'mnist', classes: [0, 1, 2] } } } },
      undefined,
    ],
    ['toString', { views: {} }, 'toString'],
  ])('target %s with params %o shows %s', (target, params, dataset) => {
    expect(thumbnailDataset(target, params)).toBe(dataset);
  });
});

describe('imageSrc', () => {
  it('goes through the catalog proxy, test images with ?split=test', () => {
    expect(imageSrc('mnist', 7, 'train')).toBe('/catalog/datasets/mnist/thumbnails/7.png');
    expect(imageSrc('fashion mnist', 7, 'test')).toBe(
      '/catalog/datasets/fashion%20mnist/thumbnails/7.png?split=test',
    );
  });
});

describe('examplesBySource', () => {
  it('keeps the lowest seed per source, sources by name', () => {
    const out = examplesBySource([example('robust', 2), example('natural', 1), example('robust', 0)]);
    expect(out.map((e) => [e.source, e.seed])).toEqual([
      ['natural', 1],
      ['robust', 0],
    ]);
  });
});

describe('classLabel', () => {
  it('names the class when the classes are known', () => {
    expect(classLabel(2, ['zero', 'one', 'two'])).toBe('two');
    expect(classLabel(2, undefined)).toBe('class 2');
    expect(classLabel(5, ['zero'])).toBe('class 5');
  });
});

describe('formatScore', () => {
  it.each([
    [0, '0'],
    [0.123456, '0.123'],
    [-12.345, '−12.3'],
    [0.000123, '1.23e-4'],
    [-45678, '−4.57e+4'],
  ])('%f reads %s', (score, text) => expect(formatScore(score)).toBe(text));
});
