import type { EngineApi, Tensor } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { checksBeforeAttack, monotoneCheck } from './checks';

/** An engine with fixed logits per image and a gradient that is zero for every image whose first pixel is 0. */
function fakeEngine(logits: number[][], options: { noisy?: boolean } = {}): EngineApi {
  let calls = 0;
  const tensor = (rows: number[][]): Tensor => ({ data: Float32Array.from(rows.flat()), dims: [rows.length, rows[0]!.length] });
  const engine: Pick<EngineApi, 'logits' | 'inputGradient'> = {
    logits: (_m, x) => {
      calls++;
      const rows = Array.from({ length: x.dims[0]! }, (_, i) => logits[i]!.map((v) => v + (options.noisy ? calls * 1e-3 : 0)));
      return Promise.resolve(tensor(rows));
    },
    inputGradient: (_m, x, labels) => {
      const size = x.data.length / x.dims[0]!;
      const gradient = x.data.map((_, j) => (x.data[Math.floor(j / size) * size] === 0 ? 0 : 1));
      return Promise.resolve({ loss: new Float32Array(labels.length), gradient: { data: gradient, dims: x.dims } });
    },
  };
  return engine as EngineApi;
}

const batch = (firstPixels: number[], labels: number[]) => ({
  images: { data: Float32Array.from(firstPixels.flatMap((p) => [p, 0.5, 0.5, 0.5])), dims: [firstPixels.length, 1, 2, 2] },
  labels: Int32Array.from(labels),
});

describe('checks before attacking', () => {
  const logits = [
    [3, 1, 0],
    [0, 3, 1],
    [1, 0, 3],
  ];

  it('flags zero gradients only on correctly classified images', async () => {
    // Image 0 has a zero gradient; misclassified (label 2, predicted 0), it is not counted.
    expect(await checksBeforeAttack(fakeEngine(logits), { id: 'm' }, batch([0, 1, 1], [2, 1, 2]), 0)).toEqual([]);
    // Classified correctly, it is.
    const flags = await checksBeforeAttack(fakeEngine(logits), { id: 'm' }, batch([0, 1, 1], [0, 1, 2]), 0);
    expect(flags.map((f) => f.name)).toEqual(['zero-gradients']);
    expect(flags[0]!.message).toMatch(/^1 of 3 correctly classified images/);
    // Under the allowed share, it is not.
    expect(await checksBeforeAttack(fakeEngine(logits), { id: 'm' }, batch([0, 1, 1], [0, 1, 2]), 0.5)).toEqual([]);
  });

  it('flags probabilities as outputs, and a forward that changes between calls', async () => {
    const probs = [
      [0.7, 0.2, 0.1],
      [0.1, 0.8, 0.1],
    ];
    expect((await checksBeforeAttack(fakeEngine(probs), { id: 'm' }, batch([1, 1], [0, 1]), 0)).map((f) => f.name)).toEqual(['softmax-output']);
    expect((await checksBeforeAttack(fakeEngine(logits, { noisy: true }), { id: 'm' }, batch([1, 1, 1], [0, 1, 2]), 0)).map((f) => f.name)).toEqual(['nondeterministic-forward']);
  });

  it('flags robust accuracy rising with eps, in any order of the grid', () => {
    expect(monotoneCheck([{ eps: 0.2, accuracy: 0.5 }, { eps: 0.1, accuracy: 0.4 }]).map((f) => f.name)).toEqual(['non-monotone-eps']);
    expect(monotoneCheck([{ eps: 0.2, accuracy: 0.4 }, { eps: 0.1, accuracy: 0.4 }])).toEqual([]);
  });
});
