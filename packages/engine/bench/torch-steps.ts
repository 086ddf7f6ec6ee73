import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { encodeModel } from '../src/onnx/codec';
import type { ModelDef, TensorData } from '../src/onnx/ir';
import { blockBoundaries } from '../src/split/blocks';
import { splitModel } from '../src/split/split-model';
import { deriveTrainingStep } from '../src/train/training-step';
import { buildResNet, RESNET18 } from './resnet';
import { uniformImages } from './timing';

const SCRIPT = join(__dirname, 'python', 'resnet_steps.py');
const STEPS = ['forward', 'inputGradient', 'trainingStep', 'tailStep'] as const;
type Step = (typeof STEPS)[number];

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f32 = (t: TensorData): Tensor => new Tensor('float32', t.values as Float32Array, [...t.dims]);

/** Debian's python3-torch is in /usr/bin/python3, which a pyenv python3 earlier on the PATH hides. */
export function torchPython(): string | undefined {
  return ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import torch, torchvision'], { stdio: 'ignore' }).status === 0);
}

/** The step graph of a model with its carried values (parameters, optimiser state) as feeds. */
function stepGraph(model: ModelDef, x: Tensor, labels: Tensor): { model: ModelDef; feeds: Record<string, Tensor> } {
  const step = deriveTrainingStep(model, { optimizer: { kind: 'sgd', momentum: 0.9, weightDecay: 5e-4 } });
  const feeds: Record<string, Tensor> = { [step.inputs.input]: x, labels, lr: new Tensor('float32', Float32Array.from([0.01]), []) };
  for (const c of step.carried) feeds[c.input] = f32(c.initial);
  return { model: step.model, feeds };
}

