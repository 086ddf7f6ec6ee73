import { describe, expect, it } from 'vitest';
import type { ModelDef } from '../onnx/ir';
import { fixtureFloats, maxAbsDiff, model, node, i64, runOrt } from '../../test/fixtures/tiny-models';
import { interpolationMatrix, type ResizeConvention } from './interpolation';
import { PREPROCESSING_METADATA_KEY, PreprocessError, prependPreprocessing } from './prepend';
import { preprocessGraph, type ImageShape, type ModelInputSpec } from './preprocess-graph';

/**
 * Independent bilinear resize: for each output pixel, sample the input at a fractional
 * position by gathering its four neighbours (no matrices).
 */
function bilinearReference(x: Float32Array, h: number, w: number, oh: number, ow: number, mode: ResizeConvention): Float32Array {
  const coord = (i: number, n: number, o: number): number => {
    const s = mode === 'align_corners' ? (o === 1 ? 0 : (i * (n - 1)) / (o - 1)) : ((i + 0.5) * n) / o - 0.5;
    return Math.min(Math.max(s, 0), n - 1);
  };
  const out = new Float32Array(oh * ow);
  for (let r = 0; r < oh; r++) {
    const y = coord(r, h, oh);
    const y0 = Math.floor(y), y1 = Math.min(y0 + 1, h - 1), fy = y - y0;
    for (let c = 0; c < ow; c++) {
      const xx = coord(c, w, ow);
      const x0 = Math.floor(xx), x1 = Math.min(x0 + 1, w - 1), fx = xx - x0;
      const at = (a: number, b: number): number => x[a * w + b]!;
      out[r * ow + c] = (1 - fy) * ((1 - fx) * at(y0, x0) + fx * at(y0, x1)) + fy * ((1 - fx) * at(y1, x0) + fx * at(y1, x1));
    }
  }
  return out;
}

/** The prefix alone as a model: images in, model-ready tensor out. */
function prefixModel(spec: ModelInputSpec, image: ImageShape, mode: ResizeConvention = 'half_pixel'): ModelDef {
  const g = preprocessGraph(spec, image, 'images', 'out', { resize: mode });
  return model(g.nodes, {
    inputs: [{ name: 'images', dataType: 'float32', shape: ['batch', ...image] }],
    outputs: [{ name: 'out', dataType: 'float32', shape: undefined }],
    initializers: g.initializers,
  });
}

const identity = (channels: 1 | 3, height: number, width: number): ModelInputSpec => ({
  channels, height, width, mean: new Array<number>(channels).fill(0), std: new Array<number>(channels).fill(1),
});

describe('interpolationMatrix', () => {
  it.each([[5, 11], [12, 5], [7, 7], [1, 4], [4, 1]] as const)('rows are convex weights (%i -> %i)', (n, o) => {
    for (const mode of ['half_pixel', 'align_corners'] as const) {
      const r = interpolationMatrix(n, o, mode);
      for (let i = 0; i < o; i++) {
        const row = r.subarray(i * n, (i + 1) * n);
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
        expect(Math.min(...row)).toBeGreaterThanOrEqual(0);
        expect(row.filter((v) => v !== 0).length).toBeLessThanOrEqual(2);
      }
    }
  });

  it('is the identity for equal sizes', () => {
    const r = interpolationMatrix(4, 4);
    expect([...r]).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  });
});

describe('bilinear resize as MatMuls', () => {
  const cases: [string, number, number, number, number, ResizeConvention][] = [
    ['upsample', 5, 7, 11, 9, 'half_pixel'],
    ['downsample', 12, 10, 5, 4, 'half_pixel'],
    ['28 -> 32', 28, 28, 32, 32, 'half_pixel'],
    ['upsample, corners', 5, 7, 11, 9, 'align_corners'],
    ['downsample, corners', 12, 10, 5, 4, 'align_corners'],
  ];

  it.each(cases)('%s matches an independent bilinear implementation (%i x %i -> %i x %i)', async (_l, h, w, oh, ow, mode) => {
    const x = fixtureFloats(2 * 3 * h * w, h * w);
    const out = (await runOrt(prefixModel(identity(3, oh, ow), [3, h, w], mode), { images: { dims: [2, 3, h, w], data: x } })).out!;
    expect(out.dims).toEqual([2, 3, oh, ow]);
    for (let k = 0; k < 6; k++) {
      const ref = bilinearReference(x.subarray(k * h * w, (k + 1) * h * w), h, w, oh, ow, mode);
      expect(maxAbsDiff(out.data.subarray(k * oh * ow, (k + 1) * oh * ow), ref)).toBeLessThan(1e-5);
    }
  });

  it.each(cases)('%s matches ONNX Runtime Resize linear (%i x %i -> %i x %i)', async (_l, h, w, oh, ow, mode) => {
    const x = fixtureFloats(2 * 3 * h * w, 3);
    const resize = model([node('Resize', ['images', '', '', 'sizes'], ['out'], 'resize', {
      mode: { type: 'string', value: 'linear' },
      coordinate_transformation_mode: { type: 'string', value: mode },
    })], {
      inputs: [{ name: 'images', dataType: 'float32', shape: [2, 3, h, w] }],
      outputs: [{ name: 'out', dataType: 'float32', shape: undefined }],
      initializers: [i64('sizes', [2, 3, oh, ow])],
    });
    const feeds = { images: { dims: [2, 3, h, w], data: x } };
    const ours = (await runOrt(prefixModel(identity(3, oh, ow), [3, h, w], mode), feeds)).out!;
    const theirs = (await runOrt(resize, feeds)).out!;
    expect(maxAbsDiff(ours.data, theirs.data)).toBeLessThan(1e-5);
  });
});

