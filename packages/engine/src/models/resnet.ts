import type { InputSpec } from '@transferlab/sdk';
import { writeMetadata } from '../inspect/metadata';
import { float, int, ints } from '../onnx/attributes';
import { GraphBuilder } from '../onnx/builder';
import type { ModelDef } from '../onnx/ir';
import { mulberry32 } from '../train-utils/prng';

export interface ResNetConfig {
  readonly input: InputSpec;
  readonly classes: number;
  /** Channels of the first stage; each later stage doubles them and halves the resolution. */
  readonly width: number;
  /** BasicBlocks per stage (depth = 2 + 2 * sum). */
  readonly blocks: readonly number[];
  /** 'small': one 3x3/1 conv (CIFAR style); 'imagenet': 7x7/2 conv and 3x3/2 max pool (torchvision). */
  readonly stem?: 'small' | 'imagenet';
  /** 'separate': Conv + BatchNormalization (trainable); 'fused': Conv with bias, as export folds BN in. */
  readonly batchNorm?: 'separate' | 'fused';
  readonly opset?: number;
  readonly seed?: number;
}

export interface BuiltResNet {
  readonly model: ModelDef;
  readonly architecture: string;
  readonly featureTensor: string;
  readonly blocks: readonly string[];
  readonly parameterCount: number;
}

export function architectureName(c: Pick<ResNetConfig, 'width' | 'blocks'>): string {
  return `resnet${2 + 2 * c.blocks.reduce((a, b) => a + b, 0)}-w${c.width}`;
}

/**
 * A ResNet of BasicBlocks in the layout and naming torch.onnx.export writes for torchvision
 * models (node '/layer1/layer1.0/conv1/Conv', tensor '..._output_0', parameters
 * 'layer1.0.conv1.weight'), so the zoo's models and imported ones look alike. Kaiming-normal
 * (fan_out) conv weights, BN scale 1 and shift 0, fc uniform(+-1/sqrt(fan_in)), all seeded.
 * The metadata names the input spec, the feature tensor and every block output.
 */
export function buildResNet(c: ResNetConfig): BuiltResNet {
  const b = new GraphBuilder({ name: 'resnet', opsetVersion: c.opset ?? 17, producerName: 'transferlab' });
  const rnd = mulberry32(c.seed ?? 1);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const fused = c.batchNorm === 'fused';
  let params = 0;
  const param = (name: string, values: Float32Array, dims: number[]): string => {
    params += values.length;
    return b.initializer(name, values, dims);
  };
  const node = (op: string, path: string, inputs: string[], attrs: Parameters<GraphBuilder['op1']>[2] = {}): string =>
    b.op1(op, inputs, attrs, { name: `${path}/${op}`, outputs: [`${path}/${op}_output_0`] });
  // Module path as the exporter writes it: layer1.0.downsample.0 -> /layer1/layer1.0/downsample/downsample.0
  const scope = (name: string): string => {
    const [head = '', idx, ...rest] = name.split('.');
    if (!head.startsWith('layer') || idx === undefined) return `/${name}`;
    const block = `/${head}/${head}.${idx}`;
    return rest[0] === 'downsample' ? `${block}/downsample/downsample.${rest[1] ?? '0'}` : `${block}/${rest.join('.')}`;
  };

  const conv = (x: string, name: string, cin: number, cout: number, k: number, stride: number): string => {
    const std = Math.sqrt(2 / (cout * k * k));
    const w = param(`${name}.weight`, Float32Array.from({ length: cout * cin * k * k }, () => std * gauss()), [cout, cin, k, k]);
    const inputs = fused ? [x, w, param(`${name}.bias`, new Float32Array(cout), [cout])] : [x, w];
    return node('Conv', scope(name), inputs, { kernel_shape: ints([k, k]), strides: ints([stride, stride]), pads: ints(Array<number>(4).fill(Math.floor(k / 2))), dilations: ints([1, 1]), group: int(1) });
  };
  const bn = (x: string, name: string, ch: number): string => {
    if (fused) return x;
    return node('BatchNormalization', scope(name), [
      x,
      param(`${name}.weight`, new Float32Array(ch).fill(1), [ch]),
      param(`${name}.bias`, new Float32Array(ch), [ch]),
      b.initializer(`${name}.running_mean`, new Float32Array(ch), [ch]),
      b.initializer(`${name}.running_var`, new Float32Array(ch).fill(1), [ch]),
    ], { epsilon: float(1e-5), momentum: float(0.9) });
  };
  const relu = (x: string, path: string): string => node('Relu', path, [x]);

  const { channels, height, width } = c.input;
  let x = b.input('input', 'float32', ['batch', channels, height, width]);
  const first = c.width;
  x = relu(bn(conv(x, 'conv1', channels, first, c.stem === 'imagenet' ? 7 : 3, c.stem === 'imagenet' ? 2 : 1), 'bn1', first), '/relu');
  if (c.stem === 'imagenet') x = node('MaxPool', '/maxpool', [x], { kernel_shape: ints([3, 3]), strides: ints([2, 2]), pads: ints([1, 1, 1, 1]), ceil_mode: int(0), dilations: ints([1, 1]) });
  const boundaries: string[] = [];
  let cin = first;
  c.blocks.forEach((count, stage) => {
    const w = first * 2 ** stage;
    for (let i = 0; i < count; i++) {
      const p = `layer${stage + 1}.${i}`;
      const path = `/layer${stage + 1}/${p}`;
      const stride = stage > 0 && i === 0 ? 2 : 1;
      const h = relu(bn(conv(x, `${p}.conv1`, cin, w, 3, stride), `${p}.bn1`, w), `${path}/relu`);
      const out = bn(conv(h, `${p}.conv2`, w, w, 3, 1), `${p}.bn2`, w);
      const shortcut = stride !== 1 || cin !== w ? bn(conv(x, `${p}.downsample.0`, cin, w, 1, stride), `${p}.downsample.1`, w) : x;
      x = relu(node('Add', path, [out, shortcut]), `${path}/relu_1`);
      boundaries.push(x);
      cin = w;
    }
  });
  const pooled = node('GlobalAveragePool', '/avgpool', [x]);
  const features = node('Flatten', '', [pooled], { axis: int(1) });
  const bound = 1 / Math.sqrt(cin);
  const fcW = param('fc.weight', Float32Array.from({ length: c.classes * cin }, () => bound * (2 * rnd() - 1)), [c.classes, cin]);
  const fcB = param('fc.bias', Float32Array.from({ length: c.classes }, () => bound * (2 * rnd() - 1)), [c.classes]);
  b.output(b.op1('Gemm', [features, fcW, fcB], { alpha: float(1), beta: float(1), transB: int(1) }, { name: '/fc/Gemm', outputs: ['logits'] }));
  const architecture = architectureName(c);
  Object.assign(b.metadata, writeMetadata({ input: c.input, featureTensor: features, blocks: boundaries, architecture, numClasses: c.classes }));
  return { model: b.build(), architecture, featureTensor: features, blocks: boundaries, parameterCount: params };
}
