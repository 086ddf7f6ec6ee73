import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { decodeModel, encodeModel } from '../src/onnx/codec';
import { torchPython } from './torch-steps';

const SCRIPT = join(__dirname, 'python', 'vit_steps.py');
const STEPS = ['forward', 'inputGradient'] as const;
type Step = (typeof STEPS)[number];

/** The middle value; the mean of the two middle ones for an even count (the --quick bench runs 2 rounds). */
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};
const floats = (file: string): Float32Array => {
  const b = readFileSync(file);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};

export type VitComparison = { readonly skipped: string } | {
  readonly model: 'vit_b_16';
  readonly torch: string;
  /** torch's BLAS_INFO (its Linear layers' GEMMs): Debian's python3-torch says 'generic', the reference BLAS. */
  readonly torchBlas: string;
  readonly batch: number;
  readonly threads: number;
  readonly rounds: number;
  /** Median over rounds of PyTorch seconds / engine seconds within the round (above 1: the engine is faster). */
  readonly engineSpeedup: Record<Step, number>;
  readonly engineSeconds: Record<Step, number>;
  readonly torchSeconds: Record<Step, number>;
  /** max |engine logits - PyTorch logits| / max |PyTorch logits|: the two sides run the same weights. */
  readonly logitsRelativeError: number;
};

/**
 * ViT-B/16 (torchvision's vit_b_16, random weights) at 224x224 against PyTorch eager: the Python
 * side (bench/python/vit_steps.py) exports the model with torch.onnx.export (opset 17, dynamic
 * batch) into a temporary folder, the engine loads that export and derives its loss + input
 * gradient graph, and PyTorch runs the same module. Every round runs each engine step once, then
 * asks the Python process for one round; ratios are taken within a round.
 */
export async function compareVitWithTorch(threads: number, rounds: number, batch = 8): Promise<VitComparison> {
  const python = torchPython();
  if (!python) return { skipped: "no python3 with torch and torchvision (Debian's python3-torch python3-torchvision)" };
  const dir = mkdtempSync(join(tmpdir(), 'transferlab-vit-'));
  const py = spawn(python, [SCRIPT, dir, String(batch), String(threads)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  py.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const lines = createInterface({ input: py.stdout })[Symbol.asyncIterator]();
  const next = async (what: string): Promise<string> => {
    const line = await lines.next();
    if (line.done) throw new Error(`bench: the PyTorch ViT reference ended before ${what}: ${stderr}`);
    return line.value;
  };
  const sessions: InferenceSession[] = [];
  try {
    const ready = (await next('the export')).split(' ');
    if (ready[0] !== 'ready') throw new Error(`bench: the PyTorch ViT reference did not say ready: ${ready.join(' ')}`);
    const torchVersion = ready[1] ?? 'unknown';
    const torchBlas = ready[2] ?? 'unknown';
    const model = decodeModel(readFileSync(join(dir, 'model.onnx')));
    const images = new Tensor('float32', floats(join(dir, 'images.f32')), [batch, 3, 224, 224]);
    const labels = new Tensor('int64', BigInt64Array.from({ length: batch }, (_, i) => BigInt(i % 1000)), [batch]);
    const ig = deriveInputGradient(model, { loss: 'cross-entropy' });
    const opts = { executionProviders: ['cpu'], intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential' as const, graphOptimizationLevel: 'all' as const };
    const graphs: Record<Step, { session: InferenceSession; feeds: Record<string, Tensor> }> = {
      forward: { session: await InferenceSession.create(encodeModel(model), opts), feeds: { [model.graph.inputs[0]!.name]: images } },
      inputGradient: { session: await InferenceSession.create(encodeModel(ig.model), opts), feeds: { [ig.inputs.input]: images, labels } },
    };
    sessions.push(graphs.forward.session, graphs.inputGradient.session);
    // Warm-up, and the check that both sides compute the same function.
    const ours = (await graphs.forward.session.run(graphs.forward.feeds))[model.graph.outputs[0]!.name]!.data as Float32Array;
    const theirs = floats(join(dir, 'logits.f32'));
    if (ours.length !== theirs.length) throw new Error(`bench: the engine gave ${ours.length} logits, PyTorch ${theirs.length}`);
    let diff = 0;
    let scale = 0;
    theirs.forEach((v, i) => {
      diff = Math.max(diff, Math.abs(v - ours[i]!));
      scale = Math.max(scale, Math.abs(v));
    });
    await graphs.inputGradient.session.run(graphs.inputGradient.feeds);
    const engine: Record<Step, number[]> = { forward: [], inputGradient: [] };
    const torch: Record<Step, number[]> = { forward: [], inputGradient: [] };
    for (let r = 0; r < rounds; r++) {
      for (const s of STEPS) {
        const t0 = performance.now();
        await graphs[s].session.run(graphs[s].feeds);
        engine[s].push((performance.now() - t0) / 1000);
      }
      py.stdin.write('round\n');
      const t = JSON.parse(await next(`round ${r + 1}`)) as Record<Step, number>;
      for (const s of STEPS) torch[s].push(t[s]);
      console.log(`vit_b_16 round ${r + 1}/${rounds}: engine ${STEPS.map((s) => `${s} ${engine[s][r]!.toFixed(2)} s`).join(', ')}; PyTorch ${STEPS.map((s) => `${s} ${t[s].toFixed(2)} s`).join(', ')}`);
    }
    const per = (f: (s: Step) => number) => Object.fromEntries(STEPS.map((s) => [s, Number(f(s).toFixed(4))])) as Record<Step, number>;
    const engineSpeedup = per((s) => median(torch[s].map((t, r) => t / engine[s][r]!)));
    console.log(`vit_b_16-224 batch ${batch}, ${threads} thread(s), engine speed / PyTorch ${torchVersion} eager, BLAS ${torchBlas} (${rounds} interleaved rounds): forward ${engineSpeedup.forward}x, loss + input gradient ${engineSpeedup.inputGradient}x (logits agree to ${(diff / scale).toExponential(1)} relative)`);
    return {
      model: 'vit_b_16',
      torch: torchVersion,
      torchBlas,
      batch,
      threads,
      rounds,
      engineSpeedup,
      engineSeconds: per((s) => median(engine[s])),
      torchSeconds: per((s) => median(torch[s])),
      logitsRelativeError: Number((diff / scale).toExponential(2)),
    };
  } finally {
    py.stdin.end('quit\n');
    await Promise.all(sessions.map((s) => s.release()));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Standalone: tsx bench/vit-torch.ts [--rounds N] [--threads N] [--out FILE] (default bench-results/engine-vit.json). */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const result = await compareVitWithTorch(Number(get('--threads') ?? 1), Number(get('--rounds') ?? 5));
  if ('skipped' in result) console.log(`ViT-B/16 against PyTorch skipped: ${result.skipped}`);
  const out = get('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'engine-vit.json');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), device: 'cpu', vit: result }, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
