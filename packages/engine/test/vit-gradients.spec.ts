import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { deriveParameterGradients } from '../src/derive/parameter-gradients';
import { encodeModel } from '../src/onnx/codec';
import type { ModelDef } from '../src/onnx/ir';
import { inferShapes } from '../src/onnx/shape-inference';
import { validateModel } from '../src/validate/validate-model';
import { fdCheck } from './fd';
import { TINY_VIT, tinyVit } from './fixtures/tiny-vit';
import { tinyVitReference } from './fixtures/tiny-vit-reference';
import { uniform } from './grad-check';
import { compareWithTorch, EXPORT_VARIANTS, exportFamily, torchPython } from './torch-exports';

/*
 * A ViT laid out as torch.onnx.export (opset 17, dynamic batch) writes torchvision's
 * vit_b_16, at toy size: 1x8x8 images, 4x4 patches (4 tokens + the class token), width 8,
 * 2 heads, MLP 16, 2 encoder blocks, 3 classes (fixtures/tiny-vit.ts). Every reshape takes a
 * shape computed from Shape ops, so the gradients below exist only if shape inference
 * follows that arithmetic with the batch left symbolic.
 *
 * Gradients are checked against central differences of the float32 graph's summed loss
 * (accumulated in float64, fd.ts) with h = 3e-3 (every op here is smooth, so the step only
 * trades truncation against float32 rounding): pass when |fd - analytic| <= 1e-3 + 1e-2 * max(|fd|, |analytic|).
 */
const TOL = { h: 3e-3, atol: 1e-3, rtol: 1e-2 };
const OPTS = { intraOpNumThreads: 1 };
const IMAGE = TINY_VIT.channels * TINY_VIT.size * TINY_VIT.size;
const model = tinyVit();
const session = (m: ModelDef) => InferenceSession.create(encodeModel(m), OPTS);
const images = (n: number, seed = 5) => new Tensor('float32', uniform(n * IMAGE, seed, 0, 1), [n, TINY_VIT.channels, TINY_VIT.size, TINY_VIT.size]);
const labels = (values: number[]) => new Tensor('int64', BigInt64Array.from(values.map(BigInt)), [values.length]);
const f32 = (t: Tensor | undefined) => t!.data as Float32Array;

