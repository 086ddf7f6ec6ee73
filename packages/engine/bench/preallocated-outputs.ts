import { parseArgs } from 'node:util';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { encodeModel } from '../src/onnx/codec';
import { blockBoundaries } from '../src/split/blocks';
import { splitModel } from '../src/split/split-model';
import { deriveTrainingStep } from '../src/train/training-step';
import { buildResNet, RESNET18 } from './resnet';
import { uniformImages } from './timing';

/**
 * Whether handing ONNX Runtime pre-allocated outputs for the carried state (parameters, momentum,
 * BatchNorm statistics; double-buffered across steps, as I/O binding would keep them) makes a
 * training step cheaper than letting it allocate them. ResNet-18/224 batch 16, SGD with momentum,
 * 1 thread; `--step tail` (the last block on cached features, where the carried state is largest
 * against the work) or `--step whole`. Interleaved rounds, medians. Prints also whether the
 * returned tensors are the pre-allocated ones: onnxruntime-node writes into them, then copies
 * into new JavaScript buffers all the same.
 * Usage: tsx bench/preallocated-outputs.ts [--step tail|whole] [--rounds 11]
 */
const { values } = parseArgs({ options: { step: { type: 'string', default: 'tail' }, rounds: { type: 'string', default: '11' } } });
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function main(): Promise<void> {
  const model = buildResNet(RESNET18);
  const batch = 16;
  const images = new Tensor('float32', uniformImages(batch * 3 * 224 * 224, 1), [batch, 3, 224, 224]);
  const labels = new Tensor('int64', BigInt64Array.from({ length: batch }, (_, i) => BigInt(i % RESNET18.classes)), [batch]);
  const opts: InferenceSession.SessionOptions = { executionProviders: ['cpu'], intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' };
  const boundaries = blockBoundaries(model);
  const split = splitModel(model, boundaries[boundaries.length - 2]!);
  let trained = model;
  let input: Tensor = images;
  if (values.step === 'tail') {
    const prefix = await InferenceSession.create(encodeModel(split.prefix), opts);
    input = (await prefix.run({ [split.prefix.graph.inputs[0]!.name]: images }))[split.prefix.graph.outputs[0]!.name] as Tensor;
    await prefix.release();
    trained = split.tail;
  }
  const step = deriveTrainingStep(trained, { optimizer: { kind: 'sgd', momentum: 0.9, weightDecay: 5e-4 } });
  const session = await InferenceSession.create(encodeModel(step.model), opts);
  const fixed: Record<string, Tensor> = { [step.inputs.input]: input, [step.inputs.labels]: labels, [step.inputs.lr]: new Tensor('float32', Float32Array.of(0.01), []) };
  const fresh = (zero: boolean): Map<string, Tensor> =>
    new Map(step.carried.map((c) => [c.input, new Tensor('float32', zero ? new Float32Array((c.initial.values as Float32Array).length) : Float32Array.from(c.initial.values as Float32Array), [...c.initial.dims])]));
  const current = fresh(false);
  const spare = fresh(true);
  const feeds = (): Record<string, Tensor> => ({ ...fixed, ...Object.fromEntries(current) });

  let returnedIsPreallocated = true;
  const allocated = async (): Promise<void> => {
    const out = await session.run(feeds());
    for (const c of step.carried) current.set(c.input, out[c.output] as Tensor);
  };
  const preallocated = async (): Promise<void> => {
    const fetches: Record<string, Tensor | null> = { [step.outputs.loss]: null, [step.outputs.logits]: null };
    for (const c of step.carried) fetches[c.output] = spare.get(c.input)!;
    const out = await session.run(feeds(), fetches);
    for (const c of step.carried) {
      const next = spare.get(c.input)!;
      if ((out[c.output] as Tensor).data !== next.data) returnedIsPreallocated = false;
      spare.set(c.input, current.get(c.input)!);
      current.set(c.input, next);
    }
  };
  await allocated();
  await preallocated();
  const times = { allocated: [] as number[], preallocated: [] as number[] };
  for (let r = 0; r < Number(values.rounds); r++) {
    for (const [name, run] of [['allocated', allocated], ['preallocated', preallocated]] as const) {
      const t0 = performance.now();
      await run();
      times[name].push(performance.now() - t0);
    }
  }
  const mb = step.carried.reduce((s, c) => s + (c.initial.values as Float32Array).byteLength, 0) / 2 ** 20;
  const [a, p] = [median(times.allocated), median(times.preallocated)];
  console.log(
    `${values.step} step, ${step.carried.length} carried tensors (${mb.toFixed(1)} MB), ${values.rounds} interleaved rounds: ` +
      `allocated outputs ${a.toFixed(1)} ms, pre-allocated ${p.toFixed(1)} ms (${(a / p).toFixed(3)}x); ` +
      `returned tensors are the pre-allocated ones: ${returnedIsPreallocated}`,
  );
  await session.release();
}
void main();
