// Writes model/tiny-linear.onnx: logits = Gemm(Flatten(x), W, b, transB=1). Run with `npx tsx scripts/make-model.ts`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeModel } from '@transferlab/engine';

const W = Float32Array.from({ length: 32 }, (_, i) => (i < 16 ? -0.5 : 0.5));
const bytes = encodeModel({
  irVersion: 8,
  opsetVersion: 17,
  producerName: 'transferlab-example',
  metadata: {},
  graph: {
    name: 'tiny-linear',
    inputs: [{ name: 'input', dataType: 'float32', shape: ['batch', 1, 4, 4] }],
    outputs: [{ name: 'logits', dataType: 'float32', shape: ['batch', 2] }],
    valueInfo: [],
    initializers: [
      { name: 'W', dataType: 'float32', dims: [2, 16], values: W },
      { name: 'b', dataType: 'float32', dims: [2], values: new Float32Array([4, -4]) },
    ],
    nodes: [
      { name: 'flatten', opType: 'Flatten', domain: '', inputs: ['input'], outputs: ['flat'], attributes: { axis: { type: 'int', value: 1 } } },
      { name: 'fc', opType: 'Gemm', domain: '', inputs: ['flat', 'W', 'b'], outputs: ['logits'], attributes: { transB: { type: 'int', value: 1 } } },
    ],
  },
});
writeFileSync(join(__dirname, '..', 'model', 'tiny-linear.onnx'), bytes);
console.log(`wrote ${bytes.length} bytes`);
