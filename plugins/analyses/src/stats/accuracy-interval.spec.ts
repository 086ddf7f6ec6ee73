import { describe, expect, it } from 'vitest';
import { accuracyInterval, meanInterval, wilson } from './index';

const Z95 = 1.959963984540054;

describe('accuracy intervals', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, method 3.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('wilson: %i of %i gives the published %f-%f', (x, n, low, high) => {
    const got = wilson(x / n, n, Z95);
    expect(got.low).toBeCloseTo(low, 4);
    expect(got.high).toBeCloseTo(high, 4);
  });

  it('one seed is Wilson over its images and never leaves [0, 1]', () => {
    const one = accuracyInterval([{ share: 58 / 60, n: 60 }])!;
    const w = wilson(58 / 60, 60, Z95);
    expect(one.low).toBeCloseTo(w.low, 12);
    expect(one.high).toBeCloseTo(w.high, 12);
    expect(one.high).toBeLessThan(1);
    const all = accuracyInterval([{ share: 1, n: 100 }])!;
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(1 - (Z95 * Z95) / (100 + Z95 * Z95), 12);
  });

  it('seeds that agree add no images: Wilson at the images of one seed', () => {
    const got = accuracyInterval([
      { share: 0.7, n: 200 },
      { share: 0.7, n: 200 },
      { share: 0.7, n: 200 },
    ])!;
    const w = wilson(0.7, 200, Z95);
    expect(got.low).toBeCloseTo(w.low, 12);
    expect(got.high).toBeCloseTo(w.high, 12);
    expect(got.effectiveN).toBeCloseTo(200, 9);
    expect(got.seeds).toBe(3);
  });

  it('with the seed spread dominating its width is near the Student-t interval over seeds', () => {
    const shares = [0.62, 0.7, 0.75];
    const got = accuracyInterval(shares.map((share) => ({ share, n: 1e12 })))!;
    const t = meanInterval(shares);
    expect(got.mean).toBeCloseTo(t.mean, 12);
    const width = got.high - got.low;
    const tWidth = t.high! - t.low!;
    expect(Math.abs(width - tWidth) / tWidth).toBeLessThan(0.1);
    // Pulled toward 50%, as Wilson's interval is: more room below a mean above one half.
    expect(got.mean - got.low).toBeGreaterThan(got.high - got.mean);
    // Many seeds: the t quantile nears the normal's and the pull vanishes.
    const many = Array.from({ length: 400 }, (_, i) => 0.6 + (0.2 * (i % 20)) / 19);
    const wide = accuracyInterval(many.map((share) => ({ share, n: 1e12 })))!;
    const tm = meanInterval(many);
    expect(wide.low).toBeCloseTo(tm.low!, 3);
    expect(wide.high).toBeCloseTo(tm.high!, 3);
  });

  it('widens with both sources of doubt and keeps shares near 1 inside [0, 1]', () => {
    const shares = [0.99, 1, 1];
    const t = meanInterval(shares);
    expect(t.high!).toBeGreaterThan(1); // what the Student-t interval alone would print
    const got = accuracyInterval(shares.map((share) => ({ share, n: 300 })))!;
    expect(got.high).toBeLessThanOrEqual(1);
    expect(got.low).toBeGreaterThanOrEqual(0);
    const imagesOnly = accuracyInterval([{ share: got.mean, n: 300 }])!;
    expect(got.high - got.low).toBeGreaterThan(imagesOnly.high - imagesOnly.low);
  });

  it('keeps about 95% coverage over simulated seeds and images', () => {
    // A fixed generator: the figure is the same on every run.
    let state = 12345;
    const rand = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    const normal = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    // Images are easy (right 99% of the time) or hard (40%); the population's accuracy is the mean.
    const truth = 0.85 * 0.99 + 0.15 * 0.4;
    const images = 150;
    let covered = 0;
    let tCovered = 0;
    const reps = 2000;
    for (let r = 0; r < reps; r++) {
      // One test set serves every seed, as in a sweep; each seed's model shifts every image's odds.
      const q = Array.from({ length: images }, () => (rand() < 0.85 ? 0.99 : 0.4));
      const seeds = [0, 1, 2].map(() => {
        const shift = 0.03 * normal();
        const right = q.filter((qi) => rand() < Math.min(1, Math.max(0, qi + shift))).length;
        return { share: right / images, n: images };
      });
      const got = accuracyInterval(seeds)!;
      if (got.low <= truth && truth <= got.high) covered++;
      const t = meanInterval(seeds.map((x) => x.share));
      if (t.low! <= truth && truth <= t.high!) tCovered++;
    }
    // 97.8% with this generator; the seeds' spread alone misses the test set's own sampling (90%).
    expect(covered / reps).toBeGreaterThan(0.94);
    expect(covered / reps).toBeLessThan(0.995);
    expect(tCovered / reps).toBeLessThan(0.93);
  });

  it('skips seeds without images and gives null for none', () => {
    expect(accuracyInterval([])).toBeNull();
    expect(accuracyInterval([{ share: 0.5, n: 0 }])).toBeNull();
    expect(
      accuracyInterval([
        { share: 0.5, n: 0 },
        { share: 0.5, n: 10 },
      ])!.seeds,
    ).toBe(1);
  });
});
