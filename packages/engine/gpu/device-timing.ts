import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Tensor } from 'onnxruntime-node';
import { buildResNet, RESNET18 } from '../bench/resnet';
import { uniformImages } from '../bench/timing';
import { interleavedRounds, writeSpec } from '../bench/torch-steps';
import type { ActiveProvider } from '../src/runtime/session-options';
import { deviceGraphs, releaseGraphs, STEPS, type Step } from './device-graphs';

const SCRIPT = join(__dirname, 'python', 'device_steps.py');
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface DeviceTiming {
  readonly provider: ActiveProvider;
  readonly torchDevice: string;
  /** The device PyTorch reported (its CUDA device name, or cpu). */
  readonly torchDeviceName: string;
  readonly batch: number;
  readonly rounds: number;
  /** Medians over rounds; engine speed over PyTorch's is taken within each round (above 1: the engine is faster). */
  readonly engineSeconds: Record<Step, number>;
  readonly torchSeconds: Record<Step, number>;
  readonly engineSpeedup: Record<Step, number>;
}

/**
 * ResNet-18 (torchvision layout) at 224x224, batch 16: the engine's forward, input gradient and
 * training step on `provider` against PyTorch eager on `torchDevice`, interleaved round by round
 * so both see the same machine. The engine's times include what a trial pays: feeds copied to
 * the device and every output (the updated parameters of a step too) copied back.
 */
export async function timeOnDevice(python: string, provider: ActiveProvider, torchDevice: string, rounds: number, threads: number): Promise<DeviceTiming> {
  const model = buildResNet(RESNET18);
  const batch = 16;
  const images = new Tensor('float32', uniformImages(batch * 3 * 224 * 224, 1), [batch, 3, 224, 224]);
  const labels = new Tensor('int64', BigInt64Array.from({ length: batch }, (_, i) => BigInt(i % RESNET18.classes)), [batch]);
  const dir = mkdtempSync(join(tmpdir(), 'transferlab-gpu-steps-'));
  const graphs = await deviceGraphs(model, images, labels, provider, threads);
  const py = spawn(python, [SCRIPT, writeSpec(dir, model, images), torchDevice, String(threads)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: py.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<Record<string, number | string>> => {
    const line = await lines.next();
    if (line.done) throw new Error('gpu:check: the PyTorch reference ended early (see its error above)');
    return JSON.parse(line.value) as Record<string, number | string>;
  };
  try {
    for (let warm = 0; warm < 3; warm++) for (const s of STEPS) await graphs[s].session.run(graphs[s].feeds);
    const torchDeviceName = String((await next()).device);
    const { ours, theirs } = await interleavedRounds(STEPS, graphs, rounds, async () => {
      py.stdin.write('round\n');
      return (await next()) as Record<string, number>;
    });
    const per = (f: (s: Step) => number) => Object.fromEntries(STEPS.map((s) => [s, Number(f(s).toPrecision(4))])) as Record<Step, number>;
    return {
      provider,
      torchDevice,
      torchDeviceName,
      batch,
      rounds,
      engineSeconds: per((s) => median(ours[s])),
      torchSeconds: per((s) => median(theirs[s])),
      engineSpeedup: per((s) => median(theirs[s].map((t, r) => t / ours[s][r]!))),
    };
  } finally {
    py.stdin.end('quit\n');
    await releaseGraphs(graphs);
    rmSync(dir, { recursive: true, force: true });
  }
}
