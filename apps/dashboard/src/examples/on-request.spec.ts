import { describe, expect, it } from 'vitest';
import { mapsRequest } from './on-demand-maps';

const image = { dataset: 'digits', split: 'test', index: 137 };

describe('heat maps asked for one image', () => {
  it("maps just the image as the page's run made its maps: its sources, methods and fine-tuning", () => {
    const from = {
      sources: ['nat', 'rob'],
      datasets: ['digits', 'letters'],
      views: { letters: { name: 'x' } },
      images: 100,
      maps: 48,
      methods: ['gradient'],
      transfer: { n: 40 },
    };
    expect(mapsRequest(image, from, ['other'])).toEqual({
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
    expect(mapsRequest(image, null, ['nat', 'rob'])).toEqual({
      ok: true,
      sources: ['nat', 'rob'],
      params: { sources: ['nat', 'rob'], datasets: ['digits'], indices: [137], maps: 1 },
    });
    expect(mapsRequest(image, { sources: [] }, ['nat'])).toMatchObject({ ok: true, sources: ['nat'] });
    const many = Array.from({ length: 70 }, (_, i) => `m${i}`);
    expect(mapsRequest(image, null, many)).toMatchObject({ ok: true, sources: many.slice(0, 64) });
  });

  it('says why it cannot: a training image, a dataset with params, no source', () => {
    expect(mapsRequest({ ...image, split: 'train' }, null, ['nat'])).toEqual({
      ok: false,
      reason: 'Heat maps are computed for test images only.',
    });
    expect(mapsRequest({ ...image, dataset: 'mnist{"classes":[1,7]}' }, null, ['nat'])).toMatchObject({
      ok: false,
    });
    expect(mapsRequest(image, null, [])).toEqual({
      ok: false,
      reason: 'No source model is named here: start a saliency run from the new-run form.',
    });
  });
});
