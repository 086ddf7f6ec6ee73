import { describe, expect, it } from 'vitest';
import { datasetKey } from '../dataset';
import type { FineTuneEpoch, FineTuneHyperParams, LossKind } from '../engine-api';
import { stratifiedSample } from '../sampling';
import { seededRandom } from '../random';
import type { Tensor } from '../tensor';
import { LinearEngine } from './linear-engine';
import { lrAt } from './softmax-regression';
import { createTestContext, syntheticDataset } from './test-context';

const hyper: FineTuneHyperParams = { epochs: 6, batchSize: 4, lr: 0.1, momentum: 0.9, weightDecay: 5e-4, schedule: 'step', augment: false };

describe('LinearEngine.fineTune', () => {
  it('with lr 0 reports the loss of PyTorch Linear init drawn from the seed (recomputed here)', async () => {
    const ctx = createTestContext();
    const ds = syntheticDataset();
    const test = await ds.read('test', [0, 1, 2, 3, 4, 5, 6, 7]);
    const r = await ctx.engine.fineTune!({ model: { id: 'linear' }, depth: 0, seed: 5, hyper: { ...hyper, lr: 0, epochs: 1 },
      data: { kind: 'dataset', dataset: ds, train: [0, 1, 2, 3], test: [0, 1, 2, 3, 4, 5, 6, 7] } });
    const rnd = seededRandom(5);
    const bound = 1 / 4; // 1/sqrt(16)
    const w = Array.from({ length: 32 }, () => (2 * rnd() - 1) * bound);
    const b = Array.from({ length: 2 }, () => (2 * rnd() - 1) * bound);
    let loss = 0;
    for (let i = 0; i < 8; i++) {
      const z = [0, 1].map((k) => b[k]! + w.slice(k * 16, k * 16 + 16).reduce((s, v, j) => s + v * test.images.data[i * 16 + j]!, 0));
      loss += Math.log(Math.exp(z[0]!) + Math.exp(z[1]!)) - z[test.labels[i]!]!;
    }
    expect(r.epochs[0]!.testLoss).toBeCloseTo(loss / 8, 6);
  });

  it('learns the synthetic task, reports every epoch, and is deterministic for a seed', async () => {
    const ctx = createTestContext();
    const seen: FineTuneEpoch[] = [];
    const ds = await ctx.data.dataset('synthetic');
    const train = Array.from(stratifiedSample(await ds.labels('train'), 12, 3));
    const req = { model: { id: 'linear' }, depth: 0, seed: 3, hyper: { ...hyper, epochs: 12, lr: 1 }, data: { kind: 'dataset' as const, dataset: ds, train, test: [0, 1, 2, 3, 4, 5, 6, 7] } };
    const a = await ctx.engine.fineTune!(req, { onEpoch: (e) => seen.push(e) });
    const b = await ctx.engine.fineTune!(req);
    expect(a.epochs).toEqual(b.epochs);
    expect(seen).toEqual(a.epochs);
    expect(a.epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(a.trainSize).toBe(12);
    expect(a.epochs.at(-1)!.testAccuracy).toBe(1);
    expect(a.epochs.at(-1)!.trainLoss).toBeLessThan(a.epochs[0]!.trainLoss);
    await expect(ctx.engine.fineTune!({ ...req, depth: 1 })).rejects.toThrow(/no blocks/);
  });

  it('step schedule divides by 10 after a third and two thirds of the epochs; cosine ends at 0', () => {
    const h = { ...hyper, epochs: 9 };
    [0.1, 0.1, 0.01, 0.01, 0.001, 0.001].forEach((lr, i) => expect(lrAt(h, [0, 2, 3, 5, 6, 8][i]!, 0, 1)).toBeCloseTo(lr, 12));
    const c = { ...hyper, schedule: 'cosine' as const };
    expect(lrAt(c, 0, 0, 10)).toBeCloseTo(0.1, 12);
    expect(lrAt(c, 0, 5, 10)).toBeCloseTo(0.05, 12);
    expect(lrAt(c, 0, 10, 10)).toBeCloseTo(0, 12);
  });
});

/** A 3-class linear model on 6-pixel images (DLR needs 3 classes) with seeded weights and inputs. */
function threeClass() {
  const rnd = seededRandom(11);
  const engine = new LinearEngine(Float32Array.from({ length: 18 }, () => rnd() - 0.5), Float32Array.from([0.1, -0.2, 0.05]), 3);
  const images: Tensor = { data: Float32Array.from({ length: 4 * 6 }, () => rnd()), dims: [4, 1, 2, 3] };
  return { engine, images, labels: Int32Array.from([0, 1, 2, 1]), targets: Int32Array.from([2, 0, 1, 0]) };
}

/** Loss per example computed here from logits (float64), with the sdk's signs. */
function referenceLoss(z: number[], y: number, kind: LossKind, t: number): number {
  const lse = (v: number[]) => {
    const m = Math.max(...v);
    return m + Math.log(v.reduce((a, x) => a + Math.exp(x - m), 0));
  };
  const other = Math.max(...z.filter((_, k) => k !== y));
  if (kind === 'cross-entropy') return lse(z) - z[y]!;
  if (kind === 'targeted-cross-entropy') return lse(z) - z[t]!;
  if (kind === 'cw-margin') return other - z[y]!;
  const s = [...z].sort((a, b) => b - a);
  return -(z[y]! - other) / (s[0]! - s[2]! + 1e-12);
}

describe('LinearEngine gradients, structure and evaluation', () => {
  const logitsOf = (w: Float64Array, b: Float64Array, x: Float32Array, i: number) =>
    [0, 1, 2].map((k) => b[k]! + Array.from({ length: 6 }, (_, j) => w[k * 6 + j]! * x[i * 6 + j]!).reduce((a, v) => a + v, 0));

  it('parameter gradients of every loss match central finite differences (sum and mean)', async () => {
    const { engine, images, labels, targets } = threeClass();
    const w = Float64Array.from(engine.weights);
    const b = Float64Array.from(engine.bias);
    const total = (kind: LossKind) => [0, 1, 2, 3].reduce((a, i) => a + referenceLoss(logitsOf(w, b, images.data, i), labels[i]!, kind, targets[i]!), 0);
    for (const loss of ['cross-entropy', 'targeted-cross-entropy', 'cw-margin', 'dlr'] as const) {
      const g = await engine.parameterGradients({ id: 'linear' }, images, labels, { loss, targets });
      const mean = await engine.parameterGradients({ id: 'linear' }, images, labels, { loss, targets, reduction: 'mean', params: ['bias'] });
      expect(g.loss).toBeCloseTo(total(loss), 5);
      expect(g.gradients.map((t) => [t.name, t.dims])).toEqual([['weight', [3, 6]], ['bias', [3]]]);
      expect(mean.gradients.map((t) => t.name)).toEqual(['bias']);
      const h = 1e-5;
      for (const [name, p, grad] of [['weight', w, g.gradients[0]!], ['bias', b, g.gradients[1]!]] as const) {
        for (let j = 0; j < p.length; j++) {
          const keep = p[j]!;
          p[j] = keep + h;
          const plus = total(loss);
          p[j] = keep - h;
          const minus = total(loss);
          p[j] = keep;
          expect(grad.data[j], `${loss} ${name}[${j}]`).toBeCloseTo((plus - minus) / (2 * h), 3);
          if (name === 'bias') expect(mean.gradients[0]!.data[j]).toBeCloseTo((plus - minus) / (2 * h) / 4, 3);
        }
      }
    }
    await expect(engine.parameterGradients({ id: 'linear' }, images, labels, { loss: 'cross-entropy', params: ['conv1'] })).rejects.toThrow(/conv1/);
  });

  it('input gradients of DLR and targeted cross-entropy match finite differences', async () => {
    const { engine, images, labels, targets } = threeClass();
    for (const loss of ['dlr', 'targeted-cross-entropy'] as const) {
      const g = await engine.inputGradient({ id: 'linear' }, images, labels, { loss, targets });
      const h = 1e-3;
      for (const j of [0, 7, 13, 23]) {
        const at = async (delta: number) => {
          const x = images.data.slice();
          x[j]! += delta;
          return (await engine.inputGradient({ id: 'linear' }, { data: x, dims: images.dims }, labels, { loss, targets })).loss[Math.floor(j / 6)]!;
        };
        expect(g.gradient.data[j]).toBeCloseTo(((await at(h)) - (await at(-h))) / (2 * h), 2);
      }
    }
    await expect(engine.inputGradient({ id: 'linear' }, images, labels, { loss: 'targeted-cross-entropy' })).rejects.toThrow(/needs targets/);
  });

  it('targeted DLR and the logit difference (4 classes) match their definitions and central finite differences', async () => {
    const rnd = seededRandom(13);
    const engine = new LinearEngine(Float32Array.from({ length: 24 }, () => rnd() - 0.5), Float32Array.from([0.1, -0.2, 0.05, 0]), 4);
    const images: Tensor = { data: Float32Array.from({ length: 4 * 6 }, () => rnd()), dims: [4, 1, 2, 3] };
    const labels = Int32Array.from([0, 1, 2, 3]);
    const targets = Int32Array.from([3, 2, 0, 1]);
    const z = await engine.logits({ id: 'linear' }, images);
    const reference = (loss: LossKind, row: number[], y: number, t: number) => {
      if (loss === 'logit-difference') return row[t]! - row[y]!;
      const s = [...row].sort((a, b) => b - a);
      return -(row[y]! - row[t]!) / (s[0]! - (s[2]! + s[3]!) / 2 + 1e-12);
    };
    for (const loss of ['targeted-dlr', 'logit-difference'] as const) {
      const g = await engine.inputGradient({ id: 'linear' }, images, labels, { loss, targets });
      for (let i = 0; i < 4; i++) expect(g.loss[i]).toBeCloseTo(reference(loss, Array.from(z.data.subarray(i * 4, i * 4 + 4)), labels[i]!, targets[i]!), 5);
      const h = 1e-3;
      for (let j = 0; j < 24; j++) {
        const at = async (delta: number) => {
          const x = images.data.slice();
          x[j]! += delta;
          const zz = await engine.logits({ id: 'linear' }, { data: x, dims: images.dims });
          const i = Math.floor(j / 6);
          return reference(loss, Array.from(zz.data.subarray(i * 4, i * 4 + 4)), labels[i]!, targets[i]!);
        };
        expect(g.gradient.data[j], `${loss} pixel ${j}`).toBeCloseTo(((await at(h)) - (await at(-h))) / (2 * h), 2);
      }
      await expect(engine.inputGradient({ id: 'linear' }, images, labels, { loss })).rejects.toThrow(/needs targets/);
    }
    const { engine: three, images: small, labels: y3, targets: t3 } = threeClass();
    await expect(three.inputGradient({ id: 'linear' }, small, y3, { loss: 'targeted-dlr', targets: t3 })).rejects.toThrow(/at least 4 classes/);
  });

  it("the label's logit is W x + b at the label, and its input gradient is W's row of the label", async () => {
    const { engine, images, labels } = threeClass();
    const z = await engine.logits({ id: 'linear' }, images);
    const g = await engine.inputGradient({ id: 'linear' }, images, labels, { loss: 'logit' });
    const n = labels.length;
    const c = z.data.length / n;
    const d = images.data.length / n;
    for (let i = 0; i < n; i++) {
      expect(g.loss[i]).toBeCloseTo(z.data[i * c + labels[i]!]!, 6);
      for (let j = 0; j < d; j++) expect(g.gradient.data[i * d + j]).toBeCloseTo(engine.weights[labels[i]! * d + j]!, 6);
    }
  });

  it('last-layer gradients are (softmax - onehot) and its outer product with the input, per example', async () => {
    const { engine, images, labels } = threeClass();
    const r = await engine.lastLayerGradients({ id: 'linear' }, images, labels);
    const w = Float64Array.from(engine.weights);
    const b = Float64Array.from(engine.bias);
    expect(r.transposed).toBe(true);
    expect(r.gradWeight.dims).toEqual([4, 3, 6]);
    expect(r.features.data).toEqual(images.data);
    for (let i = 0; i < 4; i++) {
      const z = logitsOf(w, b, images.data, i);
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const p = e.map((v) => v / e.reduce((a, x) => a + x, 0));
      expect(r.loss[i]).toBeCloseTo(-Math.log(p[labels[i]!]!), 5);
      for (let k = 0; k < 3; k++) {
        const dz = p[k]! - (k === labels[i] ? 1 : 0);
        expect(r.gradBias!.data[i * 3 + k]).toBeCloseTo(dz, 6);
        for (let j = 0; j < 6; j++) expect(r.gradWeight.data[(i * 3 + k) * 6 + j]).toBeCloseTo(dz * images.data[i * 6 + j]!, 6);
      }
    }
  });

  it('evaluate counts argmax hits of the logits in chunks, and stops on an aborted signal', async () => {
    const ctx = createTestContext();
    const batch = await syntheticDataset().read('test', [0, 1, 2, 3, 4, 5, 6, 7]);
    const z = (await ctx.engine.logits({ id: 'linear' }, batch.images)).data;
    const pred = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => (z[2 * i + 1]! > z[2 * i]! ? 1 : 0));
    const ev = await ctx.engine.evaluate({ id: 'linear' }, batch, { batchSize: 3 });
    expect(Array.from(ev.predictions)).toEqual(pred);
    expect(ev.accuracy).toBe(pred.filter((p, i) => p === batch.labels[i]).length / 8);
    const ce = (await ctx.engine.lastLayerGradients({ id: 'linear' }, batch.images, batch.labels)).loss;
    expect(Array.from(ev.losses)).toEqual(Array.from(ce));
    expect(ev.loss).toBeCloseTo(ce.reduce((a, v) => a + v, 0) / 8, 6);
    const ac = new AbortController();
    ac.abort();
    await expect(ctx.engine.evaluate({ id: 'linear' }, batch, { signal: ac.signal })).rejects.toThrow(/aborted/);
  });

  it('structure and features: the input is the feature tensor, there are no blocks', async () => {
    const ctx = createTestContext();
    expect(await ctx.engine.structure({ id: 'linear' })).toEqual({ featureTensor: 'input', blocks: [], numClasses: 2, lastLayer: { weight: 'weight', bias: 'bias' } });
    const batch = await syntheticDataset().read('test', [0, 1]);
    expect((await ctx.engine.features({ id: 'linear' }, batch.images, 'input')).dims).toEqual([2, 16]);
    await expect(ctx.engine.features({ id: 'linear' }, batch.images, { block: 0 })).rejects.toThrow(/no blocks/);
  });

  it('keepModel holds the fine-tuned model: its accuracy is the last epoch\'s, until released', async () => {
    const ctx = createTestContext();
    const test = [0, 1, 2, 3, 4, 5, 6, 7];
    const ds = await ctx.data.dataset({ name: 'synthetic' });
    const r = await ctx.engine.fineTune!({ model: { id: 'linear' }, depth: 0, seed: 2, hyper: { ...hyper, epochs: 3, lr: 0.05 },
      data: { kind: 'dataset', dataset: ds, train: [0, 1, 2, 3, 4, 5], test } }, { keepModel: true });
    expect(r.model?.id).toMatch(/^finetuned:/);
    expect(r.parameters!.map((p) => [p.name, p.dims])).toEqual([['weight', [2, 16]], ['bias', [2]]]);
    const batch = await syntheticDataset().read('test', test);
    const ev = await ctx.engine.evaluate(r.model!, batch);
    expect(ev.accuracy).toBe(r.epochs.at(-1)!.testAccuracy);
    expect(ev.loss).toBeCloseTo(r.epochs.at(-1)!.testLoss, 5);
    const plain = await ctx.engine.fineTune!({ model: { id: 'linear' }, depth: 0, seed: 2, hyper: { ...hyper, epochs: 3, lr: 0.05 },
      data: { kind: 'dataset', dataset: ds, train: [0, 1, 2, 3, 4, 5], test } });
    expect(plain.model).toBeUndefined();
    expect(plain.epochs).toEqual(r.epochs);
    await ctx.engine.release!(r.model!);
    await expect(ctx.engine.logits(r.model!, batch.images)).rejects.toThrow(/no model 'finetuned:1'/);
  });

  it('resolves datasets by spec: a name, or a name with params under its datasetKey', async () => {
    const small = syntheticDataset({ train: 4, test: 4 });
    const key = datasetKey({ name: 'synthetic', params: { size: 4 } });
    const ctx = createTestContext({ datasets: { [key]: small } });
    expect(await ctx.data.dataset({ name: 'synthetic', params: { size: 4 } })).toBe(small);
    expect(await ctx.data.dataset({ name: 'synthetic', params: {} })).not.toBe(small);
    await expect(ctx.data.dataset({ name: 'synthetic', params: { size: 5 } })).rejects.toThrow(/available: synthetic, synthetic\{"size":4\}/);
  });
});

