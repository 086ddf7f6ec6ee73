import { onnx } from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { encodeModel } from '../onnx/codec';
import type { ModelDef, NodeDef, TensorData, ValueInfo } from '../onnx/ir';
import { f32, i64, model, node } from '../../test/fixtures/tiny-models';
import { countGraphEntries } from './proto-scan';
import { validateModel } from './validate-model';
import { ModelValidationCode, ModelValidationError } from './validation-error';

function rejection(fn: () => unknown): ModelValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ModelValidationError) return e;
    throw e;
  }
  throw new Error('expected a ModelValidationError');
}

const scalar = (name: string, v: number): TensorData => ({ name, dataType: 'float32', dims: [], values: Float32Array.of(v) });

function graph(nodes: NodeDef[], inputs: ValueInfo[], initializers: TensorData[], output: string): ModelDef {
  return model(nodes, { inputs, initializers, outputs: [{ name: output, dataType: 'float32', shape: undefined }] });
}

/** The validation error of a model, which must be a refused tensor. */
function oversize(m: ModelDef): string {
  const e = rejection(() => validateModel(encodeModel(m)));
  expect(e.code).toBe(ModelValidationCode.TensorTooLarge);
  return e.message;
}

describe('validateModel bounds every tensor of known shape', () => {
  it('refuses a ConstantOfShape bomb (a 2^32-element tensor from a 2-entry shape), naming op, node and size', () => {
    const m = graph([node('ConstantOfShape', ['shape'], ['y'], 'bomb')], [], [i64('shape', [65536, 65536])], 'y');
    expect(oversize(m)).toBe(
      "node 'bomb' (ConstantOfShape) makes tensor 'y' of shape [65536, 65536]: 4294967296 elements (4.29e+9), over the limit of 268435456 elements per tensor",
    );
  });

  it('refuses an Expand bomb', () => {
    const m = graph([node('Expand', ['x', 'shape'], ['y'], 'grow')], [{ name: 'x', dataType: 'float32', shape: [1] }], [i64('shape', [100000, 50000])], 'y');
    expect(oversize(m)).toMatch(/^node 'grow' \(Expand\) makes tensor 'y' of shape \[100000, 50000\]: 5000000000 elements/);
  });

  it('refuses a Tile bomb', () => {
    const m = graph([node('Tile', ['x', 'reps'], ['y'], 'tile0')], [{ name: 'x', dataType: 'float32', shape: [4, 4] }], [i64('reps', [16384, 16384])], 'y');
    expect(oversize(m)).toMatch(/^node 'tile0' \(Tile\) makes tensor 'y' of shape \[65536, 65536\]: 4294967296 elements/);
  });

  it('follows shapes computed from Shape and Concat, counting the symbolic batch as 1 (or as configured)', () => {
    const m = graph(
      [node('Shape', ['x'], ['s'], 'shape0'), node('Concat', ['s', 'big'], ['t'], 'cat0', { axis: { type: 'int', value: 0 } }), node('ConstantOfShape', ['t'], ['y'], 'fill')],
      [{ name: 'x', dataType: 'float32', shape: ['N', 2] }],
      [i64('big', [20000, 20000])],
      'y',
    );
    expect(oversize(m)).toMatch(/^node 'fill' \(ConstantOfShape\) makes tensor 'y' of shape \[N, 2, 20000, 20000\]: 800000000 elements \(8\.00e\+8\) \(symbolic dims counted as 1\)/);
    // Under the cap at batch 1, over it at a configured batch of 64.
    const small = graph(
      [node('Shape', ['x'], ['s']), node('Concat', ['s', 'big'], ['t'], 'cat0', { axis: { type: 'int', value: 0 } }), node('ConstantOfShape', ['t'], ['y'], 'fill')],
      [{ name: 'x', dataType: 'float32', shape: ['N', 2] }],
      [i64('big', [1000, 1000])],
      'y',
    );
    expect(validateModel(encodeModel(small)).graph.nodes).toHaveLength(3);
    const e = rejection(() => validateModel(encodeModel(small), { limits: { symbolicDimSize: 256 } }));
    expect(e.message).toMatch(/512000000 elements .* \(symbolic dims counted as 256\)/);
  });

  it('refuses Resize with float scales and with sizes', () => {
    const x: ValueInfo = { name: 'x', dataType: 'float32', shape: [1, 3, 224, 224] };
    const byScale = graph([node('Resize', ['x', '', 'scales'], ['y'], 'up')], [x], [f32('scales', [4], [1, 1, 1000, 1000])], 'y');
    expect(oversize(byScale)).toMatch(/^node 'up' \(Resize\) makes tensor 'y' of shape \[1, 3, 224000, 224000\]/);
    const bySize = graph([node('Resize', ['x', '', '', 'sizes'], ['y'], 'up2')], [x], [i64('sizes', [1, 3, 40000, 40000])], 'y');
    expect(oversize(bySize)).toMatch(/^node 'up2' \(Resize\) makes tensor 'y' of shape \[1, 3, 40000, 40000\]: 4800000000 elements/);
  });

  it('refuses a float Range and a Pad that make too many elements', () => {
    const range = graph([node('Range', ['a', 'b', 'c'], ['y'], 'r')], [], [scalar('a', 0), scalar('b', 1e10), scalar('c', 1)], 'y');
    expect(oversize(range)).toMatch(/^node 'r' \(Range\) makes tensor 'y' of shape \[10000000000\]/);
    const pad = graph([node('Pad', ['x', 'pads'], ['y'], 'pad0')], [{ name: 'x', dataType: 'float32', shape: [1, 1] }], [i64('pads', [70000, 70000, 0, 0])], 'y');
    expect(oversize(pad)).toMatch(/^node 'pad0' \(Pad\) makes tensor 'y' of shape \[70001, 70001\]/);
  });

  it('refuses a graph input declared too large, and accepts ordinary tensors under the cap', () => {
    const big = graph([node('Abs', ['x'], ['y'])], [{ name: 'x', dataType: 'float32', shape: ['N', 3, 20000, 20000] }], [], 'y');
    expect(oversize(big)).toMatch(/^graph input 'x' of shape \[N, 3, 20000, 20000\]: 1200000000 elements/);
    const ok = graph([node('Expand', ['x', 'shape'], ['y'])], [{ name: 'x', dataType: 'float32', shape: [1] }], [i64('shape', [4096, 4096])], 'y');
    expect(validateModel(encodeModel(ok)).graph.nodes).toHaveLength(1);
    expect(() => validateModel(encodeModel(ok), { limits: { maxTensorElements: 1000 } })).toThrow(/16777216 elements .*over the limit of 1000 elements per tensor/);
  });
});

