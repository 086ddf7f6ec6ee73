import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { encodeModel } from '../src/onnx/codec';
import type { ModelDef } from '../src/onnx/ir';
import { deriveTrainingStep } from '../src/train/training-step';
import { buildResNet, RESNET18, SMALL_RESNET } from './resnet';
import { uniformImages } from './timing';

/** Per-node-kind time of forward, input gradient and training step graphs from ONNX Runtime's profiler. Usage: tsx bench/profile-ops.ts [small] [runs] */
export async function profile(
  name: string,
  model: ModelDef,
  feeds: Record<string, Tensor>,
  runs: number,
): Promise<void> {
  const dir = `/tmp/prof/${name}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const s = await InferenceSession.create(encodeModel(model), {
    executionProviders: ['cpu'],
    intraOpNumThreads: 2,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    enableProfiling: true,
    profileFilePrefix: `${dir}/p`,
  });
  await s.run(feeds);
  for (let i = 0; i < runs; i++) await s.run(feeds);
  s.endProfiling();
  await s.release();
  const file = readdirSync(dir).find((f) => f.endsWith('.json'))!;
  const events = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
    cat: string;
    name: string;
    dur: number;
    args?: { op_name?: string };
  }[];
  const byOp = new Map<string, number>();
  const byNode = new Map<string, number>();
  let total = 0;
  const modelRuns = events.filter((e) => e.name === 'model_run');
  for (const e of events) {
    if (e.cat !== 'Node' || !e.name.endsWith('_kernel_time')) continue;
    const op = e.args?.op_name ?? '?';
    byOp.set(op, (byOp.get(op) ?? 0) + e.dur);
    const node = `${op} ${e.name.replace(/_kernel_time$/, '')}`;
    byNode.set(node, (byNode.get(node) ?? 0) + e.dur);
    total += e.dur;
  }
  const perRun = (us: number) => us / (runs + 1) / 1000;
  console.log(
    `${name}: model_run median ${(modelRuns.map((e) => e.dur).sort((a, b) => a - b)[modelRuns.length >> 1]! / 1000).toFixed(1)} ms, kernels ${perRun(total).toFixed(1)} ms/run`,
  );
  for (const [op, us] of [...byOp].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`  ${op.padEnd(22)} ${perRun(us).toFixed(1)} ms`);
  // `nodes=K` lists the K slowest nodes too.
  const topNodes = Number(process.argv.find((a) => a.startsWith('nodes='))?.slice(6) ?? 0);
  for (const [node, us] of [...byNode].sort((a, b) => b[1] - a[1]).slice(0, topNodes))
    console.log(`    ${perRun(us).toFixed(1).padStart(7)} ms  ${node}`);
}

async function main(): Promise<void> {
  const small = process.argv.includes('small');
  const spec = small ? SMALL_RESNET : RESNET18;
  const batch = small ? 128 : 16;
  const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
  const model = buildResNet(spec);
  const dims = [batch, spec.inChannels, spec.height, spec.width];
  const images = new Tensor(
    'float32',
    uniformImages(
      dims.reduce((a, b) => a * b, 1),
      1,
    ),
    dims,
  );
  const labels = new Tensor(
    'int64',
    BigInt64Array.from({ length: batch }, (_, i) => BigInt(i % spec.classes)),
    [batch],
  );
  const which = process.argv.filter((a) => ['fwd', 'ig', 'step'].includes(a));
  const want = (w: string) => which.length === 0 || which.includes(w);
  if (want('fwd')) await profile('forward', model, { input: images }, runs);
  if (want('ig')) {
    const ig = deriveInputGradient(model, { loss: 'cross-entropy' });
    await profile('input-gradient', ig.model, { [ig.inputs.input]: images, labels }, runs);
  }
  if (want('step')) {
    const step = deriveTrainingStep(model, { optimizer: { kind: 'sgd', momentum: 0.9, weightDecay: 5e-4 } });
    const feeds: Record<string, Tensor> = {
      [step.inputs.input]: images,
      labels,
      lr: new Tensor('float32', Float32Array.from([0.01]), []),
    };
    for (const c of step.carried)
      feeds[c.input] = new Tensor('float32', c.initial.values as Float32Array, [...c.initial.dims]);
    await profile('training-step', step.model, feeds, runs);
  }
}

if (require.main === module) void main();
