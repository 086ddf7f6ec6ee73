import { parseArgs } from 'node:util';
import { Tensor } from 'onnxruntime-node';
import { im2colWeightGrad } from '../src/grad/ops/conv-weight-grad';
import { intsAttr } from '../src/grad/ops/core-helpers';
import type { GradEmitter } from '../src/grad/rule';
import { GraphBuilder } from '../src/onnx/builder';
import { timeInterleaved, uniformImages } from './timing';
import { printProfile } from './profile-ops';

/**
 * Conv weight-gradient formulations per ResNet layer shape, timed interleaved against the
 * forward Conv of that shape (weights constant, as ONNX Runtime runs a forward model); the
 * choice in src/grad/ops/conv-weight-grad.ts came from these ratios.
 * Usage: tsx bench/conv-grad-micro.ts [shape ..] [--variants current,stackImg] [--secs 8]; --profile
 * prints ONNX Runtime's per-op times instead.
 */
interface Shape {
  n: number;
  c: number;
  m: number;
  h: number;
  k: number;
  s: number;
  p: number;
}

type Variant = (e: GradEmitter, x: string, dy: string, sh: Shape, ho: number) => string;

const emitterOf = (b: GraphBuilder): GradEmitter => ({
  op: (t, i, a, o) => b.op(t, i, a, { outputs: o ?? 1 }),
  op1: (t, i, a) => b.op1(t, i, a),
  constant: (v, d, dt) => b.constant(v, d, dt),
  int64s: (v) => b.int64s(v),
  scalar: (v) => b.constant([v], []),
});

const current: Variant = (e, x, dy, sh, ho) =>
  im2colWeightGrad(
    e,
    x,
    dy,
    sh.c,
    sh.m,
    [sh.k, sh.k],
    [ho, ho],
    [sh.s, sh.s],
    [1, 1],
    [sh.p, sh.p, sh.p, sh.p],
  );

/** Stride 1: padded width, flattened; each offset a contiguous slice. */
const flat =
  (perImage: boolean): Variant =>
  (e, x, dy, sh, ho) => {
    const { c, m, k, p } = sh;
    const wp = sh.h + 2 * p;
    const extraRows = Math.ceil((k - 1) / wp);
    const hp = sh.h + 2 * p + extraRows;
    const src = perImage ? x : e.op1('Transpose', [x], { perm: intsAttr([1, 0, 2, 3]) });
    const padded = e.op1('Pad', [src, e.int64s([0, 0, p, p, 0, 0, p + extraRows, p])]);
    const xf = e.op1('Reshape', [padded, e.int64s([0, 0, hp * wp])]);
    const dyp = e.op1('Pad', [dy, e.int64s([0, 0, 0, 0, 0, 0, 0, wp - ho])]);
    const L = ho * wp;
    const dyMat = perImage
      ? e.op1('Reshape', [dyp, e.int64s([0, m, L])])
      : e.op1('Reshape', [e.op1('Transpose', [dyp], { perm: intsAttr([1, 0, 2, 3]) }), e.int64s([m, -1])]);
    const parts: string[] = [];
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) {
        const st = i * wp + j;
        const sl = e.op1('Slice', [xf, e.int64s([st]), e.int64s([st + L]), e.int64s([2])]);
        if (perImage) {
          const prod = e.op1('MatMul', [dyMat, e.op1('Transpose', [sl], { perm: intsAttr([0, 2, 1]) })]);
          parts.push(e.op1('ReduceSum', [prod, e.int64s([0])], { keepdims: { type: 'int', value: 0 } }));
        } else {
          parts.push(
            e.op1('Gemm', [dyMat, e.op1('Reshape', [sl, e.int64s([c, -1])])], {
              transB: { type: 'int', value: 1 },
            }),
          );
        }
      }
    const st = e.op1(
      'Concat',
      parts.map((q) => e.op1('Unsqueeze', [q, e.int64s([2])])),
      { axis: { type: 'int', value: 2 } },
    );
    return e.op1('Reshape', [st, e.int64s([m, c, k, k])]);
  };

