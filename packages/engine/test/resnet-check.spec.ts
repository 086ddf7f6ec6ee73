import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { deriveParameterGradients } from '../src/derive/parameter-gradients';
import { encodeModel } from '../src/onnx/codec';
import { deriveTrainingStep } from '../src/train/training-step';
import { fdCheck } from './fd';
import { uniform } from './grad-check';
import { tinyResNet } from './models';

// Whole-network check on a ResNet-style model (Conv, BatchNormalization, MaxPool, residual
// Add, Relu, GlobalAveragePool, Flatten, Gemm), batch 3, 3x10x10 input, 5 classes.
// Central differences with h = 1e-3 on the float32 graph, smaller steps where a probe
// crosses a Relu/MaxPool kink (see fd.ts); pass when |fd - analytic| <= 2e-3 + 2e-2 * max(|fd|, |analytic|).
const TOL = { h: 1e-3, atol: 2e-3, rtol: 2e-2 };
const N = 3;
const model = tinyResNet({ channels: 3, size: 10, classes: 5 });
const x = new Tensor('float32', uniform(N * 3 * 100, 21, 0, 1), [N, 3, 10, 10]);
const labels = new Tensor('int64', BigInt64Array.from([0n, 3n, 4n]), [N]);
const opts = { intraOpNumThreads: 1 };

describe('whole-network gradients of a ResNet-style model', () => {
  it('input gradient (cross-entropy) matches finite differences', async () => {
    const g = deriveInputGradient(model, { loss: 'cross-entropy' });
    const s = await InferenceSession.create(encodeModel(g.model), opts);
    const feeds = { input: x, labels };
    const out = await s.run(feeds);
    const grad = out.grad!.data as Float32Array;
    expect(grad.length).toBe(x.data.length);
    expect(grad.some((v) => v !== 0)).toBe(true);
    const r = await fdCheck(s, feeds, 'loss', 'input', grad, { ...TOL, directions: 4, coords: 12, seed: 3 });
    expect(r.failures).toEqual([]);
    expect(r.checks).toBeGreaterThanOrEqual(12);
  });

  it('parameter gradients (inference-mode BatchNorm) match finite differences', async () => {
    const params = model.graph.initializers.filter((t) => !t.name.includes('running')).map((t) => t.name);
    const g = deriveParameterGradients(model, { loss: 'cross-entropy', params });
    const s = await InferenceSession.create(encodeModel(g.model), opts);
    const feeds: Record<string, Tensor> = { input: x, labels };
    for (const p of g.parameters) feeds[p.name] = new Tensor('float32', p.values as Float32Array, p.dims);
    const out = await s.run(feeds);
    let checks = 0;
    for (const p of params) {
      const grad = out[g.gradients.get(p)!]!.data as Float32Array;
      const r = await fdCheck(s, feeds, 'loss', p, grad, { ...TOL, directions: 1, coords: 2, seed: checks + 5 });
      expect(r.failures, p).toEqual([]);
      checks += r.checks;
    }
    expect(checks).toBeGreaterThanOrEqual(2 * 20);
  });

  it('training-mode gradients (batch statistics) match finite differences of the step loss', async () => {
    const step = deriveTrainingStep(model, { optimizer: { kind: 'sgd' } });
    const s = await InferenceSession.create(encodeModel(step.model), opts);
    const feeds: Record<string, Tensor> = { input: x, labels, lr: new Tensor('float32', Float32Array.of(1), []) };
    for (const c of step.carried) feeds[c.input] = new Tensor('float32', Float32Array.from(c.initial.values as Float32Array), c.initial.dims);
    const out = await s.run(feeds);
    // With plain SGD and lr = 1 the update is p - g, so g = p - p'.
    const params = step.carried.filter((c) => c.kind === 'parameter');
    expect(params.length).toBe(model.graph.initializers.filter((t) => !t.name.includes('running')).length);
    let seed = 50;
    let checks = 0;
    for (const c of params) {
      const p = feeds[c.input]!.data as Float32Array;
      const next = out[c.output]!.data as Float32Array;
      const grad = Float32Array.from(p, (v, i) => v - next[i]!);
      const r = await fdCheck(s, feeds, 'loss', c.input, grad, { ...TOL, directions: 1, coords: 2, seed: seed++ });
      expect(r.failures, c.of).toEqual([]);
      checks += r.checks;
    }
    expect(checks).toBeGreaterThanOrEqual(2 * params.length);
  });
});
