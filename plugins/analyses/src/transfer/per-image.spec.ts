import { createTestContext } from '@transferlab/sdk/testing';
import type { FineTuneRequest, FineTuneResult } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { encodeCorrect, perImageOutcome, transferCorrect } from './per-image';

describe("a transfer trial's per-image outcome", () => {
  it('round-trips which images are right through the bitset, over byte boundaries', () => {
    const labels = Array.from({ length: 19 }, (_, i) => i % 3);
    const predictions = labels.map((l, i) => (i % 4 === 1 ? (l + 1) % 3 : l));
    const details = { testIndices: null, correct: encodeCorrect(predictions, labels) };
    for (let i = 0; i < 19; i++) expect(transferCorrect(details, i, 19)).toBe(i % 4 !== 1);
    expect(transferCorrect(details, 19, 19)).toBeNull();
    expect(transferCorrect({ testLimit: 3 }, 0, 19)).toBeNull();
    // A subset: positions follow testIndices.
    const subset = { testIndices: [40, 7, 12], correct: encodeCorrect([1, 0, 2], [1, 1, 2]) };
    expect([40, 7, 12, 8].map((i) => transferCorrect(subset, i, 100))).toEqual([true, false, true, null]);
  });

  it("is built from the engine's test predictions against the dataset's labels (none without them)", async () => {
    const ctx = createTestContext();
    const ds = await ctx.data.dataset('synthetic');
    const labels = await ds.labels('test');
    const request = (test: number[]): FineTuneRequest => ({
      model: { id: 'linear' },
      depth: 0,
      data: { kind: 'dataset', dataset: ds, train: [0, 1], test },
      hyper: {
        epochs: 1,
        batchSize: 2,
        lr: 0.1,
        momentum: 0,
        weightDecay: 0,
        schedule: 'constant',
        augment: false,
      },
      seed: 0,
    });
    const res = (predictions: number[] | undefined): FineTuneResult => ({
      epochs: [],
      trainSize: 2,
      testSize: 3,
      featureCache: 'none',
      seconds: 0,
      ...(predictions ? { testPredictions: Int32Array.from(predictions) } : {}),
    });
    const subset = await perImageOutcome(
      request([5, 0, 2]),
      res([labels[5]!, 1 - labels[0]!, labels[2]!]),
    );
    expect(subset!.testIndices).toEqual([5, 0, 2]);
    expect([5, 0, 2].map((i) => transferCorrect(subset as never, i, labels.length))).toEqual([
      true,
      false,
      true,
    ]);
    const whole = await perImageOutcome(
      request(Array.from(labels, (_, i) => i)),
      res(Array.from(labels)),
    );
    expect(whole!.testIndices).toBeNull();
    expect(await perImageOutcome(request([0]), res(undefined))).toBeNull();
  });
});
