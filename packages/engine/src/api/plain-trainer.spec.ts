import { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../train-utils/prng';
import { Trainer } from '../train/trainer';
import { deriveTrainingStep } from '../train/training-step';
import { tinyResNet } from '../../test/models';
import { PlainTrainer } from './plain-trainer';

const model = tinyResNet({ channels: 1, size: 8, classes: 3, randomStats: false });
const graph = deriveTrainingStep(model, { optimizer: { kind: 'sgd', momentum: 0.9, weightDecay: 1e-3 } });
const r = mulberry32(3);
const batches = Array.from({ length: 4 }, () => ({
  x: { data: Float32Array.from({ length: 6 * 64 }, () => r()), dims: [6, 1, 8, 8] },
  y: Int32Array.from({ length: 6 }, (_, i) => i % 3),
}));

describe('PlainTrainer', () => {
  it('steps exactly as the engine Trainer does', async () => {
    const plain = await PlainTrainer.create(graph, { intraOpNumThreads: 1 });
    const ref = await Trainer.create(graph, { intraOpNumThreads: 1 });
    for (const b of batches) {
      const a = await plain.step(b.x, b.y, 0.05);
      const t = await ref.step(new Tensor('float32', b.x.data, b.x.dims), new Tensor('int64', BigInt64Array.from(b.y, (v) => BigInt(v)), [6]), 0.05);
      expect(a.loss).toBe(t.loss);
    }
    const [p, q] = [plain.trainedValues(), ref.trainedValues()];
    expect([...p.keys()]).toEqual([...q.keys()]);
    for (const [k, v] of p) expect([...v.values]).toEqual([...q.get(k)!.values]);
  });

  it('resumes from a saved state exactly, optimiser momentum included', async () => {
    const straight = await PlainTrainer.create(graph, { intraOpNumThreads: 1 });
    for (const b of batches) await straight.step(b.x, b.y, 0.05);
    const first = await PlainTrainer.create(graph, { intraOpNumThreads: 1 });
    for (const b of batches.slice(0, 2)) await first.step(b.x, b.y, 0.05);
    const resumed = await PlainTrainer.create(graph, { intraOpNumThreads: 1 }, first.state());
    expect(resumed.stepCount).toBe(2);
    for (const b of batches.slice(2)) await resumed.step(b.x, b.y, 0.05);
    for (const [k, v] of straight.trainedValues()) expect([...resumed.trainedValues().get(k)!.values]).toEqual([...v.values]);
    // Without the momentum buffers the result differs: the state is really carried.
    const state = first.state();
    const noMomentum = new Map([...state.tensors].map(([k, t]) => [k, k.startsWith('momentum') ? { ...t, values: new Float32Array(t.values.length) } : t]));
    const reset = await PlainTrainer.create(graph, { intraOpNumThreads: 1 }, { step: 2, tensors: noMomentum });
    for (const b of batches.slice(2)) await reset.step(b.x, b.y, 0.05);
    const w = graph.carried.find((c) => c.kind === 'parameter')!.of;
    expect([...reset.trainedValues().get(w)!.values]).not.toEqual([...straight.trainedValues().get(w)!.values]);
    await expect(PlainTrainer.create(graph, {}, { step: 0, tensors: new Map() })).rejects.toThrow(/trainer state has no/);
  });
});
