import type { FineTuneEpoch, FineTuneHyperParams, FineTuneOptions } from '../engine-api';
import type { ImageBatch } from '../tensor';
import { seededRandom } from '../random';

/** Learning rate of an epoch's step: the reference study's x0.1 at 1/3 and 2/3 of the epochs, cosine per step, or constant. */
export function lrAt(h: FineTuneHyperParams, epoch: number, step: number, totalSteps: number): number {
  if (h.schedule === 'step') {
    const milestones = [Math.round(h.epochs / 3), Math.round((2 * h.epochs) / 3)].filter((m) => m > 0);
    return h.lr * 0.1 ** milestones.filter((m) => epoch >= m).length;
  }
  if (h.schedule === 'cosine') return 0.5 * h.lr * (1 + Math.cos((Math.PI * Math.min(step, totalSteps)) / Math.max(1, totalSteps)));
  return h.lr;
}

function permutation(n: number, rnd: () => number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] ?? 0, out[i] ?? 0];
  }
  return out;
}

/** Mean cross-entropy and accuracy of logits z = W x + b over a batch. */
function evaluate(w: Float64Array, b: Float64Array, c: number, data: ImageBatch): { loss: number; accuracy: number } {
  const n = data.labels.length;
  const d = data.images.data.length / Math.max(n, 1);
  let loss = 0;
  let correct = 0;
  const z = new Float64Array(c);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < c; k++) {
      let s = b[k] ?? 0;
      for (let j = 0; j < d; j++) s += (w[k * d + j] ?? 0) * (data.images.data[i * d + j] ?? 0);
      z[k] = s;
    }
    const max = Math.max(...z);
    const lse = max + Math.log(z.reduce((a, v) => a + Math.exp(v - max), 0));
    const y = data.labels[i] ?? 0;
    loss += lse - (z[y] ?? 0);
    if (z.indexOf(max) === y) correct++;
  }
  return { loss: loss / Math.max(n, 1), accuracy: correct / Math.max(n, 1) };
}

/** The epochs of a softmax regression fit and its trained weight ([C, D], row-major) and bias. */
export interface SoftmaxRegressionFit {
  readonly epochs: FineTuneEpoch[];
  readonly weight: Float32Array;
  readonly bias: Float32Array;
}

/**
 * Softmax regression on flattened images trained with SGD as PyTorch does it (weight decay
 * added to the gradient, momentum buffer b = m b + g), PyTorch's Linear initialisation
 * U(-1/sqrt(d), 1/sqrt(d)) from the seed, and a seeded shuffle per epoch.
 */
export function trainSoftmaxRegression(train: ImageBatch, test: ImageBatch, classes: number, h: FineTuneHyperParams, seed: number,
  options: FineTuneOptions = {}): FineTuneEpoch[] {
  return fitSoftmaxRegression(train, test, classes, h, seed, options).epochs;
}

/** trainSoftmaxRegression with the trained parameters. */
export function fitSoftmaxRegression(train: ImageBatch, test: ImageBatch, classes: number, h: FineTuneHyperParams, seed: number,
  options: FineTuneOptions = {}): SoftmaxRegressionFit {
  const n = train.labels.length;
  const d = train.images.data.length / Math.max(n, 1);
  const rnd = seededRandom(seed);
  const bound = 1 / Math.sqrt(d);
  const w = Float64Array.from({ length: classes * d }, () => (2 * rnd() - 1) * bound);
  const b = Float64Array.from({ length: classes }, () => (2 * rnd() - 1) * bound);
  const vw = new Float64Array(w.length);
  const vb = new Float64Array(b.length);
  const stepsPerEpoch = Math.ceil(n / h.batchSize);
  const out: FineTuneEpoch[] = [];
  const z = new Float64Array(classes);
  let step = 0;
  for (let epoch = 0; epoch < h.epochs; epoch++) {
    const order = permutation(n, seededRandom(seed * 7919 + epoch + 1));
    let lossSum = 0;
    for (let s = 0; s < n; s += h.batchSize) {
      if (options.signal?.aborted) throw new Error('fine-tuning aborted');
      const batch = order.slice(s, s + h.batchSize);
      const gw = new Float64Array(w.length);
      const gb = new Float64Array(b.length);
      for (const i of batch) {
        for (let k = 0; k < classes; k++) {
          let v = b[k] ?? 0;
          for (let j = 0; j < d; j++) v += (w[k * d + j] ?? 0) * (train.images.data[i * d + j] ?? 0);
          z[k] = v;
        }
        const max = Math.max(...z);
        const sum = z.reduce((a, v) => a + Math.exp(v - max), 0);
        const y = train.labels[i] ?? 0;
        lossSum += max + Math.log(sum) - (z[y] ?? 0);
        for (let k = 0; k < classes; k++) {
          const dz = (Math.exp((z[k] ?? 0) - max) / sum - (k === y ? 1 : 0)) / batch.length;
          gb[k] = (gb[k] ?? 0) + dz;
          for (let j = 0; j < d; j++) gw[k * d + j] = (gw[k * d + j] ?? 0) + dz * (train.images.data[i * d + j] ?? 0);
        }
      }
      const lr = lrAt(h, epoch, step, h.epochs * stepsPerEpoch);
      const update = (p: Float64Array, g: Float64Array, v: Float64Array) => {
        for (let j = 0; j < p.length; j++) {
          const gj = (g[j] ?? 0) + h.weightDecay * (p[j] ?? 0);
          v[j] = step === 0 || h.momentum === 0 ? gj : h.momentum * (v[j] ?? 0) + gj;
          p[j] = (p[j] ?? 0) - lr * (v[j] ?? 0);
        }
      };
      update(w, gw, vw);
      update(b, gb, vb);
      step++;
    }
    const t = evaluate(w, b, classes, test);
    const e = { epoch: epoch + 1, trainLoss: lossSum / Math.max(n, 1), testLoss: t.loss, testAccuracy: t.accuracy };
    out.push(e);
    options.onEpoch?.(e);
  }
  return { epochs: out, weight: Float32Array.from(w), bias: Float32Array.from(b) };
}
