import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { deriveParameterGradients } from '../src/derive/parameter-gradients';
import { encodeModel } from '../src/onnx/codec';
import type { ModelDef } from '../src/onnx/ir';
import { validateModel } from '../src/validate/validate-model';

/*
 * Real torch.onnx.export files against PyTorch autograd (fixtures/torch-export.py, run at test
 * time with the first Python that imports torch and torchvision; the specs skip without one).
 * Errors are relative to the reference's largest magnitude: max |engine - torch| / max |torch|.
 */

const PYTHONS = ['python3', '/usr/bin/python3'];

/** A Python with torch and torchvision, or undefined. */
export const torchPython: string | undefined = PYTHONS.find(
  (p) => spawnSync(p, ['-c', 'import torch, torchvision'], { stdio: 'ignore', timeout: 60_000 }).status === 0,
);

export interface TorchReference {
  readonly x: number[];
  readonly xShape: number[];
  readonly labels: number[];
  readonly logits: number[];
  readonly gradX: number[];
  readonly params: Readonly<Record<string, { shape: number[]; values: number[]; grad: number[] }>>;
}

export interface ExportedFamily {
  readonly reference: TorchReference;
  /** `op13_cf0` ... `op17_cf1` (opset, constant folding) -> the .onnx bytes. */
  readonly exports: ReadonlyMap<string, Uint8Array>;
}

export const EXPORT_VARIANTS = ['op13_cf0', 'op13_cf1', 'op17_cf0', 'op17_cf1'] as const;

/** Exports `family` (vit, shufflenet, swin, swin48, swin64) into a fresh temporary folder. */
export function exportFamily(family: string): ExportedFamily {
  if (!torchPython) throw new Error('no Python with torch and torchvision');
  const dir = mkdtempSync(join(tmpdir(), `torch-export-${family}-`));
  execFileSync(torchPython, [join(__dirname, 'fixtures', 'torch-export.py'), family, dir], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
  const reference = JSON.parse(readFileSync(join(dir, `${family}.json`), 'utf8')) as TorchReference;
  return { reference, exports: new Map(EXPORT_VARIANTS.map((v) => [v, readFileSync(join(dir, `${family}_${v}.onnx`))])) };
}

export function relativeError(got: ArrayLike<number>, want: ArrayLike<number>): number {
  if (got.length !== want.length) return Infinity;
  let scale = 0;
  let diff = 0;
  for (let i = 0; i < want.length; i++) {
    scale = Math.max(scale, Math.abs(want[i]!));
    diff = Math.max(diff, Math.abs(got[i]! - want[i]!));
  }
  return diff / (scale || 1);
}

const equal = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && relativeError(a, b) < 1e-6;
const transposed = (v: readonly number[], [rows = 0, cols = 0]: readonly number[]) => Array.from({ length: v.length }, (_, k) => v[(k % rows) * cols + Math.floor(k / rows)]!);

/**
 * The PyTorch parameter behind each float initializer, found by value: the same values, or
 * transposed (a Linear weight that constant folding pre-transposed). Returns the reference
 * gradient laid out as the initializer, and the initializers that match nothing.
 */
export function matchParameters(model: ModelDef, ref: TorchReference): { matched: Map<string, number[]>; unmatched: string[] } {
  const matched = new Map<string, number[]>();
  const unmatched: string[] = [];
  for (const t of model.graph.initializers) {
    if (t.dataType !== 'float32' || t.values.length < 2) continue;
    const v = t.values as Float32Array;
    let grad: number[] | undefined;
    for (const p of Object.values(ref.params)) {
      if (equal(v, p.values)) grad = p.grad;
      else if (p.shape.length === 2 && equal(v, transposed(p.values, p.shape))) grad = transposed(p.grad, p.shape);
      if (grad) break;
    }
    if (grad) matched.set(t.name, grad);
    else unmatched.push(t.name);
  }
  return { matched, unmatched };
}

export interface GradientComparison {
  readonly logits: number;
  readonly input: number;
  /** Largest relative error over the parameters, and which one. */
  readonly parameters: number;
  readonly worst: string;
  readonly matched: number;
  readonly unmatched: readonly string[];
}

/** validateModel, then the engine's input and parameter gradients of the summed cross-entropy at the reference's batch. */
export async function compareWithTorch(bytes: Uint8Array, ref: TorchReference): Promise<GradientComparison> {
  const model = validateModel(bytes);
  const opts = { intraOpNumThreads: 1 };
  const x = new Tensor('float32', Float32Array.from(ref.x), ref.xShape);
  const labels = new Tensor('int64', BigInt64Array.from(ref.labels.map(BigInt)), [ref.labels.length]);
  const ig = deriveInputGradient(model, { loss: 'cross-entropy' });
  const s = await InferenceSession.create(encodeModel(ig.model), opts);
  const out = await s.run({ [ig.inputs.input]: x, labels });
  await s.release();
  const { matched, unmatched } = matchParameters(model, ref);
  const pg = deriveParameterGradients(model, { loss: 'cross-entropy', params: [...matched.keys()] });
  const ps = await InferenceSession.create(encodeModel(pg.model), opts);
  const feeds: Record<string, Tensor> = { [pg.inputs.input]: x, labels };
  for (const p of pg.parameters) feeds[p.name] = new Tensor('float32', p.values as Float32Array, p.dims);
  const pout = await ps.run(feeds);
  await ps.release();
  let parameters = 0;
  let worst = '';
  for (const [name, want] of matched) {
    const e = relativeError(pout[pg.gradients.get(name)!]!.data as Float32Array, want);
    if (e >= parameters) [parameters, worst] = [e, name];
  }
  return {
    logits: relativeError(out[ig.outputs.logits]!.data as Float32Array, ref.logits),
    input: relativeError(out[ig.outputs.grad]!.data as Float32Array, ref.gradX),
    parameters,
    worst,
    matched: matched.size,
    unmatched,
  };
}
