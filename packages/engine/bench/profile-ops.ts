import { availableParallelism } from 'node:os';
import { Tensor } from 'onnxruntime-node';
import { deriveInputGradient } from '../src/derive/input-gradient';
import type { ModelDef } from '../src/onnx/ir';
import { deriveTrainingStep } from '../src/train/training-step';
import { profileOps } from './op-profile';
import { buildResNet, RESNET18, SMALL_RESNET } from './resnet';
import { uniformImages } from './timing';

/**
 * Per-op-kind kernel time of the forward, input-gradient and training-step graphs from ONNX
 * Runtime's profiler. Usage: tsx bench/profile-ops.ts [small] [runs] [fwd|ig|step ...] [nodes=K] [threads=N]
 */
export async function printProfile(name: string, model: ModelDef, feeds: Record<string, Tensor>, runs: number, topNodes: number, threads = availableParallelism()): Promise<void> {
  const p = await profileOps(model, feeds, runs, threads);
  console.log(`${name}: model_run median ${p.runMilliseconds.toFixed(1)} ms, kernels ${p.kernelMilliseconds.toFixed(1)} ms/run`);
  for (const [op, ms] of Object.entries(p.byOp).slice(0, 14)) console.log(`  ${op.padEnd(22)} ${ms.toFixed(1)} ms`);
  for (const [node, ms] of Object.entries(p.byNode).slice(0, topNodes)) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${node}`);
}

async function main(): Promise<void> {
  const small = process.argv.includes('small');
  const spec = small ? SMALL_RESNET : RESNET18;
  const batch = small ? 128 : 16;
  const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
  const topNodes = Number(process.argv.find((a) => a.startsWith('nodes='))?.slice(6) ?? 0);
  const threads = Number(process.argv.find((a) => a.startsWith('threads='))?.slice(8) ?? availableParallelism());
  const model = buildResNet(spec);
  const dims = [batch, spec.inChannels, spec.height, spec.width];
  const images = new Tensor('float32', uniformImages(dims.reduce((a, b) => a * b, 1), 1), dims);
  const labels = new Tensor('int64', BigInt64Array.from({ length: batch }, (_, i) => BigInt(i % spec.classes)), [batch]);
  const which = process.argv.filter((a) => ['fwd', 'ig', 'step'].includes(a));
  const want = (w: string) => which.length === 0 || which.includes(w);
  if (want('fwd')) await printProfile('forward', model, { input: images }, runs, topNodes, threads);
  if (want('ig')) {
    const ig = deriveInputGradient(model, { loss: 'cross-entropy' });
    await printProfile('input-gradient', ig.model, { [ig.inputs.input]: images, labels }, runs, topNodes, threads);
  }
  if (want('step')) {
    const step = deriveTrainingStep(model, { optimizer: { kind: 'sgd', momentum: 0.9, weightDecay: 5e-4 } });
    const feeds: Record<string, Tensor> = { [step.inputs.input]: images, labels, lr: new Tensor('float32', Float32Array.from([0.01]), []) };
    for (const c of step.carried) feeds[c.input] = new Tensor('float32', c.initial.values as Float32Array, [...c.initial.dims]);
    await printProfile('training-step', step.model, feeds, runs, topNodes, threads);
  }
}

if (require.main === module) void main();
