import { describe, expect, it } from 'vitest';
import { requestParams, requestSpec, type RequestSpec } from './on-request';

const image = { dataset: 'digits', split: 'test', index: 137 };
const spec: RequestSpec = requestSpec({
  label: 'Compute maps',
  params: { dataset: 'datasets', index: 'indices', sources: 'sources' },
  maxSources: 64,
  reset: ['images', 'maps', 'views'],
  set: { maps: 1 },
})!;

describe('evidence asked for one image', () => {
  it('reads a declaration and refuses one that is not', () => {
    expect(spec).toMatchObject({ label: 'Compute maps', maxSources: 64, set: { maps: 1 } });
    expect(requestSpec({ label: 'x', params: { dataset: 'd', index: 'i' } })).toBeNull();
    expect(requestSpec(null)).toBeNull();
    expect(requestSpec({ label: 'x', params: { dataset: 'd', index: 'i', sources: 's' } })).toMatchObject({
      maxSources: 1,
      reset: [],
      set: {},
    });
  });

  it("covers just the image as the page's run did: its sources and settings, the declared params replaced", () => {
    const from = {
      sources: ['nat', 'rob'],
      datasets: ['digits', 'letters'],
      indices: [1, 2],
      views: { letters: { name: 'x' } },
      images: 100,
      maps: 48,
      methods: ['gradient'],
      transfer: { n: 40 },
    };
    expect(requestParams(spec, 'maps-analysis', image, from, ['other'])).toEqual({
      ok: true,
      sources: ['nat', 'rob'],
      params: {
        sources: ['nat', 'rob'],
        methods: ['gradient'],
        transfer: { n: 40 },
        datasets: ['digits'],
        indices: [137],
        maps: 1,
      },
    });
  });

  it("falls back to the page's models and the analysis's defaults without a run to copy", () => {
    expect(requestParams(spec, 'a', image, null, ['nat', 'rob'])).toEqual({
      ok: true,
      sources: ['nat', 'rob'],
      params: { sources: ['nat', 'rob'], datasets: ['digits'], indices: [137], maps: 1 },
    });
    expect(requestParams(spec, 'a', image, { sources: [] }, ['nat'])).toMatchObject({ ok: true, sources: ['nat'] });
    const many = Array.from({ length: 70 }, (_, i) => `m${i}`);
    expect(requestParams(spec, 'a', image, null, many)).toMatchObject({ ok: true, sources: many.slice(0, 64) });
  });

  it('says why it cannot: a training image, a dataset with params, no source', () => {
    expect(requestParams(spec, 'a', { ...image, split: 'train' }, null, ['nat'])).toEqual({
      ok: false,
      reason: 'Only test images can be computed on request.',
    });
    expect(requestParams(spec, 'a', { ...image, dataset: 'mnist{"classes":[1,7]}' }, null, ['nat'])).toMatchObject({
      ok: false,
    });
    expect(requestParams(spec, 'maps-analysis', image, null, [])).toEqual({
      ok: false,
      reason: 'No source model is named here: start a maps-analysis run from the new-run form.',
    });
  });
});
