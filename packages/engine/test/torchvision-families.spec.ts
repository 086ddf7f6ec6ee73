import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { deriveParameterGradients } from '../src/derive/parameter-gradients';
import { encodeModel } from '../src/onnx/codec';
import type { ModelDef } from '../src/onnx/ir';
import { validateModel } from '../src/validate/validate-model';

/*
 * Every torchvision family as torch.onnx.export (PyTorch 1.13, torchvision 0.14) writes it, at
 * toy size with random weights, against PyTorch autograd (float64) on the same batch of 2:
 * logits, the input gradient and every parameter initializer's gradient of the mean
 * cross-entropy. Fixtures: test/fixtures/torchvision, written by scripts/torchvision_fixtures.py
 * (`npm run fixtures:torchvision`; its docstring describes the exports and the format). Pass when
 * max |ours - reference| <= 1e-4 * max |reference|, per tensor.
 *
 * `TORCHVISION_REPORT=<file>` writes the measured relative errors (the README's table).
 */
const RTOL = 1e-4;
const DIR = join(__dirname, 'fixtures', 'torchvision');
const SCRIPT = join(__dirname, '..', 'scripts', 'torchvision_fixtures.py');
const REGENERATE = 'regenerate them with `npm run fixtures:torchvision -w @transferlab/engine` (needs Debian\'s python3-torch python3-torchvision)';

type Check = 'logits' | 'input gradient' | 'parameter gradients';

/**
 * What the engine does not handle yet, per export and check; each is an `it.fails`, so it turns
 * red once fixed, and its entry must then go.
 */
const KNOWN: readonly { readonly exports: RegExp; readonly checks: readonly Check[]; readonly reason: string }[] = [];

interface ArrayRef {
  readonly offset: number;
  readonly length: number;
  readonly dims: readonly number[];
}
interface ExportInfo {
  readonly name: string;
  readonly opset: number;
  readonly constantFolding: boolean;
  readonly batchNorm: 'fused' | 'kept';
  readonly parameters: readonly { readonly initializer: string; readonly parameter: string; readonly mapping: string; readonly array: string }[];
  readonly unmapped: readonly { readonly initializer: string }[];
  readonly absorbed: readonly string[];
}
interface FamilyFixture {
  readonly family: string;
  readonly parameterCount: number;
  readonly input: { readonly name: string; readonly dims: readonly number[] };
  readonly labels: readonly number[];
  readonly arrays: Readonly<Record<string, ArrayRef>>;
  readonly exports: readonly ExportInfo[];
  readonly notExported: readonly { readonly name: string; readonly reason: string }[];
}
interface Manifest {
  readonly scriptSha256: string;
  readonly families: readonly { readonly family: string }[];
}

const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Manifest;
const fixtures = manifest.families.map(({ family }) => {
  const meta = JSON.parse(readFileSync(join(DIR, `${family}.json`), 'utf8')) as FamilyFixture;
  const bin = readFileSync(join(DIR, `${family}.bin`));
  const all = new Float32Array(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));
  const array = (key: string): Float32Array => {
    const ref = meta.arrays[key];
    if (!ref) throw new Error(`${family}.bin has no array ${key}`);
    return all.subarray(ref.offset, ref.offset + ref.length);
  };
  return { meta, array };
});

/** max |a - ref| / max |ref|. */
function relativeError(a: Float32Array, ref: Float32Array): number {
  expect(a.length).toBe(ref.length);
  let diff = 0;
  let scale = 0;
  ref.forEach((r, i) => {
    diff = Math.max(diff, Math.abs(a[i]! - r));
    scale = Math.max(scale, Math.abs(r));
  });
  return scale === 0 ? diff : diff / scale;
}

function transposed(values: Float32Array, [rows, cols]: readonly number[]): Float32Array {
  const out = new Float32Array(values.length);
  for (let r = 0; r < rows!; r++) for (let c = 0; c < cols!; c++) out[c * rows! + r] = values[r * cols! + c]!;
  return out;
}