describe('LinearEngine.randomized', () => {
  const w = Float32Array.from({ length: 8 }, (_, i) => i - 3);
  const b = Float32Array.from([0.5, -0.5]);
  const engine = new LinearEngine(w, b, 2);
  const x: Tensor = { data: Float32Array.from({ length: 8 }, (_, i) => 0.1 * i), dims: [2, 1, 2, 2] };

  it("'none' copies the model; 0 re-draws its layer as nn.Linear from the seed (recomputed here); release forgets it", async () => {
    const same = await engine.randomized({ id: 'src' }, { depth: 'none', seed: 1 });
    expect(Array.from((await engine.logits(same, x)).data)).toEqual(Array.from((await engine.logits({ id: 'src' }, x)).data));
    const copy = await engine.randomized({ id: 'src' }, { depth: 0, seed: 5 });
    const rng = seededRandom(5);
    const draws = Array.from({ length: 10 }, () => (2 * rng() - 1) / 2);
    const z = await engine.logits(copy, x);
    for (let i = 0; i < 2; i++)
      for (let k = 0; k < 2; k++) {
        let s = draws[8 + k]!;
        for (let j = 0; j < 4; j++) s += draws[k * 4 + j]! * x.data[i * 4 + j]!;
        expect(z.data[i * 2 + k]).toBeCloseTo(s, 5);
      }
    await engine.release(copy);
    await expect(engine.logits(copy, x)).rejects.toThrow(/no model 'randomized:/);
    await expect(engine.randomized({ id: 'src' }, { depth: 1, seed: 0 })).rejects.toThrow(/no blocks to randomize \(depth 1\)/);
  });
});