/** Channels-last im2col: slices of NHWC X, one Concat, one Gemm. */
const nhwc =
  (oneGemm: boolean): Variant =>
  (e, x, dy, sh, ho) => {
    const { c, m, k, p, s } = sh;
    const xt = e.op1('Transpose', [x], { perm: intsAttr([0, 2, 3, 1]) });
    const padded = p ? e.op1('Pad', [xt, e.int64s([0, p, p, 0, 0, p, p, 0])]) : xt;
    const dyt = e.op1('Reshape', [
      e.op1('Transpose', [dy], { perm: intsAttr([0, 2, 3, 1]) }),
      e.int64s([-1, m]),
    ]);
    const slices: string[] = [];
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) {
        slices.push(
          e.op1('Slice', [
            padded,
            e.int64s([i, j]),
            e.int64s([i + (ho - 1) * s + 1, j + (ho - 1) * s + 1]),
            e.int64s([1, 2]),
            e.int64s([s, s]),
          ]),
        );
      }
    if (oneGemm) {
      const cols = e.op1('Reshape', [
        e.op1('Concat', slices, { axis: { type: 'int', value: 3 } }),
        e.int64s([-1, k * k * c]),
      ]);
      const g = e.op1('Gemm', [dyt, cols], { transA: { type: 'int', value: 1 } }); // [M, k*k*C]
      return e.op1('Transpose', [e.op1('Reshape', [g, e.int64s([m, k, k, c])])], {
        perm: intsAttr([0, 3, 1, 2]),
      });
    }
    const parts = slices.map((sl) =>
      e.op1('Unsqueeze', [
        e.op1('Gemm', [dyt, e.op1('Reshape', [sl, e.int64s([-1, c])])], {
          transA: { type: 'int', value: 1 },
        }),
        e.int64s([2]),
      ]),
    );
    return e.op1('Reshape', [
      e.op1('Concat', parts, { axis: { type: 'int', value: 2 } }),
      e.int64s([m, c, k, k]),
    ]);
  };

/** All offsets stacked into one im2col (Concat), dY packed once: per image [N, k*k*C, P] x [N, P, M], or batched [k*k*C, N*P] x [N*P, M]. */
const stackT =
  (perImage: boolean): Variant =>
  (e, x, dy, sh, ho) => {
    const { c, m, k, p, s: st } = sh;
    const src = perImage ? x : e.op1('Transpose', [x], { perm: intsAttr([1, 0, 2, 3]) });
    const padded = p ? e.op1('Pad', [src, e.int64s([0, 0, p, p, 0, 0, p, p])]) : src;
    const slices: string[] = [];
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) {
        slices.push(
          e.op1('Slice', [
            padded,
            e.int64s([i, j]),
            e.int64s([i + (ho - 1) * st + 1, j + (ho - 1) * st + 1]),
            e.int64s([2, 3]),
            e.int64s([st, st]),
          ]),
        );
      }
    let prod: string;
    if (perImage) {
      const cols = e.op1('Reshape', [
        e.op1('Concat', slices, { axis: { type: 'int', value: 1 } }),
        e.int64s([0, k * k * c, -1]),
      ]);
      const dyT = e.op1('Transpose', [e.op1('Reshape', [dy, e.int64s([0, m, -1])])], {
        perm: intsAttr([0, 2, 1]),
      });
      prod = e.op1('ReduceSum', [e.op1('MatMul', [cols, dyT]), e.int64s([0])], {
        keepdims: { type: 'int', value: 0 },
      });
    } else {
      const cols = e.op1('Reshape', [
        e.op1('Concat', slices, { axis: { type: 'int', value: 0 } }),
        e.int64s([k * k * c, -1]),
      ]);
      const dyMat = e.op1('Reshape', [
        e.op1('Transpose', [dy], { perm: intsAttr([1, 0, 2, 3]) }),
        e.int64s([m, -1]),
      ]);
      prod = e.op1('Gemm', [cols, dyMat], { transB: { type: 'int', value: 1 } });
    }
    return e.op1('Transpose', [e.op1('Reshape', [prod, e.int64s([k, k, c, m])])], {
      perm: intsAttr([3, 2, 0, 1]),
    });
  };

/**
 * im2col as one grouped Conv with a constant one-hot kernel ([C*k*k, 1, k, k], group C): output
 * channel c*k*k + t is X[c] shifted by kernel offset t, the order of W's [M, C, k, k]. Per image
 * dY [M, P] x cols^T [P, C*k*k], summed over the batch; or (batched) one Gemm over N*P.
 */
const unfold =
  (perImage: boolean): Variant =>
  (e, x, dy, sh, _ho) => {
    const { c, m, k, p, s: st, n } = sh;
    const kk = k * k;
    const groups = perImage ? c : n * c;
    const onehot = new Float32Array(groups * kk * kk);
    for (let g = 0; g < groups; g++) for (let t = 0; t < kk; t++) onehot[(g * kk + t) * kk + t] = 1;
    const src = perImage ? x : e.op1('Reshape', [x, e.int64s([1, n * c, sh.h, sh.h])]);
    const cols = e.op1('Conv', [src, e.constant(onehot, [groups * kk, 1, k, k])], {
      strides: intsAttr([st, st]),
      pads: intsAttr([p, p, p, p]),
      group: { type: 'int', value: groups },
    });
    const colsMat = e.op1('Reshape', [cols, e.int64s([n, c * kk, -1])]);
    const dyMat = e.op1('Reshape', [dy, e.int64s([n, m, -1])]);
    const prod = e.op1('MatMul', [dyMat, e.op1('Transpose', [colsMat], { perm: intsAttr([0, 2, 1]) })]);
    const summed = e.op1('ReduceSum', [prod, e.int64s([0])], { keepdims: { type: 'int', value: 0 } });
    return e.op1('Reshape', [summed, e.int64s([m, c, k, k])]);
  };

