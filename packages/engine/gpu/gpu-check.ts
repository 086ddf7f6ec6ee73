import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { Tensor } from 'onnxruntime-node';
import { buildResNet, RESNET18 } from '../bench/resnet';
import { uniformImages } from '../bench/timing';
import { torchPython } from '../bench/torch-steps';
import { cudaUnavailableReason, probeWebGpu } from '../src/providers';
import type { ModelDef } from '../src/onnx/ir';
import type { ActiveProvider } from '../src/runtime/session-options';
import { validateModel } from '../src/validate/validate-model';
import { compareWithTorch, exportFamily, type GradientComparison } from '../test/torch-exports';
import { agreement, type StepAgreement } from './agreement';
import type { Step } from './device-graphs';
import { timeOnDevice, type DeviceTiming } from './device-timing';

/**
 * `npm run gpu:check`: what the GPU path computes and how fast, on this machine.
 *  1. Agreement: logits, loss + input gradient and one training step of the bundled zoo models,
 *     of two torchvision exports (ShuffleNetV2, ViT; real torch.onnx.export files) and of
 *     ResNet-18/224, on each GPU provider against the CPU provider (max abs difference).
 *  2. The CPU half, everywhere: the engine on CPU against PyTorch autograd on the exports.
 *  3. Timing: ResNet-18/224 batch 16 forward, input gradient and training step on each GPU
 *     provider against PyTorch eager on CUDA, interleaved.
 * Without a GPU it says why each provider was not checked. `--provider cpu` runs parts 1 and 3
 * with the CPU in the GPU's place (a dry run of the script itself).
 * Usage: tsx gpu/gpu-check.ts [--provider cuda|webgpu|cpu] [--rounds N] [--out FILE]
 */
const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const root = join(__dirname, '..', '..', '..');
const out = flag('--out') ?? join(root, 'bench-results', 'gpu.json');
const rounds = Number(flag('--rounds') ?? 10);
const only = flag('--provider') as ActiveProvider | undefined;
if (only !== undefined && !['cuda', 'webgpu', 'cpu'].includes(only)) throw new Error(`--provider: expected cuda, webgpu or cpu, got '${only}'`);
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 1000) throw new Error(`--rounds: expected an integer in 1..1000, got '${flag('--rounds')}'`);

