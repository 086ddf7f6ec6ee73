import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { deriveTrainingStep } from '../src/train/training-step';
import type { ModelDef, TensorData } from '../src/onnx/ir';
import { benchFineTuneEval } from './finetune-eval';
import { productFlops } from './flops';
import { kernelMillisecondsOf, profileOps, type OpProfile } from './op-profile';
import { measurePoolOverhead } from './pool-overhead';
import { buildResNet, RESNET18, SMALL_RESNET, type ResNetSpec } from './resnet';
import { compareStepsWithTorch } from './torch-steps';
import { compareVitWithTorch } from './vit-torch';
import { Tensor, timeInterleaved, uniformImages, type Timing, type TimingOptions } from './timing';

/**
 * Engine throughput on CPU: forward, loss + input gradient (cross-entropy), and one SGD
 * training step of every layer (momentum 0.9, weight decay 5e-4, BatchNorm in training
 * mode), for ResNet-18 (torchvision layout) at 224x224 batch 16 and a small ResNet at
 * 28x28 batch 128. The three graphs are timed interleaved (see timing.ts) so that load
 * from other processes affects them alike; then PyTorch eager on the same weights (torch-steps.ts), and ViT-B/16 at 224x224 batch 8 against PyTorch on torchvision's export (vit-torch.ts). Usage: tsx bench/run-bench.ts [--threads N] [--quick] [--out FILE] [--parts steps,pool,finetune,torch,vit]
 */
const PARTS = ['steps', 'pool', 'finetune', 'torch', 'vit'] as const;
type Part = (typeof PARTS)[number];

interface Args {
  threads: number;
  quick: boolean;
  out: string;
  /** Which parts run (default all): steps (engine graphs, kernels, FLOPs), pool, finetune, torch (ResNet-18 vs PyTorch), vit. */
  parts: ReadonlySet<Part>;
}

function parseArgs(argv: readonly string[]): Args {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    threads: Number(get('--threads') ?? availableParallelism()),
    quick: argv.includes('--quick'),
    out: get('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'engine.json'),
    parts: new Set((get('--parts')?.split(',') ?? [...PARTS]).filter((p): p is Part => (PARTS as readonly string[]).includes(p))),
  };
}

function tensorOf(t: TensorData): Tensor {
  if (t.values instanceof Float32Array) return new Tensor('float32', t.values, [...t.dims]);
  throw new Error(`bench: carried tensor '${t.name}' is ${t.dataType}, expected float32`);
}

/**
 * The forward model with its float initializers turned into graph inputs, fed the same values:
 * how the training step sees its weights. ONNX Runtime pre-packs only constant Conv weights
 * (NCHWc), so this separates the cost of weights-as-inputs from the cost of the gradients.
 */
function weightsAsInputs(model: ModelDef): { model: ModelDef; feeds: Record<string, Tensor> } {
  const moved = model.graph.initializers.filter((t) => t.values instanceof Float32Array && t.dims.length > 0);
  const names = new Set(moved.map((t) => t.name));
  const feeds = Object.fromEntries(moved.map((t) => [t.name, tensorOf(t)]));
  return {
    model: {
      ...model,
      graph: {
        ...model.graph,
        initializers: model.graph.initializers.filter((t) => !names.has(t.name)),
        inputs: [...model.graph.inputs, ...moved.map((t) => ({ name: t.name, dataType: t.dataType, shape: [...t.dims] }))],
      },
    },
    feeds,
  };
}

/** Op kinds that do the arithmetic of a conv net (as ONNX Runtime names them after fusion). */
const PRODUCT_OPS = ['Conv', 'ConvTranspose', 'MatMul', 'FusedMatMul', 'Gemm'];

/** The few largest op kinds of a profile, for the report. */
const topOps = (p: OpProfile, k: number): Record<string, number> =>
  Object.fromEntries(Object.entries(p.byOp).slice(0, k).map(([op, ms]) => [op, Number(ms.toFixed(2))]));

interface KernelBreakdown {
  /** Kernel milliseconds per run of each graph, by op kind (largest first, top 10). */
  readonly forward: Record<string, number>;
  readonly inputGradient: Record<string, number>;
  readonly trainingStep: Record<string, number>;
  /**
   * Kernel time of the convolutions and matrix products alone over the forward's total
   * kernel time: a floor on each ratio for these graphs on ONNX Runtime's CPU kernels, since
   * everything else (masks, BatchNorm, pooling, layout reorders, optimiser) only adds.
   */
  readonly productFloor: { readonly inputGradientToForward: number; readonly trainingStepToForward: number };
  /** Every op kind of the training step: kernel milliseconds per run beside the forward's, and its share of the step's kernel time. */
  readonly trainingStepTable: readonly OpRow[];
}