describe('a ViT as torch.onnx.export writes it', () => {
  it('validates, and shape inference follows its shape arithmetic with the batch kept symbolic', () => {
    expect(() => validateModel(encodeModel(model))).not.toThrow();
    const info = inferShapes(model.graph, model.opsetVersion);
    const sa = '/encoder/layers/encoder_layer_0/self_attention';
    expect(info.get('/Reshape_output_0')?.shape).toEqual(['batch_size', 8, 4]);
    expect(info.get('/Where_output_0')?.value).toEqual(['batch_size', 1, 1]);
    expect(info.get('/Expand_output_0')?.shape).toEqual(['batch_size', 1, 8]);
    expect(info.get(`${sa}/Transpose_2_output_0`)?.shape).toEqual(['2*batch_size', 5, 4]);
    expect(info.get(`${sa}/Reshape_4_output_0`)?.shape).toEqual(['batch_size', 2, 5, 4]);
    expect(info.get(`${sa}/Gemm_output_0`)?.shape).toEqual(['5*batch_size', 8]);
    expect(info.get('/encoder/ln/LayerNormalization_output_0')?.shape).toEqual(['batch_size', 5, 8]);
    expect(model.graph.outputs[0]!.shape).toEqual(['batch_size', 3]);
  });

  it.each([[1], [3]])('forward at batch %i matches a float64 reference', async (n) => {
    const x = images(n);
    const out = await (await session(model)).run({ x });
    const logits = out[model.graph.outputs[0]!.name]!;
    expect(logits.dims).toEqual([n, TINY_VIT.classes]);
    const ref = tinyVitReference(model, TINY_VIT, x.data, n);
    f32(logits).forEach((v, i) => expect(Math.abs(v - ref[i]!)).toBeLessThan(1e-4));
  });

  it('input gradient of the cross-entropy loss matches finite differences, per example at batch 1 and 3', async () => {
    const g = deriveInputGradient(model, { loss: 'cross-entropy' });
    const s = await session(g.model);
    const feeds = { x: images(3), labels: labels([0, 2, 1]) };
    const grad = f32((await s.run(feeds)).grad);
    expect(grad.length).toBe(3 * IMAGE);
    expect(grad.some((v) => v !== 0)).toBe(true);
    const r = await fdCheck(s, feeds, 'loss', 'x', grad, { ...TOL, directions: 4, coords: 12, seed: 3 });
    expect(r.failures).toEqual([]);
    expect(r.checks).toBeGreaterThanOrEqual(14);
    // The same graph at batch 1: each example's gradient is its own.
    const one = f32((await s.run({ x: new Tensor('float32', feeds.x.data.slice(IMAGE, 2 * IMAGE), [1, 1, 8, 8]), labels: labels([2]) })).grad);
    one.forEach((v, i) => expect(Math.abs(v - grad[IMAGE + i]!)).toBeLessThan(1e-6 + 1e-4 * Math.abs(v)));
  });

  it('parameter gradients match finite differences (LayerNorm, attention, class token, position embedding, patch embedding, MLP, head)', async () => {
    const params = [
      'encoder.layers.encoder_layer_0.ln_1.weight',
      'encoder.layers.encoder_layer_0.self_attention.in_proj.weight_t',
      'encoder.layers.encoder_layer_0.self_attention.out_proj.weight',
      'encoder.layers.encoder_layer_1.self_attention.in_proj.bias',
      'encoder.layers.encoder_layer_1.mlp.0.weight_t',
      'encoder.layers.encoder_layer_1.ln_2.bias',
      'encoder.ln.weight',
      'class_token',
      'encoder.pos_embedding',
      'conv_proj.weight',
      'heads.head.weight',
    ];
    const g = deriveParameterGradients(model, { loss: 'cross-entropy', params });
    const s = await session(g.model);
    const feeds: Record<string, Tensor> = { x: images(3, 9), labels: labels([1, 0, 2]) };
    for (const p of g.parameters) feeds[p.name] = new Tensor('float32', p.values as Float32Array, p.dims);
    const out = await s.run(feeds);
    let checks = 0;
    let seed = 20;
    for (const p of params) {
      const grad = f32(out[g.gradients.get(p)!]);
      expect(grad.some((v) => v !== 0), p).toBe(true);
      const r = await fdCheck(s, feeds, 'loss', p, grad, { ...TOL, directions: 2, coords: 4, seed: seed++ });
      expect(r.failures, p).toEqual([]);
      checks += r.checks;
    }
    // fd.ts leaves out a probe whose successive steps disagree (float32 noise on a flat coordinate).
    expect(checks).toBeGreaterThanOrEqual(5 * params.length);
  });
});

/*
 * The layout above is copied by hand; real exports differ (the in-projection's split is a Slice
 * whose starts are Shape -> Gather -> Add -> Div -> Mul of the weight's size, LayerNormalization is
 * decomposed at opset 13, constant folding pre-transposes the weights). torchvision's
 * VisionTransformer (32x32, 8x8 patches, width 32, 2 heads, 2 layers, 10 classes) exported at
 * opset 13 and 17, constant folding off and on, against PyTorch autograd on the same batch of 2:
 * logits, input gradient and every parameter's gradient within 1e-4 of the largest reference value.
 */
describe.skipIf(!torchPython)('torchvision VisionTransformer as torch.onnx.export writes it', () => {
  const family = torchPython ? exportFamily('vit') : undefined;
  it.each(EXPORT_VARIANTS.map((v) => [v]))('%s: gradients equal PyTorch autograd', async (variant) => {
    const r = await compareWithTorch(family!.exports.get(variant)!, family!.reference);
    expect(r.unmatched).toEqual([]);
    expect(r.matched).toBe(Object.keys(family!.reference.params).length);
    expect(r.logits).toBeLessThan(1e-4);
    expect(r.input).toBeLessThan(1e-4);
    expect(r.parameters, r.worst).toBeLessThan(1e-4);
  }, 60_000);
});