function nvidiaSmi(): string | undefined {
  const r = spawnSync('nvidia-smi', ['--query-gpu=name,driver_version,memory.total', '--format=csv,noheader'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Which providers to check, and why each other one was not. */
function devices(): { use: ActiveProvider[]; notChecked: Record<string, string> } {
  if (only === 'cpu') return { use: ['cpu'], notChecked: { cuda: '--provider cpu (dry run)', webgpu: '--provider cpu (dry run)' } };
  const notChecked: Record<string, string> = {};
  const use: ActiveProvider[] = [];
  const cuda = cudaUnavailableReason();
  if (only === undefined || only === 'cuda') {
    if (cuda === undefined) use.push('cuda');
    else notChecked.cuda = cuda;
  }
  if (only === undefined || only === 'webgpu') {
    const probe = probeWebGpu();
    if (probe.ok) use.push('webgpu');
    else notChecked.webgpu = probe.reason;
  }
  return { use, notChecked };
}

interface Case {
  readonly name: string;
  readonly model: ModelDef;
  readonly x: Tensor;
  readonly labels: Tensor;
}

const batchOf = (model: ModelDef, batch: number, seed: number): { x: Tensor; labels: Tensor } => {
  const dims = [batch, ...model.graph.inputs[0]!.shape!.slice(1).map(Number)];
  const classes = Number(model.graph.outputs[0]!.shape!.at(-1));
  return {
    x: new Tensor('float32', uniformImages(dims.reduce((a, b) => a * b, 1), seed), dims),
    labels: new Tensor('int64', BigInt64Array.from({ length: batch }, (_, i) => BigInt(i % classes)), [batch]),
  };
};

function zooCase(file: string): Case {
  const model = validateModel(readFileSync(join(root, 'plugins', 'models', 'zoo', `${file}.onnx`)));
  return { name: `zoo ${file}`, model, ...batchOf(model, 8, 7) };
}

async function main(): Promise<void> {
  const { use, notChecked } = devices();
  const python = torchPython();
  const cases: Case[] = [zooCase('natural'), zooCase('linf-8')];
  const cpuVsTorch: Record<string, GradientComparison | { skipped: string }> = {};
  for (const family of ['shufflenet', 'vit']) {
    if (!python) {
      cpuVsTorch[family] = { skipped: "no python3 with torch and torchvision (Debian's python3-torch python3-torchvision)" };
      continue;
    }
    const exported = exportFamily(family);
    const bytes = exported.exports.get('op17_cf1')!;
    cpuVsTorch[family] = await compareWithTorch(bytes, exported.reference);
    const ref = exported.reference;
    cases.push({
      name: `torchvision ${family} (torch.onnx.export, opset 17)`,
      model: validateModel(bytes),
      x: new Tensor('float32', Float32Array.from(ref.x), ref.xShape),
      labels: new Tensor('int64', BigInt64Array.from(ref.labels.map(BigInt)), [ref.labels.length]),
    });
    console.log(`cpu vs PyTorch autograd, ${family}: relative error logits ${fmt(cpuVsTorch[family])}`);
  }
  const resnet = buildResNet(RESNET18);
  cases.push({ name: 'resnet18-224 (torchvision layout)', model: resnet, ...batchOf(resnet, 4, 3) });

  const agreementByCase: Record<string, Record<string, Record<Step, StepAgreement>>> = {};
  for (const c of cases) {
    agreementByCase[c.name] = {};
    for (const p of use) {
      const a = await agreement(c.model, c.x, c.labels, p);
      agreementByCase[c.name]![p] = a.device;
      console.log(`${c.name} on ${p} vs cpu: ${Object.entries(a.device).map(([s, d]) => `${s} ${'error' in d ? `ERROR ${d.error}` : `max |diff| ${d.maxAbs.toExponential(2)} (relative ${d.relative.toExponential(2)})`}`).join('; ')}`);
    }
  }

  const timing: Record<string, DeviceTiming | { skipped: string }> = {};
  for (const p of use) {
    const torchDevice = p === 'cpu' ? 'cpu' : 'cuda';
    if (!python) timing[p] = { skipped: 'no python3 with torch and torchvision' };
    else if (torchDevice === 'cuda' && spawnSync(python, ['-c', 'import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)']).status !== 0) timing[p] = { skipped: `PyTorch (${python}) has no CUDA here` };
    else {
      const t = await timeOnDevice(python, p, torchDevice, rounds, p === 'cpu' ? 1 : 0);
      timing[p] = t;
      console.log(`resnet18-224 batch 16, engine on ${p} / PyTorch on ${t.torchDeviceName} (${rounds} interleaved rounds): forward ${t.engineSpeedup.forward}x, input gradient ${t.engineSpeedup.inputGradient}x, training step ${t.engineSpeedup.trainingStep}x`);
    }
  }
  for (const [p, why] of Object.entries(notChecked)) console.log(`${p}: not checked: ${why}`);

  const report = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, gpu: nvidiaSmi() ?? 'none found (nvidia-smi)' },
    onnxruntime: (JSON.parse(readFileSync(require.resolve('onnxruntime-node/package.json'), 'utf8')) as { version: string }).version,
    checked: use,
    notChecked,
    cpuVsTorch,
    agreement: agreementByCase,
    timing,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

function fmt(c: GradientComparison | { skipped: string } | undefined): string {
  if (!c || 'skipped' in c) return 'skipped';
  return `${c.logits.toExponential(2)}, input gradient ${c.input.toExponential(2)}, parameters ${c.parameters.toExponential(2)}`;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
