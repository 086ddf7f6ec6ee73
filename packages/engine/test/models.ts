import { float, int, ints } from '../src/onnx/attributes';
import { GraphBuilder } from '../src/onnx/builder';
import type { ModelDef } from '../src/onnx/ir';
import { rng } from './grad-check';

/** Seeded He-normal initialisation. */
export function heNormal(n: number, fanIn: number, seed: number): Float32Array {
  const r = rng(seed);
  const std = Math.sqrt(2 / fanIn);
  return Float32Array.from({ length: n }, () => std * Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r()));
}

class Net {
  private seed = 1;
  constructor(readonly b: GraphBuilder, private readonly randomStats: boolean) {}

  conv(x: string, cin: number, cout: number, k: number, stride: number, pad: number, name: string, bias = false): string {
    const w = this.b.initializer(`${name}.weight`, heNormal(cout * cin * k * k, cin * k * k, this.seed++), [cout, cin, k, k]);
    const inputs = [x, w];
    if (bias) inputs.push(this.b.initializer(`${name}.bias`, new Float32Array(cout), [cout]));
    return this.b.op1('Conv', inputs, { kernel_shape: ints([k, k]), strides: ints([stride, stride]), pads: ints([pad, pad, pad, pad]) }, { name });
  }

  bn(x: string, c: number, name: string): string {
    const r = rng(this.seed++);
    const v = (lo: number, hi: number) => Float32Array.from({ length: c }, () => (this.randomStats ? lo + (hi - lo) * r() : lo === hi ? lo : (lo + hi) / 2));
    const ins = [
      this.b.initializer(`${name}.weight`, this.randomStats ? v(0.5, 1.5) : new Float32Array(c).fill(1), [c]),
      this.b.initializer(`${name}.bias`, this.randomStats ? v(-0.2, 0.2) : new Float32Array(c), [c]),
      this.b.initializer(`${name}.running_mean`, this.randomStats ? v(-0.2, 0.2) : new Float32Array(c), [c]),
      this.b.initializer(`${name}.running_var`, this.randomStats ? v(0.5, 1.5) : new Float32Array(c).fill(1), [c]),
    ];
    return this.b.op1('BatchNormalization', [x, ...ins], { epsilon: float(1e-5), momentum: float(0.9) }, { name });
  }

  relu(x: string): string {
    return this.b.op1('Relu', [x]);
  }

  linear(x: string, k: number, classes: number, name: string): string {
    const w = this.b.initializer(`${name}.weight`, heNormal(classes * k, k, this.seed++), [classes, k]);
    const bias = this.b.initializer(`${name}.bias`, new Float32Array(classes), [classes]);
    return this.b.op1('Gemm', [x, w, bias], { transB: int(1) }, { name, outputs: ['logits'] });
  }

  block(x: string, cin: number, cout: number, stride: number, name: string): string {
    let y = this.relu(this.bn(this.conv(x, cin, cout, 3, stride, 1, `${name}.conv1`), cout, `${name}.bn1`));
    y = this.bn(this.conv(y, cout, cout, 3, 1, 1, `${name}.conv2`), cout, `${name}.bn2`);
    const skip = stride !== 1 || cin !== cout ? this.bn(this.conv(x, cin, cout, 1, stride, 0, `${name}.downsample.0`), cout, `${name}.downsample.1`) : x;
    return this.relu(this.b.op1('Add', [y, skip]));
  }
}

/**
 * A ResNet-style network in torchvision's layout at toy size: conv-bn-relu stem, MaxPool,
 * a basic block, a downsampling block with a 1x1 projection, GlobalAveragePool, Flatten, Gemm.
 */
export function tinyResNet(options: { channels: number; size: number; classes: number; width?: number; batch?: number | string; randomStats?: boolean }): ModelDef {
  const b = new GraphBuilder({ name: 'tiny-resnet' });
  const w = options.width ?? 4;
  const net = new Net(b, options.randomStats ?? true);
  const x = b.input('input', 'float32', [options.batch ?? 'N', options.channels, options.size, options.size]);
  let y = net.relu(net.bn(net.conv(x, options.channels, w, 3, 1, 1, 'conv1'), w, 'bn1'));
  y = b.op1('MaxPool', [y], { kernel_shape: ints([3, 3]), strides: ints([2, 2]), pads: ints([1, 1, 1, 1]) });
  y = net.block(y, w, w, 1, 'layer1.0');
  y = net.block(y, w, 2 * w, 2, 'layer2.0');
  const pooled = b.op1('Flatten', [b.op1('GlobalAveragePool', [y])], {}, { outputs: ['features'] });
  b.output(net.linear(pooled, 2 * w, options.classes, 'fc'));
  return b.build();
}

/** A small MNIST CNN: conv(c1)-bn-relu-maxpool, conv(c2)-bn-relu-maxpool, fc 64, relu, fc 10. */
export function mnistCnn(c1 = 16, c2 = 32): ModelDef {
  const b = new GraphBuilder({ name: 'mnist-cnn' });
  const net = new Net(b, false);
  const x = b.input('input', 'float32', ['N', 1, 28, 28]);
  const pool = (t: string) => b.op1('MaxPool', [t], { kernel_shape: ints([2, 2]), strides: ints([2, 2]) });
  let y = pool(net.relu(net.bn(net.conv(x, 1, c1, 3, 1, 1, 'conv1'), c1, 'bn1')));
  y = pool(net.relu(net.bn(net.conv(y, c1, c2, 3, 1, 1, 'conv2'), c2, 'bn2')));
  y = b.op1('Flatten', [y]);
  const k = c2 * 49;
  const w1 = b.initializer('fc1.weight', heNormal(64 * k, k, 99), [64, k]);
  const b1 = b.initializer('fc1.bias', new Float32Array(64), [64]);
  const h = net.relu(b.op1('Gemm', [y, w1, b1], { transB: int(1) }, { outputs: ['features'] }));
  b.output(net.linear(h, 64, 10, 'fc2'));
  return b.build();
}