interface OpRow {
  readonly op: string;
  readonly forwardMs: number;
  readonly trainingStepMs: number;
  readonly trainingStepShare: number;
}

/**
 * Convolution and matrix-product FLOPs (MACs x 2) per batch and the rate each graph achieved
 * at its median time. Nominal counts from the forward graph: input gradient = forward + dX,
 * training step = forward + dX + dW (no dX for convolutions reading the images); executed
 * counts from the derived graphs themselves (the weight-gradient products as emitted; a lower
 * bound, see flops.ts).
 */
interface FlopReport {
  readonly forwardGflop: number;
  readonly inputGradientGflop: number;
  readonly trainingStepGflop: number;
  readonly executedGflop: { readonly inputGradient: number; readonly trainingStep: number };
  readonly gflopsPerSecond: { readonly forward: number; readonly inputGradient: number; readonly trainingStep: number };
  /** Training step GFLOP/s over the forward's: 1 would be training at forward efficiency. */
  readonly trainingStepEfficiencyToForward: number;
  readonly inputGradientEfficiencyToForward: number;
}

function opTable(forward: OpProfile, step: OpProfile): OpRow[] {
  const ops = new Set([...Object.keys(step.byOp), ...Object.keys(forward.byOp)]);
  return [...ops]
    .map((op) => ({
      op,
      forwardMs: Number((forward.byOp[op] ?? 0).toFixed(2)),
      trainingStepMs: Number((step.byOp[op] ?? 0).toFixed(2)),
      trainingStepShare: Number(((step.byOp[op] ?? 0) / step.kernelMilliseconds).toFixed(4)),
    }))
    .sort((a, b) => b.trainingStepMs - a.trainingStepMs);
}

function printOpTable(label: string, rows: readonly OpRow[], forward: OpProfile, step: OpProfile): void {
  console.log(`${label}: kernel milliseconds per run by op kind (ONNX Runtime's profiler)`);
  console.log(`  ${'op'.padEnd(20)} ${'forward'.padStart(9)} ${'step'.padStart(9)} ${'share'.padStart(6)}`);
  for (const r of rows.filter((x) => x.trainingStepMs >= 0.5 || x.forwardMs >= 0.5)) {
    console.log(`  ${r.op.padEnd(20)} ${r.forwardMs.toFixed(1).padStart(9)} ${r.trainingStepMs.toFixed(1).padStart(9)} ${`${(100 * r.trainingStepShare).toFixed(1)}%`.padStart(6)}`);
  }
  console.log(`  ${'all kernels'.padEnd(20)} ${forward.kernelMilliseconds.toFixed(1).padStart(9)} ${step.kernelMilliseconds.toFixed(1).padStart(9)}`);
}

interface CaseResult {
  readonly model: string;
  readonly batch: number;
  readonly inputShape: readonly number[];
  readonly forward: Timing;
  readonly inputGradient: Timing;
  readonly trainingStep: Timing;
  /** Diagnostic: the forward pass with weights fed as inputs, as the training step gets them. */
  readonly forwardWeightsAsInputs: Timing;
  readonly kernels: KernelBreakdown;
  readonly flops: FlopReport;
  readonly ratios: {
    readonly inputGradientToForward: number;
    readonly trainingStepToForward: number;
    readonly forwardWeightsAsInputsToForward: number;
    readonly trainingStepToForwardWeightsAsInputs: number;
  };
}

