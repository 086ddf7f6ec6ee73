import type { NodeDef, TensorData } from '../onnx/ir';
import { interpolationMatrix, transposed, type ResizeConvention } from './interpolation';

/** What the model expects; structurally the sdk's InputSpec (the engine imports nothing of ours). */
export interface ModelInputSpec {
  readonly channels: 1 | 3;
  readonly height: number;
  readonly width: number;
  readonly mean: readonly number[];
  readonly std: readonly number[];
}

/** The dataset's images: [channels, height, width], values in [0, 1]. */
export type ImageShape = readonly [number, number, number];

export interface PreprocessOptions {
  readonly resize?: ResizeConvention;
  /** Prefix of every node and initializer name the prefix adds. */
  readonly namePrefix?: string;
}

export interface PreprocessGraph {
  readonly nodes: NodeDef[];
  readonly initializers: TensorData[];
}

/** ITU-R BT.601 luma, as PIL's convert('L') and torchvision's rgb_to_grayscale. */
const LUMA = [0.299, 0.587, 0.114];

function f32(name: string, dims: number[], values: ArrayLike<number>): TensorData {
  return { name, dataType: 'float32', dims, values: Float32Array.from(values) };
}

/**
 * Nodes that turn `input` (N x C_d x H_d x W_d in [0,1]) into `output` (what the model
 * expects): channel reduction (RGB->grey) before resizing and channel expansion
 * (grey->RGB) after it, so resizing touches as few channels as possible; bilinear resize
 * as two MatMuls with interpolation matrices; then (x - mean) / std. Only MatMul,
 * Transpose, Concat, Sub and Div appear, all differentiable by the engine's rules.
 */
export function preprocessGraph(spec: ModelInputSpec, image: ImageShape, input: string, output: string, options: PreprocessOptions = {}): PreprocessGraph {
  const [cd, hd, wd] = image;
  const p = options.namePrefix ?? 'transferlab_pre/';
  const mode = options.resize ?? 'half_pixel';
  if (cd !== 1 && cd !== 3) throw new RangeError(`dataset images must have 1 or 3 channels, got ${cd}`);
  if (spec.mean.length !== spec.channels || spec.std.length !== spec.channels) {
    throw new RangeError(`mean and std need ${spec.channels} values each, got ${spec.mean.length} and ${spec.std.length}`);
  }
  if (spec.std.some((s) => !(s > 0))) throw new RangeError(`std values must be > 0, got ${spec.std.join(', ')}`);
  const nodes: NodeDef[] = [];
  const initializers: TensorData[] = [];
  let cur = input;
  const add = (opType: string, inputs: string[], attributes: NodeDef['attributes'] = {}): string => {
    const out = `${p}${nodes.length}_${opType.toLowerCase()}`;
    nodes.push({ name: `${out}_node`, opType, domain: '', inputs, outputs: [out], attributes });
    return out;
  };

  if (cd === 3 && spec.channels === 1) {
    // [N,3,H,W] -> [N,H,W,3] . [3,1] -> [N,H,W,1] -> [N,1,H,W]
    initializers.push(f32(`${p}luma`, [3, 1], LUMA));
    const nhwc = add('Transpose', [cur], { perm: { type: 'ints', value: [0, 2, 3, 1] } });
    const grey = add('MatMul', [nhwc, `${p}luma`]);
    cur = add('Transpose', [grey], { perm: { type: 'ints', value: [0, 3, 1, 2] } });
  }
  if (wd !== spec.width) {
    // X . R_w^T: [.., H_d, W_d] x [W_d, W_m]
    initializers.push(f32(`${p}resize_w`, [wd, spec.width], transposed(interpolationMatrix(wd, spec.width, mode), spec.width, wd)));
    cur = add('MatMul', [cur, `${p}resize_w`]);
  }
  if (hd !== spec.height) {
    // R_h . X: [H_m, H_d] x [.., H_d, W_m], broadcast over N and C
    initializers.push(f32(`${p}resize_h`, [spec.height, hd], interpolationMatrix(hd, spec.height, mode)));
    cur = add('MatMul', [`${p}resize_h`, cur]);
  }
  if (cd === 1 && spec.channels === 3) cur = add('Concat', [cur, cur, cur], { axis: { type: 'int', value: 1 } });
  const c = spec.channels;
  initializers.push(f32(`${p}mean`, [1, c, 1, 1], spec.mean), f32(`${p}std`, [1, c, 1, 1], spec.std));
  const centred = add('Sub', [cur, `${p}mean`]);
  nodes.push({ name: `${p}normalise`, opType: 'Div', domain: '', inputs: [centred, `${p}std`], outputs: [output], attributes: {} });
  return { nodes, initializers };
}