async function main(): Promise<void> {
  const shapes: Record<string, Shape> = {
    l1: { n: 16, c: 64, m: 64, h: 56, k: 3, s: 1, p: 1 },
    l2: { n: 16, c: 128, m: 128, h: 28, k: 3, s: 1, p: 1 },
    l3: { n: 16, c: 256, m: 256, h: 14, k: 3, s: 1, p: 1 },
    l4: { n: 16, c: 512, m: 512, h: 7, k: 3, s: 1, p: 1 },
    l2s2: { n: 16, c: 64, m: 128, h: 56, k: 3, s: 2, p: 1 },
    l3s2: { n: 16, c: 128, m: 256, h: 28, k: 3, s: 2, p: 1 },
    l4s2: { n: 16, c: 256, m: 512, h: 14, k: 3, s: 2, p: 1 },
    stem: { n: 16, c: 3, m: 64, h: 224, k: 7, s: 2, p: 3 },
    small1: { n: 128, c: 16, m: 16, h: 28, k: 3, s: 1, p: 1 },
    small2: { n: 128, c: 32, m: 32, h: 14, k: 3, s: 1, p: 1 },
    small3: { n: 128, c: 64, m: 64, h: 7, k: 3, s: 1, p: 1 },
  };
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      variants: { type: 'string', default: '' },
      profile: { type: 'boolean', default: false },
      secs: { type: 'string', default: '4' },
      threads: { type: 'string', default: '2' },
    },
  });
  const pick = positionals.filter((a) => a in shapes);
  const all: Record<string, Variant> = {
    current,
    stackImg: stackT(true),
    stackBatch: stackT(false),
    flatImg: flat(true),
    flatBatch: flat(false),
    nhwc1: nhwc(true),
    nhwc9: nhwc(false),
    unfoldImg: unfold(true),
    unfoldBatch: unfold(false),
  };
  const vpick = values.variants.split(',').filter(Boolean);
  const variants = vpick.length ? Object.fromEntries(vpick.map((v) => [v, all[v]!])) : all;
  for (const name of pick.length ? pick : Object.keys(shapes)) {
    const sh = shapes[name]!;
    const ho = Math.floor((sh.h + 2 * sh.p - sh.k) / sh.s) + 1;
    const xv = uniformImages(sh.n * sh.c * sh.h * sh.h, 3);
    const dyv = uniformImages(sh.n * sh.m * ho * ho, 4);
    const feeds = {
      x: new Tensor('float32', xv, [sh.n, sh.c, sh.h, sh.h]),
      dy: new Tensor('float32', dyv, [sh.n, sh.m, ho, ho]),
    };
    const fb = new GraphBuilder({ name: 'fwd', opsetVersion: 17 });
    const w = fb.initializer('w', uniformImages(sh.m * sh.c * sh.k * sh.k, 5), [sh.m, sh.c, sh.k, sh.k]);
    fb.output(
      fb.op1('Conv', [fb.input('x', 'float32', [sh.n, sh.c, sh.h, sh.h]), w], {
        strides: intsAttr([sh.s, sh.s]),
        pads: intsAttr([sh.p, sh.p, sh.p, sh.p]),
        kernel_shape: intsAttr([sh.k, sh.k]),
      }),
    );
    const graphs = [{ name: 'forward', model: fb.build(), feeds: { x: feeds.x } }];
    for (const [vn, v] of Object.entries(variants)) {
      if (vn.startsWith('flat') && sh.s !== 1) continue;
      const b = new GraphBuilder({ name: vn, opsetVersion: 17 });
      const x = b.input('x', 'float32', [sh.n, sh.c, sh.h, sh.h]);
      const dy = b.input('dy', 'float32', [sh.n, sh.m, ho, ho]);
      b.output(v(emitterOf(b), x, dy, sh, ho));
      graphs.push({ name: vn, model: b.build(), feeds });
    }
    if (values.profile) {
      for (const g of graphs) await printProfile(`${name}-${g.name}`, g.model, g.feeds, 3, 0, Number(values.threads));
      continue;
    }
    const { timings, ratios } = await timeInterleaved(graphs, sh.n, {
      threads: Number(values.threads),
      minRounds: 5,
      minSeconds: Number(values.secs),
    });
    console.log(
      `${name} fwd ${(timings.forward!.secondsPerBatch * 1000).toFixed(1)} ms; ` +
        graphs
          .slice(1)
          .map((g) => `${g.name} ${ratios[g.name]!.toFixed(2)}x`)
          .join(', '),
    );
  }
}
void main();