async function benchCase(label: string, spec: ResNetSpec, batch: number, o: TimingOptions, profileRuns: number): Promise<CaseResult> {
  const model = buildResNet(spec);
  const dims = [batch, spec.inChannels, spec.height, spec.width];
  const images = new Tensor('float32', uniformImages(dims.reduce((a, b) => a * b, 1), 1), dims);
  const labels = new Tensor('int64', BigInt64Array.from({ length: batch }, (_, i) => BigInt(i % spec.classes)), [batch]);

  const ig = deriveInputGradient(model, { loss: 'cross-entropy' });
  const step = deriveTrainingStep(model, { optimizer: { kind: 'sgd', momentum: 0.9, weightDecay: 5e-4 } });
  const stepFeeds: Record<string, Tensor> = { [step.inputs.input]: images, labels, lr: new Tensor('float32', Float32Array.from([0.01]), []) };
  for (const c of step.carried) stepFeeds[c.input] = tensorOf({ ...c.initial, name: c.input });
  const loose = weightsAsInputs(model);
  const { timings, ratios } = await timeInterleaved([
    { name: 'forward', model, feeds: { input: images } },
    { name: 'forwardWeightsAsInputs', model: loose.model, feeds: { input: images, ...loose.feeds } },
    { name: 'inputGradient', model: ig.model, feeds: { [ig.inputs.input]: images, labels } },
    { name: 'trainingStep', model: step.model, feeds: stepFeeds },
  ], batch, o);
  const forward = timings.forward!;
  const inputGradient = timings.inputGradient!;
  const trainingStep = timings.trainingStep!;
  const forwardWeightsAsInputs = timings.forwardWeightsAsInputs!;
  const fwdProfile = await profileOps(model, { input: images }, profileRuns, o.threads);
  const igProfile = await profileOps(ig.model, { [ig.inputs.input]: images, labels }, profileRuns, o.threads);
  const stepProfile = await profileOps(step.model, stepFeeds, profileRuns, o.threads);
  const floor = (p: OpProfile) => kernelMillisecondsOf(p, PRODUCT_OPS) / fwdProfile.kernelMilliseconds;
  const kernels: KernelBreakdown = {
    forward: topOps(fwdProfile, 10),
    inputGradient: topOps(igProfile, 10),
    trainingStep: topOps(stepProfile, 10),
    productFloor: { inputGradientToForward: floor(igProfile), trainingStepToForward: floor(stepProfile) },
    trainingStepTable: opTable(fwdProfile, stepProfile),
  };
  printOpTable(`${label} training step`, kernels.trainingStepTable, fwdProfile, stepProfile);
  const counted = productFlops(model, batch);
  const g = (x: number) => Number((x / 1e9).toFixed(2));
  const nominal = { forward: counted.total, inputGradient: 2 * counted.total, trainingStep: 3 * counted.total - counted.readingInputs };
  const rate = (f: number, t: Timing) => g(f / t.secondsPerBatch);
  const flops: FlopReport = {
    forwardGflop: g(nominal.forward),
    inputGradientGflop: g(nominal.inputGradient),
    trainingStepGflop: g(nominal.trainingStep),
    executedGflop: { inputGradient: g(productFlops(ig.model, batch).total), trainingStep: g(productFlops(step.model, batch).total) },
    gflopsPerSecond: { forward: rate(nominal.forward, timings.forward!), inputGradient: rate(nominal.inputGradient, timings.inputGradient!), trainingStep: rate(nominal.trainingStep, timings.trainingStep!) },
    trainingStepEfficiencyToForward: Number(((nominal.trainingStep / nominal.forward) / ratios.trainingStep!).toFixed(3)),
    inputGradientEfficiencyToForward: Number(((nominal.inputGradient / nominal.forward) / ratios.inputGradient!).toFixed(3)),
  };
  console.log(`${label}: ${flops.forwardGflop} GFLOP per forward batch; achieved GFLOP/s forward ${flops.gflopsPerSecond.forward}, input gradient ${flops.gflopsPerSecond.inputGradient}, training step ${flops.gflopsPerSecond.trainingStep} (step at ${(100 * flops.trainingStepEfficiencyToForward).toFixed(0)}% of the forward's efficiency; executed products ${flops.executedGflop.trainingStep} GFLOP vs ${flops.trainingStepGflop} nominal)`);
  console.log(`${label}: forward ${forward.imagesPerSecond.toFixed(1)}, loss + input gradient ${inputGradient.imagesPerSecond.toFixed(1)}, training step ${trainingStep.imagesPerSecond.toFixed(1)} images/s (${forward.runs} rounds); forward with weights as inputs ${forwardWeightsAsInputs.imagesPerSecond.toFixed(1)}`);

  return {
    model: label,
    batch,
    inputShape: dims,
    forward,
    inputGradient,
    trainingStep,
    forwardWeightsAsInputs,
    kernels,
    flops,
    ratios: {
      inputGradientToForward: ratios.inputGradient!,
      trainingStepToForward: ratios.trainingStep!,
      forwardWeightsAsInputsToForward: ratios.forwardWeightsAsInputs!,
      trainingStepToForwardWeightsAsInputs: ratios.trainingStep! / ratios.forwardWeightsAsInputs!,
    },
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const o: TimingOptions = args.quick ? { threads: args.threads, minRounds: 1, minSeconds: 0 } : { threads: args.threads, minRounds: 5, minSeconds: 20 };
  const has = (p: Part) => args.parts.has(p);
  const results = has('steps')
    ? [await benchCase('resnet18-224', RESNET18, 16, o, args.quick ? 1 : 3), await benchCase('small-resnet-28', SMALL_RESNET, 128, o, args.quick ? 1 : 3)]
    : [];
  // The pool figure is secondary: a failure there is recorded, not fatal to the throughput figures.
  const poolOverhead = !has('pool') ? { skipped: 'not asked for' } : await measurePoolOverhead('small-resnet-28', SMALL_RESNET, 128, args.threads, args.quick ? 3 : 15).then(
    (p) => {
      console.log(`pool overhead (small-resnet-28 logits, batch 128): in process ${(p.inProcessSeconds * 1000).toFixed(1)} ms, through a worker ${(p.pooledSeconds * 1000).toFixed(1)} ms (${p.ratio.toFixed(2)}x)`);
      return p;
    },
    (e: unknown) => {
      console.error(`pool overhead not measured: ${(e as Error).message}`);
      return { error: (e as Error).message };
    },
  );
  // A depth-1 fine-tuning trial on the zoo: test evaluation baked against fed.
  const fineTuneEval = !has('finetune') ? { skipped: 'not asked for' } : await benchFineTuneEval({ rounds: args.quick ? 1 : 3, epochs: args.quick ? 5 : 20 }).catch((e: unknown) => {
    console.error(`fine-tune evaluation modes not measured: ${(e as Error).message}`);
    return { error: (e as Error).message };
  });
  // PyTorch eager on the same graph's weights and batch, at 1 and 2 threads and at the bench's threads.
  const torch = !has('torch') ? { skipped: 'not asked for' } : await compareStepsWithTorch([...new Set([1, 2, args.threads])], args.quick ? 2 : 7);
  if ('skipped' in torch) console.log(`PyTorch references skipped: ${torch.skipped}`);
  // ViT-B/16 (torchvision's export) at 224x224, batch 8, 1 thread against PyTorch eager.
  const vitTorch = !has('vit') ? { skipped: 'not asked for' } : await compareVitWithTorch(1, args.quick ? 2 : 5).catch((e: unknown) => {
    console.error(`ViT-B/16 against PyTorch not measured: ${(e as Error).message}`);
    return { error: (e as Error).message };
  });
  if ('skipped' in vitTorch) console.log(`ViT-B/16 against PyTorch skipped: ${vitTorch.skipped}`);
  const report = {
    date: new Date().toISOString(),
    device: 'cpu',
    threads: args.threads,
    cpus: availableParallelism(),
    node: process.version,
    // Design targets for ResNet-18 at 224x224 on CPU: graph time over the forward's, and engine
    // speed over PyTorch eager's at 1 thread (torch.engineSpeedup.threads1).
    targets: { model: 'resnet18-224', inputGradientToForward: 2.5, trainingStepToForward: 3.5, torchSpeedupAtOneThread: { inputGradient: 1.4, trainingStep: 1.2, tailStep: 1.2 } },
    results,
    poolOverhead,
    fineTuneEval,
    torch,
    vitTorch,
  };
  for (const r of results) {
    console.log(`${r.model}: input-gradient/forward ${r.ratios.inputGradientToForward.toFixed(2)}x, training-step/forward ${r.ratios.trainingStepToForward.toFixed(2)}x (forward with weights as inputs ${r.ratios.forwardWeightsAsInputsToForward.toFixed(2)}x forward; training step ${r.ratios.trainingStepToForwardWeightsAsInputs.toFixed(2)}x that)`);
    const f = r.kernels.productFloor;
    console.log(`${r.model}: convolution and matrix-product kernels alone take ${f.inputGradientToForward.toFixed(2)}x the forward's kernel time in the input gradient, ${f.trainingStepToForward.toFixed(2)}x in the training step`);
  }
  mkdirSync(join(args.out, '..'), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${args.out}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