const session = (m: ModelDef) => InferenceSession.create(encodeModel(m), { intraOpNumThreads: 1 });
const f32 = (t: Tensor | undefined) => t!.data as Float32Array;
const measured: Record<string, Partial<Record<Check, number>>> = {};

afterAll(() => {
  const out = process.env.TORCHVISION_REPORT;
  if (out) writeFileSync(out, `${JSON.stringify(measured, null, 1)}\n`);
});

describe('torchvision fixtures', () => {
  it('are the current script\'s output', () => {
    const hash = createHash('sha256').update(readFileSync(SCRIPT)).digest('hex');
    expect(hash, `test/fixtures/torchvision is stale: ${REGENERATE}`).toBe(manifest.scriptSha256);
    expect(fixtures.length).toBeGreaterThanOrEqual(19);
  });
});

for (const { meta, array } of fixtures) {
  const [n] = meta.input.dims as [number];
  const x = () => new Tensor('float32', Float32Array.from(array('input')), meta.input.dims);
  const labels = () => new Tensor('int64', BigInt64Array.from(meta.labels.map(BigInt)), [meta.labels.length]);

  describe(`${meta.family} (${meta.parameterCount} parameters)`, () => {
    for (const skipped of meta.notExported) {
      // torch 1.13 cannot export it; the fixture appears once PyTorch can (then test it like the rest).
      it.fails(`${skipped.name} is exported (torch 1.13: ${skipped.reason})`, () => {
        expect(meta.exports.map((e) => e.name)).toContain(skipped.name);
      });
    }

    for (const ex of meta.exports) {
      let loaded: ModelDef | undefined;
      const model = () => (loaded ??= validateModel(readFileSync(join(DIR, `${ex.name}.onnx`))));
      const record = (check: Check, err: number) => ((measured[ex.name] ??= {})[check] = err);
      const test = (check: Check, body: () => Promise<void>) => {
        const known = KNOWN.find((k) => k.exports.test(ex.name) && k.checks.includes(check));
        if (known) it.fails(`${ex.name}: ${check} (fails today: ${known.reason})`, body);
        else it(`${ex.name}: ${check}`, body);
      };

      test('logits', async () => {
        const out = await (await session(model())).run({ [meta.input.name]: x() });
        const err = relativeError(f32(out[model().graph.outputs[0]!.name]), array('logits'));
        record('logits', err);
        expect(err).toBeLessThanOrEqual(RTOL);
      });

      test('input gradient', async () => {
        const g = deriveInputGradient(model(), { loss: 'cross-entropy' });
        const out = await (await session(g.model)).run({ [g.inputs.input]: x(), labels: labels() });
        // The engine's gradient is of the summed loss; PyTorch's cross_entropy takes the mean.
        const err = relativeError(f32(out[g.outputs.grad]).map((v) => v / n), array('inputGradient'));
        record('input gradient', err);
        expect(err).toBeLessThanOrEqual(RTOL);
      });

      test('parameter gradients', async () => {
        expect(ex.parameters.length).toBeGreaterThan(0);
        const params = ex.parameters.map((p) => p.initializer);
        const g = deriveParameterGradients(model(), { loss: 'cross-entropy', params, reduction: 'mean' });
        const feeds: Record<string, Tensor> = { [g.inputs.input]: x(), labels: labels() };
        for (const p of g.parameters) feeds[p.name] = new Tensor('float32', p.values as Float32Array, p.dims);
        const out = await (await session(g.model)).run(feeds);
        const errors = ex.parameters.map((p) => {
          const ref = array(p.array);
          const expected = p.mapping === 'transposed' ? transposed(ref, meta.arrays[p.array]!.dims) : ref;
          return { name: p.initializer, err: relativeError(f32(out[g.gradients.get(p.initializer)!]), expected) };
        });
        record('parameter gradients', Math.max(...errors.map((e) => e.err)));
        expect(errors.filter((e) => !(e.err <= RTOL))).toEqual([]);
      });
    }
  });
}
