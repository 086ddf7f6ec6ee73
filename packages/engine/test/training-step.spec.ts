import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { deriveForward } from '../src/derive/forward';
import { deriveParameterGradients } from '../src/derive/parameter-gradients';
import { int } from '../src/onnx/attributes';
import { GraphBuilder } from '../src/onnx/builder';
import { encodeModel } from '../src/onnx/codec';
import type { ModelDef } from '../src/onnx/ir';
import type { OptimizerConfig } from '../src/train/optimizers';
import { Trainer } from '../src/train/trainer';
import { defaultTrainable, deriveTrainingStep, withParameters } from '../src/train/training-step';
import { uniform } from './grad-check';
import { heNormal, tinyResNet } from './models';

const opts = { intraOpNumThreads: 1 };

function mlp(): ModelDef {
  const b = new GraphBuilder();
  const x = b.input('input', 'float32', ['N', 6]);
  const h = b.op1('Relu', [b.op1('Gemm', [x, b.initializer('w1', heNormal(30, 6, 1), [5, 6]), b.initializer('b1', uniform(5, 2, -0.1, 0.1), [5])], { transB: int(1) })]);
  b.output(b.op1('Gemm', [h, b.initializer('w2', heNormal(15, 5, 3), [3, 5]), b.initializer('b2', new Float32Array(3), [3])], { transB: int(1) }));
  return b.build();
}

/** PyTorch's update rules in float64, from the documentation of torch.optim.SGD / Adam / AdamW. */
function referenceStep(config: OptimizerConfig, p: Float64Array, g: Float32Array, state: Map<string, Float64Array>, lr: number, t: number): void {
  const wd = config.weightDecay ?? 0;
  const get = (k: string) => state.get(k) ?? state.set(k, new Float64Array(p.length)).get(k)!;
  for (let i = 0; i < p.length; i++) {
    if (config.kind === 'sgd') {
      const mom = config.momentum ?? 0;
      let d = g[i]! + wd * p[i]!;
      if (mom !== 0) {
        const buf = get('buf');
        buf[i] = t === 1 ? d : mom * buf[i]! + (1 - (config.dampening ?? 0)) * d;
        d = config.nesterov ? d + mom * buf[i]! : buf[i]!;
      }
      p[i] = p[i]! - lr * d;
    } else {
      const [b1, b2, eps] = [config.beta1 ?? 0.9, config.beta2 ?? 0.999, config.eps ?? 1e-8];
      let d = g[i]!;
      if (config.decoupled) p[i] = p[i]! * (1 - lr * wd);
      else d += wd * p[i]!;
      const m = get('m');
      const v = get('v');
      m[i] = b1 * m[i]! + (1 - b1) * d;
      v[i] = b2 * v[i]! + (1 - b2) * d * d;
      p[i] = p[i]! - (lr * (m[i]! / (1 - b1 ** t))) / (Math.sqrt(v[i]! / (1 - b2 ** t)) + eps);
    }
  }
}

const configs: [string, OptimizerConfig][] = [
  ['SGD', { kind: 'sgd' }],
  ['SGD momentum + weight decay', { kind: 'sgd', momentum: 0.9, weightDecay: 0.01 }],
  ['SGD nesterov', { kind: 'sgd', momentum: 0.8, nesterov: true, weightDecay: 0.001 }],
  ['Adam', { kind: 'adam' }],
  ['Adam weight decay (L2)', { kind: 'adam', weightDecay: 0.01, beta1: 0.8 }],
  ['AdamW', { kind: 'adam', weightDecay: 0.05, decoupled: true }],
];