describe('channels and normalisation', () => {
  it('repeats a grey channel into RGB and normalises per channel', async () => {
    const spec: ModelInputSpec = { channels: 3, height: 4, width: 4, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] };
    const x = fixtureFloats(2 * 16, 5).map((v) => (v + 1) / 2);
    const out = (await runOrt(prefixModel(spec, [1, 4, 4]), { images: { dims: [2, 1, 4, 4], data: x } })).out!;
    expect(out.dims).toEqual([2, 3, 4, 4]);
    for (let n = 0; n < 2; n++) for (let c = 0; c < 3; c++) for (let i = 0; i < 16; i++) {
      expect(out.data[(n * 3 + c) * 16 + i]).toBeCloseTo((x[n * 16 + i]! - spec.mean[c]!) / spec.std[c]!, 5);
    }
  });

  it('reduces RGB to grey with BT.601 luma', async () => {
    const x = fixtureFloats(3 * 6, 8);
    const out = (await runOrt(prefixModel(identity(1, 2, 3), [3, 2, 3]), { images: { dims: [1, 3, 2, 3], data: x } })).out!;
    expect(out.dims).toEqual([1, 1, 2, 3]);
    for (let i = 0; i < 6; i++) expect(out.data[i]).toBeCloseTo(0.299 * x[i]! + 0.587 * x[6 + i]! + 0.114 * x[12 + i]!, 5);
  });

  it('uses only ops with gradient rules', () => {
    const g = preprocessGraph({ channels: 1, height: 8, width: 8, mean: [0.5], std: [0.5] }, [3, 5, 6], 'a', 'b');
    const g2 = preprocessGraph({ channels: 3, height: 8, width: 8, mean: [0, 0, 0], std: [1, 1, 1] }, [1, 5, 6], 'a', 'b');
    const ops = new Set([...g.nodes, ...g2.nodes].map((n) => n.opType));
    expect([...ops].sort()).toEqual(['Concat', 'Div', 'MatMul', 'Sub', 'Transpose']);
  });
});

describe('prependPreprocessing', () => {
  // A "classifier": y = ReduceMean(x * w) over H, W; stands in for any model with an NCHW input.
  const classifier = (): ModelDef => model([
    node('Mul', ['x', 'w'], ['xw']),
    node('ReduceMean', ['xw', 'axes'], ['y'], 'pool', { keepdims: { type: 'int', value: 0 } }),
  ], {
    inputs: [{ name: 'x', dataType: 'float32', shape: ['N', 3, 8, 8] }],
    outputs: [{ name: 'y', dataType: 'float32', shape: ['N', 3] }],
    initializers: [{ name: 'w', dataType: 'float32', dims: [1, 3, 8, 8], values: fixtureFloats(192, 2) }, i64('axes', [2, 3])],
    opset: 18,
  });
  const spec: ModelInputSpec = { channels: 3, height: 8, width: 8, mean: [0.5, 0.4, 0.3], std: [0.2, 0.25, 0.3] };

  it('feeds the model the preprocessed images: same as preprocessing then running the model', async () => {
    const composed = prependPreprocessing(classifier(), spec, [1, 5, 6]);
    expect(composed.graph.inputs).toEqual([{ name: 'x', dataType: 'float32', shape: ['N', 1, 5, 6] }]);
    expect(JSON.parse(composed.metadata[PREPROCESSING_METADATA_KEY]!)).toMatchObject({ image: [1, 5, 6], resize: 'half_pixel' });
    const x = fixtureFloats(2 * 30, 11).map((v) => (v + 1) / 2);
    const got = (await runOrt(composed, { x: { dims: [2, 1, 5, 6], data: x } })).y!;
    const pre = (await runOrt(prefixModel(spec, [1, 5, 6]), { images: { dims: [2, 1, 5, 6], data: x } })).out!;
    const want = (await runOrt(classifier(), { x: { dims: [2, 3, 8, 8], data: pre.data } })).y!;
    expect(got.dims).toEqual([2, 3]);
    expect(maxAbsDiff(got.data, want.data)).toBeLessThan(1e-6);
  });

  it('refuses an input spec that contradicts the model input shape', () => {
    expect(() => prependPreprocessing(classifier(), { ...spec, height: 16 }, [1, 5, 6])).toThrow(
      new PreprocessError("model input 'x' has shape [N, 3, 8, 8], but the input spec says [N, 3, 16, 8]"),
    );
  });

  it('refuses to preprocess twice', () => {
    const once = prependPreprocessing(classifier(), spec, [3, 8, 8]);
    const again = { ...once, graph: { ...once.graph, inputs: [{ name: 'x', dataType: 'float32' as const, shape: ['N', 3, 8, 8] }] } };
    expect(() => prependPreprocessing(again, spec, [3, 8, 8])).toThrow(/already/);
  });
});