/** A model of `count` Relu nodes written straight as protobuf bytes (one node encoded once, repeated). */
function manyNodes(count: number): Uint8Array {
  const nodeBytes = onnx.NodeProto.encode({ name: 'r', opType: 'Relu', input: ['x'], output: ['x'] }).finish();
  const varint = (n: number): number[] => {
    const out: number[] = [];
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    out.push(n);
    return out;
  };
  const entry = Uint8Array.from([0x0a, ...varint(nodeBytes.length), ...nodeBytes]);
  const graphLength = entry.length * count;
  const head = Uint8Array.from([0x08, 8, 0x3a, ...varint(graphLength)]);
  const bytes = new Uint8Array(head.length + graphLength);
  bytes.set(head);
  for (let i = 0; i < count; i++) bytes.set(entry, head.length + i * entry.length);
  return bytes;
}

describe('validateModel counts nodes before decoding', () => {
  it('counts graph entries from tags alone', () => {
    expect(countGraphEntries(manyNodes(1234))).toEqual({ nodes: 1234, initializers: 0 });
    const m = encodeModel(model([node('Max', ['x', 'w0', 'w1'], ['y'])], {
      inputs: [{ name: 'x', dataType: 'float32', shape: [2] }],
      outputs: [{ name: 'y', dataType: 'float32', shape: [2] }],
      initializers: [f32('w0', [2], [0, 1]), f32('w1', [2], [1, 2])],
    }));
    expect(countGraphEntries(m)).toEqual({ nodes: 1, initializers: 2 });
  });

  it('refuses a model of 10^6 nodes without decoding it (time and memory logged, not asserted)', () => {
    const bytes = manyNodes(1_000_000);
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const e = rejection(() => validateModel(bytes));
    const ms = performance.now() - t0;
    const rssMb = (process.memoryUsage().rss - rss0) / 2 ** 20;
    expect(e.code).toBe(ModelValidationCode.TooManyNodes);
    expect(e.message).toBe('model has 1000000 nodes, over the limit of 20000');
    console.log(`10^6-node model (${(bytes.length / 2 ** 20).toFixed(1)} MB): refused in ${ms.toFixed(1)} ms, rss +${rssMb.toFixed(1)} MB`);
  });
});
