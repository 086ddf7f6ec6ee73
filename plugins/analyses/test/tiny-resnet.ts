import { GraphBuilder, withBlocks, type ModelDef } from '@transferlab/engine';
import { seededRandom } from '@transferlab/sdk';

/**
 * A two-block residual CNN built with the engine's builder, block boundaries in its
 * metadata: stem conv-bn-relu, blocks relu(bn(conv(relu(bn(conv(x))))) + x), global average
 * pooling, flatten, a linear layer to `classes`. Input [N, 1, size, size].
 */
export function tinyResNet(seed: number, o: { width?: number; size?: number; classes?: number } = {}): ModelDef {
  const c = o.width ?? 4;
  const size = o.size ?? 8;
  const rng = seededRandom(seed);
  const b = new GraphBuilder({ name: 'tiny_resnet', opsetVersion: 17 });
  const rand = (name: string, dims: number[], scale: number, offset = 0) =>
    b.initializer(name, Float32Array.from({ length: dims.reduce((x, y) => x * y, 1) }, () => offset + scale * (2 * rng() - 1)), dims);
  const convBn = (x: string, cin: number, name: string): string => {
    const conv = b.op1('Conv', [x, rand(`${name}.w`, [c, cin, 3, 3], 1 / Math.sqrt(cin * 9))], { pads: { type: 'ints', value: [1, 1, 1, 1] } });
    return b.op1('BatchNormalization', [conv, rand(`${name}.gamma`, [c], 0.1, 1), rand(`${name}.beta`, [c], 0.1), rand(`${name}.mean`, [c], 0.05), rand(`${name}.var`, [c], 0.1, 1)]);
  };
  let h = b.op1('Relu', [convBn(b.input('x', 'float32', ['N', 1, size, size]), 1, 'stem')], {}, { outputs: ['stem_out'] });
  const blocks: string[] = [];
  for (const name of ['block1', 'block2']) {
    const inner = b.op1('Relu', [convBn(h, c, `${name}.a`)]);
    const sum = b.op1('Add', [convBn(inner, c, `${name}.b`), h]);
    h = b.op1('Relu', [sum], {}, { outputs: [`${name}_out`] });
    blocks.push(h);
  }
  const flat = b.op1('Flatten', [b.op1('GlobalAveragePool', [h])], {}, { outputs: ['features'] });
  const classes = o.classes ?? 10;
  b.op1('Gemm', [flat, rand('fc.w', [classes, c], 1 / Math.sqrt(c)), rand('fc.b', [classes], 0.1)], { transB: { type: 'int', value: 1 } }, { outputs: ['logits'] });
  b.output('logits');
  return withBlocks(b.build(), blocks);
}
