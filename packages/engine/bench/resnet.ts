import { int, ints } from '../src/onnx/attributes';
import { GraphBuilder } from '../src/onnx/builder';
import type { ModelDef } from '../src/onnx/ir';
import { withBlocks } from '../src/split/blocks';
import { mulberry32 } from '../src/train-utils/prng';

export interface ResNetSpec {
  readonly inChannels: number;
  readonly height: number;
  readonly width: number;
  readonly classes: number;
  /** 'imagenet': 7x7/2 conv + 3x3/2 max pool (torchvision); 'small': one 3x3/1 conv (CIFAR/MNIST style). */
  readonly stem: 'imagenet' | 'small';
  /** Channels of each stage; stages after the first halve the resolution. */
  readonly widths: readonly number[];
  /** BasicBlocks per stage. */
  readonly blocks: readonly number[];
  readonly seed?: number;
}

/** torchvision resnet18: BasicBlock x [2, 2, 2, 2], widths 64..512, 1000 classes at 224x224. */
export const RESNET18: ResNetSpec = { inChannels: 3, height: 224, width: 224, classes: 1000, stem: 'imagenet', widths: [64, 128, 256, 512], blocks: [2, 2, 2, 2] };

/** A small ResNet for 28x28 grey images: three stages of one BasicBlock. */
export const SMALL_RESNET: ResNetSpec = { inChannels: 1, height: 28, width: 28, classes: 10, stem: 'small', widths: [16, 32, 64], blocks: [1, 1, 1] };

/**
 * A ResNet in torchvision's layout and parameter names (conv1, bn1, layerK.i.conv1/bn1/
 * conv2/bn2/downsample.0/.1, fc), as torch.onnx.export writes it: Conv without bias,
 * BatchNormalization (eps 1e-5, ONNX momentum 0.9), Relu, residual Add, GlobalAveragePool,
 * Flatten, Gemm(transB). Weights: Kaiming normal (fan_out) for convs as torchvision
 * initialises them, BN scale 1 and shift 0, fc uniform(+-1/sqrt(fan_in)); seeded.
 * Block outputs are recorded in metadata for splitting.
 */
export function buildResNet(spec: ResNetSpec): ModelDef {
  const b = new GraphBuilder({ name: 'resnet', opsetVersion: 17 });
  const rnd = mulberry32(spec.seed ?? 1);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const convW = (name: string, cout: number, cin: number, k: number): string => {
    const std = Math.sqrt(2 / (cout * k * k));
    return b.initializer(name, Float32Array.from({ length: cout * cin * k * k }, () => std * gauss()), [cout, cin, k, k]);
  };
  const conv = (x: string, name: string, cin: number, cout: number, k: number, stride: number): string =>
    b.op1('Conv', [x, convW(`${name}.weight`, cout, cin, k)], {
      kernel_shape: ints([k, k]), strides: ints([stride, stride]), pads: ints(Array<number>(4).fill(Math.floor(k / 2))),
    }, { name: `/${name}/Conv` });
  const bn = (x: string, name: string, c: number): string =>
    b.op1('BatchNormalization', [
      x,
      b.initializer(`${name}.weight`, new Float32Array(c).fill(1), [c]),
      b.initializer(`${name}.bias`, new Float32Array(c), [c]),
      b.initializer(`${name}.running_mean`, new Float32Array(c), [c]),
      b.initializer(`${name}.running_var`, new Float32Array(c).fill(1), [c]),
    ], { epsilon: { type: 'float', value: 1e-5 }, momentum: { type: 'float', value: 0.9 } }, { name: `/${name}/BatchNormalization` });
  const relu = (x: string, name: string): string => b.op1('Relu', [x], {}, { name });

  let x = b.input('input', 'float32', ['batch', spec.inChannels, spec.height, spec.width]);
  const first = spec.widths[0]!;
  if (spec.stem === 'imagenet') {
    x = relu(bn(conv(x, 'conv1', spec.inChannels, first, 7, 2), 'bn1', first), '/relu/Relu');
    x = b.op1('MaxPool', [x], { kernel_shape: ints([3, 3]), strides: ints([2, 2]), pads: ints([1, 1, 1, 1]) }, { name: '/maxpool/MaxPool' });
  } else {
    x = relu(bn(conv(x, 'conv1', spec.inChannels, first, 3, 1), 'bn1', first), '/relu/Relu');
  }
  const boundaries: string[] = [];
  let cin = first;
  spec.widths.forEach((w, stage) => {
    for (let i = 0; i < spec.blocks[stage]!; i++) {
      const p = `layer${stage + 1}.${i}`;
      const stride = stage > 0 && i === 0 ? 2 : 1;
      const h = relu(bn(conv(x, `${p}.conv1`, cin, w, 3, stride), `${p}.bn1`, w), `/${p}/relu/Relu`);
      const out = bn(conv(h, `${p}.conv2`, w, w, 3, 1), `${p}.bn2`, w);
      const shortcut = stride !== 1 || cin !== w ? bn(conv(x, `${p}.downsample.0`, cin, w, 1, stride), `${p}.downsample.1`, w) : x;
      x = relu(b.op1('Add', [out, shortcut], {}, { name: `/${p}/Add` }), `/${p}/relu_1/Relu`);
      boundaries.push(x);
      cin = w;
    }
  });
  const pooled = b.op1('GlobalAveragePool', [x], {}, { name: '/avgpool/GlobalAveragePool' });
  const flat = b.op1('Flatten', [pooled], { axis: int(1) }, { name: '/Flatten' });
  const bound = 1 / Math.sqrt(cin);
  const fcW = b.initializer('fc.weight', Float32Array.from({ length: spec.classes * cin }, () => bound * (2 * rnd() - 1)), [spec.classes, cin]);
  const fcB = b.initializer('fc.bias', Float32Array.from({ length: spec.classes }, () => bound * (2 * rnd() - 1)), [spec.classes]);
  const logits = b.op1('Gemm', [flat, fcW, fcB], { transB: int(1) }, { name: '/fc/Gemm', outputs: ['logits'] });
  b.output(logits);
  return withBlocks(b.build(), boundaries);
}