describe('training step', () => {
  it.each(configs)('%s: three steps match PyTorch\'s update rule applied to the engine\'s gradients', async (_name, config) => {
    const model = mlp();
    const params = model.graph.initializers.map((t) => t.name);
    const trainer = await Trainer.create(deriveTrainingStep(model, { optimizer: config }), opts);
    const grads = deriveParameterGradients(model, { loss: 'cross-entropy', params, reduction: 'mean' });
    const gs = await InferenceSession.create(encodeModel(grads.model), opts);
    const ref = new Map(model.graph.initializers.map((t) => [t.name, Float64Array.from(t.values as Float32Array)]));
    const states = new Map(params.map((p) => [p, new Map<string, Float64Array>()]));
    const lr = 0.1;
    for (let t = 1; t <= 3; t++) {
      const x = new Tensor('float32', uniform(8 * 6, 10 + t), [8, 6]);
      const y = new Tensor('int64', BigInt64Array.from({ length: 8 }, (_, i) => BigInt((i * 7 + t) % 3)), [8]);
      const feeds: Record<string, Tensor> = { input: x, labels: y };
      for (const p of params) feeds[p] = new Tensor('float32', Float32Array.from(ref.get(p)!), grads.parameters.find((q) => q.name === p)!.dims);
      const g = await gs.run(feeds);
      const step = await trainer.step(x, y, lr);
      expect(step.loss).toBeCloseTo((g.loss!.data as Float32Array)[0]!, 5);
      for (const p of params) referenceStep(config, ref.get(p)!, g[grads.gradients.get(p)!]!.data as Float32Array, states.get(p)!, lr, t);
    }
    const trained = trainer.trainedValues();
    for (const p of params) {
      const mine = trained.get(p)!.values as Float32Array;
      ref.get(p)!.forEach((v, i) => expect(Math.abs(mine[i]! - v)).toBeLessThan(1e-5 + 1e-4 * Math.abs(v)));
    }
  });

  it('trains BatchNorm with batch statistics and updates running statistics (ONNX momentum semantics)', async () => {
    const model = tinyResNet({ channels: 1, size: 8, classes: 3 });
    const bnInput = model.graph.nodes.find((n) => n.name === 'bn1')!.inputs[0]!;
    const step = deriveTrainingStep(model, { optimizer: { kind: 'sgd', momentum: 0.9 } });
    expect(step.model.graph.nodes.filter((n) => n.opType === 'BatchNormalization').every((n) => n.attributes.training_mode?.value === 1)).toBe(true);
    const trainer = await Trainer.create(step, opts);
    const x = new Tensor('float32', uniform(4 * 64, 30, 0, 1), [4, 1, 8, 8]);
    await trainer.step(x, new Tensor('int64', BigInt64Array.from([0n, 1n, 2n, 0n]), [4]), 0.05);
    // Batch statistics of bn1's input, computed here from the forward model's features at that cut.
    const fwd = deriveForward(model, { cut: bnInput });
    const pre = (await (await InferenceSession.create(encodeModel(fwd.model), opts)).run({ input: x }))[fwd.outputs.features!]!;
    const [n, c, h, w] = pre.dims as number[];
    const data = pre.data as Float32Array;
    const trained = trainer.trainedValues();
    const runMean = trained.get('bn1.running_mean')!.values as Float32Array;
    const runVar = trained.get('bn1.running_var')!.values as Float32Array;
    const init = (name: string) => model.graph.initializers.find((t) => t.name === name)!.values as Float32Array;
    for (let ch = 0; ch < c!; ch++) {
      const vals: number[] = [];
      for (let i = 0; i < n!; i++) for (let k = 0; k < h! * w!; k++) vals.push(data[(i * c! + ch) * h! * w! + k]!);
      const mean = vals.reduce((a, b) => a + b, 0) / vals.length;
      const variance = vals.reduce((a, b) => a + (b - mean) ** 2, 0) / vals.length;
      expect(runMean[ch]).toBeCloseTo(0.9 * init('bn1.running_mean')[ch]! + 0.1 * mean, 5);
      expect(runVar[ch]).toBeCloseTo(0.9 * init('bn1.running_var')[ch]! + 0.1 * variance, 5);
    }
    // Frozen BatchNorm: with only the head trainable, BN stays in inference mode and its statistics are not carried.
    const head = deriveTrainingStep(model, { optimizer: { kind: 'sgd' }, trainable: ['fc.weight', 'fc.bias'] });
    expect(head.model.graph.nodes.filter((nd) => nd.opType === 'BatchNormalization').some((nd) => nd.attributes.training_mode?.value === 1)).toBe(false);
    expect(head.carried.map((cr) => cr.of).sort()).toEqual(['fc.bias', 'fc.weight']);
    // The trained values drop back into the forward model.
    const updated = withParameters(model, trained);
    expect(updated.graph.initializers.find((t) => t.name === 'bn1.running_mean')!.values).toEqual(runMean);
  });
});

describe('default trainable parameters', () => {
  it('leave out BatchNorm statistics, scalars and preprocessing constants', () => {
    const b = new GraphBuilder();
    const x = b.input('input', 'float32', ['N', 4]);
    const centred = b.op1('Sub', [x, b.initializer('transferlab_pre/mean', [0.5, 0.5, 0.5, 0.5], [4])]);
    const scaled = b.op1('Mul', [centred, b.initializer('half', [0.5], [])]);
    b.output(b.op1('Gemm', [scaled, b.initializer('fc.weight', heNormal(8, 4, 1), [2, 4]), b.initializer('fc.bias', [0, 0], [2])], { transB: int(1) }));
    expect(defaultTrainable(b.build())).toEqual(['fc.weight', 'fc.bias']);
    expect(defaultTrainable(tinyResNet({ channels: 1, size: 8, classes: 3 })).some((n) => n.includes('running'))).toBe(false);
  });
});