/** The graphs of the four steps on ResNet-18/224 batch 16, the tail's from the frozen prefix's features (computed once). */
async function engineGraphs(model: ModelDef, images: Tensor, labels: Tensor, threads: number): Promise<Record<Step, { session: InferenceSession; feeds: Record<string, Tensor> }>> {
  const opts = { executionProviders: ['cpu'], intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential' as const, graphOptimizationLevel: 'all' as const };
  const make = async (m: ModelDef) => InferenceSession.create(encodeModel(m), opts);
  const boundaries = blockBoundaries(model);
  const split = splitModel(model, boundaries[boundaries.length - 2]!);
  const prefix = await make(split.prefix);
  const features = (await prefix.run({ [split.prefix.graph.inputs[0]!.name]: images }))[split.prefix.graph.outputs[0]!.name]!;
  await prefix.release();
  const ig = deriveInputGradient(model, { loss: 'cross-entropy' });
  const whole = stepGraph(model, images, labels);
  const tail = stepGraph(split.tail, features, labels);
  return {
    forward: { session: await make(model), feeds: { input: images } },
    inputGradient: { session: await make(ig.model), feeds: { [ig.inputs.input]: images, labels } },
    trainingStep: { session: await make(whole.model), feeds: whole.feeds },
    tailStep: { session: await make(tail.model), feeds: tail.feeds },
  };
}

/** Weights, images and shape for the Python side: the same initializers and the same batch. */
export function writeSpec(dir: string, model: ModelDef, images: Tensor): string {
  const params = model.graph.initializers.filter((t) => t.values instanceof Float32Array);
  let offset = 0;
  const tensors = params.map((t) => {
    const e = { name: t.name, dims: t.dims, offset };
    offset += (t.values as Float32Array).length;
    return e;
  });
  const all = new Float32Array(offset);
  params.forEach((t, i) => all.set(t.values as Float32Array, tensors[i]!.offset));
  const bytes = (a: Float32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  writeFileSync(join(dir, 'weights.f32'), bytes(all));
  writeFileSync(join(dir, 'images.f32'), bytes(images.data as Float32Array));
  const spec = { weights: join(dir, 'weights.f32'), images: join(dir, 'images.f32'), tensors, inputShape: images.dims, classes: RESNET18.classes };
  writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
  return join(dir, 'spec.json');
}

/**
 * `rounds` rounds of: each engine graph once (wall seconds), then one round of the reference
 * (`reference` answers its seconds per step), so load from other processes hits both alike.
 */
export async function interleavedRounds<S extends string>(
  steps: readonly S[],
  graphs: Readonly<Record<S, { session: InferenceSession; feeds: Record<string, Tensor> }>>,
  rounds: number,
  reference: () => Promise<Record<string, number>>,
): Promise<{ ours: Record<S, number[]>; theirs: Record<S, number[]> }> {
  const empty = (): Record<S, number[]> => Object.fromEntries(steps.map((s) => [s, []])) as unknown as Record<S, number[]>;
  const ours = empty();
  const theirs = empty();
  for (let r = 0; r < rounds; r++) {
    for (const s of steps) {
      const t0 = performance.now();
      await graphs[s].session.run(graphs[s].feeds);
      ours[s].push((performance.now() - t0) / 1000);
    }
    const t = await reference();
    for (const s of steps) theirs[s].push(Number(t[s]));
  }
  return { ours, theirs };
}

export type StepComparison = { readonly skipped: string } | {
  readonly torch: string;
  readonly rounds: number;
  /** Per thread count and step: median over rounds of PyTorch seconds / engine seconds (above 1: the engine is faster). */
  readonly engineSpeedup: Record<string, Record<Step, number>>;
  readonly engineSeconds: Record<string, Record<Step, number>>;
  readonly torchSeconds: Record<string, Record<Step, number>>;
};

/**
 * ResNet-18/224 batch 16 against PyTorch eager (bench/python/resnet_steps.py) at each thread
 * count: every round runs each engine step once, then asks the Python process for one round,
 * so load from other processes hits both alike; ratios are taken within a round.
 */
export async function compareStepsWithTorch(threadCounts: readonly number[], rounds: number): Promise<StepComparison> {
  const python = torchPython();
  if (!python) return { skipped: "no python3 with torch and torchvision (Debian's python3-torch python3-torchvision)" };
  const version = spawnSync(python, ['-c', 'import torch; print(torch.__version__)'], { encoding: 'utf8' }).stdout.trim();
  const model = buildResNet(RESNET18);
  const batch = 16;
  const images = new Tensor('float32', uniformImages(batch * 3 * 224 * 224, 1), [batch, 3, 224, 224]);
  const labels = new Tensor('int64', BigInt64Array.from({ length: batch }, (_, i) => BigInt(i % RESNET18.classes)), [batch]);
  const dir = mkdtempSync(join(tmpdir(), 'transferlab-steps-'));
  const out = { engineSpeedup: {} as Record<string, Record<Step, number>>, engineSeconds: {} as Record<string, Record<Step, number>>, torchSeconds: {} as Record<string, Record<Step, number>> };
  try {
    const specPath = writeSpec(dir, model, images);
    for (const threads of threadCounts) {
      const graphs = await engineGraphs(model, images, labels, threads);
      for (const s of STEPS) await graphs[s].session.run(graphs[s].feeds);
      const py = spawn(python, [SCRIPT, specPath, String(threads)], { stdio: ['pipe', 'pipe', 'inherit'] });
      const lines = createInterface({ input: py.stdout })[Symbol.asyncIterator]();
      let ours: Record<Step, number[]>;
      let theirs: Record<Step, number[]>;
      try {
        ({ ours, theirs } = await interleavedRounds(STEPS, graphs, rounds, async () => {
          py.stdin.write('round\n');
          const line = await lines.next();
          if (line.done) throw new Error('bench: the PyTorch step reference ended early');
          return JSON.parse(line.value) as Record<string, number>;
        }));
      } finally {
        py.stdin.end('quit\n');
        await Promise.all(STEPS.map((s) => graphs[s].session.release()));
      }
      const per = (f: (s: Step) => number) => Object.fromEntries(STEPS.map((s) => [s, Number(f(s).toFixed(4))])) as Record<Step, number>;
      const sp = per((s) => median(theirs[s].map((t, r) => t / ours[s][r]!)));
      out.engineSpeedup[`threads${threads}`] = sp;
      out.engineSeconds[`threads${threads}`] = per((s) => median(ours[s]));
      out.torchSeconds[`threads${threads}`] = per((s) => median(theirs[s]));
      console.log(`resnet18-224 batch ${batch}, ${threads} thread(s), engine speed / PyTorch ${version} eager (${rounds} interleaved rounds): forward ${sp.forward}x, loss + input gradient ${sp.inputGradient}x, training step (all layers) ${sp.trainingStep}x, tail step (last block, prefix cached) ${sp.tailStep}x`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { torch: version, rounds, ...out };
}
