import { onnx } from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { encodeModel } from '../onnx/codec';
import { absExpModel, f32, model, node } from '../../test/fixtures/tiny-models';
import { acceptedOps, validateModel } from './validate-model';
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

const good = (): Uint8Array => encodeModel(absExpModel());

/** Re-encode a good model after editing its protobuf form (for what the codec cannot write). */
function edited(edit: (g: onnx.GraphProto, p: onnx.ModelProto) => void): Uint8Array {
  const p = onnx.ModelProto.decode(good());
  // Decoding fills every repeated field, so the graph's arrays exist.
  edit(p.graph as onnx.GraphProto, p);
  return onnx.ModelProto.encode(p).finish();
}

describe('validateModel', () => {
  it('accepts a small valid model and returns it decoded', () => {
    const m = validateModel(good());
    expect(m.graph.nodes.map((n) => n.opType)).toEqual(['Abs', 'Exp']);
  });

  it('rejects a file over the size cap before parsing it', () => {
    const e = rejection(() => validateModel(good(), { limits: { maxBytes: 10 } }));
    expect(e.code).toBe(ModelValidationCode.TooLarge);
    expect(e.message).toMatch(/^model file is \d+ bytes, over the limit of 10 bytes$/);
  });

  it('rejects bytes that are not ONNX', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const e = rejection(() => validateModel(png));
    expect(e.code).toBe(ModelValidationCode.NotOnnx);
    expect(e.message).toMatch(/^not an ONNX model \(truncated or not ONNX\)/);
  });

  it('rejects an empty file', () => {
    const e = rejection(() => validateModel(new Uint8Array(0)));
    expect(e.code).toBe(ModelValidationCode.NotOnnx);
    expect(e.message).toBe('not an ONNX model (truncated or not ONNX): it has no graph nodes');
  });

  it('rejects every truncation of a valid model', () => {
    const bytes = good();
    // Every proper prefix is either unparseable or structurally incomplete.
    for (let len = 1; len < bytes.length; len++) {
      const e = rejection(() => validateModel(bytes.subarray(0, len)));
      expect([ModelValidationCode.NotOnnx, ModelValidationCode.Malformed]).toContain(e.code);
      expect(e.message).toMatch(/truncated/);
    }
  });

  it('rejects an initializer with external data, naming the tensor', () => {
    const bytes = edited((g) => {
      g.initializer.push(onnx.TensorProto.create({
        name: 'conv1.weight',
        dims: [4],
        dataType: onnx.TensorProto.DataType.FLOAT,
        dataLocation: onnx.TensorProto.DataLocation.EXTERNAL,
        externalData: [{ key: 'location', value: 'weights.bin' }],
      }));
    });
    const e = rejection(() => validateModel(bytes));
    expect(e.code).toBe(ModelValidationCode.ExternalData);
    expect(e.message).toBe("initializer 'conv1.weight' stores its data externally (data_location EXTERNAL); embed all weights in the .onnx file");
  });

  it('rejects a Constant node whose tensor is external, naming the tensor and node', () => {
    const bytes = edited((g) => {
      g.node.unshift(onnx.NodeProto.create({
        name: 'const0', opType: 'Constant', output: ['c'],
        attribute: [{ name: 'value', type: onnx.AttributeProto.AttributeType.TENSOR, t: { name: 'big', dataType: 1, dims: [2], dataLocation: onnx.TensorProto.DataLocation.EXTERNAL } }],
      }));
    });
    const e = rejection(() => validateModel(bytes, { supportedOps: ['Abs', 'Exp', 'Constant'] }));
    expect(e.code).toBe(ModelValidationCode.ExternalData);
    expect(e.message).toBe("tensor 'big' in attribute 'value' of node 'const0' stores its data externally (data_location EXTERNAL); embed all weights in the .onnx file");
  });

  it('rejects too many nodes', () => {
    const e = rejection(() => validateModel(good(), { limits: { maxNodes: 1 } }));
    expect(e.code).toBe(ModelValidationCode.TooManyNodes);
    expect(e.message).toBe('model has 2 nodes, over the limit of 1');
  });

  it('rejects too many initializers', () => {
    const m = model([node('Max', ['x', 'w0', 'w1', 'w2'], ['y'])], {
      inputs: [{ name: 'x', dataType: 'float32', shape: [2] }],
      outputs: [{ name: 'y', dataType: 'float32', shape: [2] }],
      initializers: [0, 1, 2].map((i) => f32(`w${i}`, [2], [i, i])),
    });
    const e = rejection(() => validateModel(encodeModel(m), { limits: { maxInitializers: 2 } }));
    expect(e.code).toBe(ModelValidationCode.TooManyInitializers);
    expect(e.message).toBe('model has 3 initializers, over the limit of 2');
  });

  it('rejects an op outside the supported set, naming op, node and the supported list', () => {
    const m = model([node('Abs', ['x'], ['a']), node('NonMaxSuppression', ['a', 'a'], ['y'], 'nms_1')], {
      inputs: [{ name: 'x', dataType: 'float32', shape: [4] }],
      outputs: [{ name: 'y', dataType: 'int64', shape: undefined }],
    });
    const e = rejection(() => validateModel(encodeModel(m), { supportedOps: ['Exp', 'Abs'] }));
    expect(e.code).toBe(ModelValidationCode.UnsupportedOp);
    expect(e.message).toBe("node 'nms_1' has op type 'NonMaxSuppression', which is not supported. Supported ops: Abs, Exp");
  });

  it('lists the default accepted set (gradient ops plus forward-only ops) in the message', () => {
    const m = model([node('Det', ['x'], ['y'], 'det')], {
      inputs: [{ name: 'x', dataType: 'float32', shape: [4, 4] }],
      outputs: [{ name: 'y', dataType: 'float32', shape: undefined }],
    });
    const e = rejection(() => validateModel(encodeModel(m)));
    expect(e.message).toBe(`node 'det' has op type 'Det', which is not supported. Supported ops: ${acceptedOps().join(', ')}`);
    expect(acceptedOps()).toContain('Abs');
  });

  it('rejects ops from a non-default domain', () => {
    const bytes = edited((g, p) => {
      const n = g.node[0]!;
      n.domain = 'com.microsoft';
      n.opType = 'FusedConv';
      p.opsetImport.push({ domain: 'com.microsoft', version: 1 });
    });
    const e = rejection(() => validateModel(bytes));
    expect(e.code).toBe(ModelValidationCode.UnsupportedOp);
    expect(e.message).toMatch(/^node 'Abs_a' has op type 'FusedConv' in domain 'com.microsoft', which is not supported; only the default ONNX domain is accepted\. Supported ops: /);
  });

  it('rejects control flow with a subgraph', () => {
    const bytes = edited((g) => {
      const branch = onnx.GraphProto.create({ name: 'then', node: [{ opType: 'Abs', input: ['x'], output: ['t'] }], output: [{ name: 't' }] });
      g.node.push(onnx.NodeProto.create({
        name: 'if_0', opType: 'If', input: ['cond'], output: ['z'],
        attribute: [
          { name: 'then_branch', type: onnx.AttributeProto.AttributeType.GRAPH, g: branch },
          { name: 'else_branch', type: onnx.AttributeProto.AttributeType.GRAPH, g: branch },
        ],
      }));
    });
    const e = rejection(() => validateModel(bytes));
    expect(e.code).toBe(ModelValidationCode.ControlFlow);
    expect(e.message).toBe("node 'if_0' (If) is control flow with a subgraph; control flow is not supported");
  });

  it('rejects a node reading a tensor nothing provides', () => {
    const m = model([node('Abs', ['missing'], ['y'], 'abs0')], {
      inputs: [{ name: 'x', dataType: 'float32', shape: [4] }],
      outputs: [{ name: 'y', dataType: 'float32', shape: [4] }],
    });
    const e = rejection(() => validateModel(encodeModel(m)));
    expect(e.code).toBe(ModelValidationCode.Malformed);
    expect(e.message).toBe("node 'abs0' (Abs) reads 'missing', which no graph input, initializer or earlier node provides (truncated or malformed model)");
  });
});
