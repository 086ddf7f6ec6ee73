import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { GraphBuilder } from '../src/onnx/builder';
import { encodeModel } from '../src/onnx/codec';
import { uniformImages } from './timing';

/**
 * One Conv three ways, to locate the cost of weights as graph inputs (as a training step
 * feeds them): constant weights (ONNX Runtime rewrites the Conv to its NCHWc kernel and
 * pre-packs the filter), weights as an input (plain im2col + GEMM path), and weights as an
 * input laid out by hand for ONNX Runtime's internal com.microsoft.nchwc Conv (filter
 * reordered in the graph by Reshape/Transpose). Prints milliseconds per run and the largest
 * difference from the constant-weight output.
 * Usage: tsx bench/nchwc-probe.ts [--n 16 --c 64 --m 64 --h 56 --k 3 --s 1] [--block 16] [--reps 30]
 * (--block is MLAS's NCHWc block: 16 with AVX-512, 8 with AVX2.)
 */
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '16' }, c: { type: 'string', default: '64' }, m: { type: 'string', default: '64' },
    h: { type: 'string', default: '56' }, k: { type: 'string', default: '3' }, s: { type: 'string', default: '1' },
    block: { type: 'string', default: '16' }, reps: { type: 'string', default: '30' },
  },
});
const [N, C, M, H, K, S, B, REPS] = [values.n, values.c, values.m, values.h, values.k, values.s, values.block, values.reps].map(Number) as [number, number, number, number, number, number, number, number];
const pad = (K - 1) >> 1;
const weights = uniformImages(M * C * K * K, 3).map((v) => v - 0.5);
const images = uniformImages(N * C * H * H, 5);
const convAttrs = { pads: { type: 'ints' as const, value: [pad, pad, pad, pad] }, strides: { type: 'ints' as const, value: [S, S] } };

type Kind = 'constant' | 'input' | 'nchwc-input';

function model(kind: Kind) {
  const b = new GraphBuilder();
  const x = b.input('x', 'float32', [N, C, H, H]);
  const w = kind === 'constant' ? b.initializer('w', weights, [M, C, K, K]) : b.input('w', 'float32', [M, C, K, K]);
  if (kind !== 'nchwc-input') {
    b.output(b.op1('Conv', [x, w], convAttrs), 'float32');
    return b.build();
  }
  b.extraOpsets['com.microsoft.nchwc'] = 1;
  const nchwc = { domain: 'com.microsoft.nchwc' };
  // Filter blocks: [M/B, C/B, K, K, Bi, Bo] when C >= B (input reordered too); [M/B, C, K, K, Bo] below.
  const blocked = C >= B
    ? b.op1('Transpose', [b.op1('Reshape', [w, b.int64s([M / B, B, C / B, B, K, K])])], { perm: { type: 'ints', value: [0, 2, 4, 5, 3, 1] } })
    : b.op1('Transpose', [b.op1('Reshape', [w, b.int64s([M / B, B, C, K, K])])], { perm: { type: 'ints', value: [0, 2, 3, 4, 1] } });
  const filter = b.op1('Reshape', [blocked, b.int64s([M, C, K, K])]);
  const input = C >= B ? b.op1('ReorderInput', [x], {}, nchwc) : x;
  const y = b.op1('Conv', [input, filter], convAttrs, nchwc);
  b.output(b.op1('ReorderOutput', [y], { channels: { type: 'int', value: M } }, nchwc), 'float32');
  return b.build();
}

async function main(): Promise<void> {
  const x = new Tensor('float32', images, [N, C, H, H]);
  const w = new Tensor('float32', weights, [M, C, K, K]);
  let reference: Float32Array | undefined;
  for (const kind of ['constant', 'input', 'nchwc-input', 'constant', 'input', 'nchwc-input'] as const) {
    const s = await InferenceSession.create(encodeModel(model(kind)), { intraOpNumThreads: availableParallelism(), graphOptimizationLevel: 'all' });
    const feeds: Record<string, Tensor> = kind === 'constant' ? { x } : { x, w };
    let out = await s.run(feeds);
    const t0 = performance.now();
    for (let i = 0; i < REPS; i++) out = await s.run(feeds);
    const ms = (performance.now() - t0) / REPS;
    const y = Object.values(out)[0]!.data as Float32Array;
    reference ??= y;
    let err = 0;
    for (let i = 0; i < y.length; i++) err = Math.max(err, Math.abs(y[i]! - reference[i]!));
    console.log(`${kind.padEnd(12)} ${ms.toFixed(2)} ms/run, max |difference| from constant ${err.toExponential(2)}`);
    await s.release();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
