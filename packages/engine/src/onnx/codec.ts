import { onnx } from 'onnx-proto';
import type { Attribute, DataType, Dim, GraphDef, ModelDef, NodeDef, TensorData, TensorValues, ValueInfo } from './ir';

const P = onnx.TensorProto.DataType;
const A = onnx.AttributeProto.AttributeType;

const TO_PROTO: Record<DataType, number> = {
  float32: P.FLOAT,
  float64: P.DOUBLE,
  int64: P.INT64,
  int32: P.INT32,
  int8: P.INT8,
  uint8: P.UINT8,
  bool: P.BOOL,
};
const FROM_PROTO = new Map<number, DataType>(Object.entries(TO_PROTO).map(([k, v]) => [v, k as DataType]));

export class OnnxDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OnnxDecodeError';
  }
}

export function dataTypeFromProto(code: number, where: string): DataType {
  const t = FROM_PROTO.get(code);
  if (!t) throw new OnnxDecodeError(`${where}: unsupported tensor data type ${P[code] ?? code}`);
  return t;
}

export function dataTypeToProto(t: DataType): number {
  return TO_PROTO[t];
}

/** protobufjs gives int64 fields as number or Long; the Long type may not resolve, so accept unknown. */
function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null && typeof (v as { toNumber?: unknown }).toNumber === 'function') {
    return (v as { toNumber(): number }).toNumber();
  }
  throw new OnnxDecodeError(`expected an integer, got ${typeof v}`);
}

function bytesOf(values: TensorValues): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

function allocate(dataType: DataType, count: number): TensorValues {
  switch (dataType) {
    case 'float32': return new Float32Array(count);
    case 'float64': return new Float64Array(count);
    case 'int64': return new BigInt64Array(count);
    case 'int32': return new Int32Array(count);
    case 'int8': return new Int8Array(count);
    case 'uint8':
    case 'bool': return new Uint8Array(count);
  }
}

export function tensorToProto(t: TensorData): onnx.ITensorProto {
  // raw_data is little-endian, as are typed arrays on every platform Node supports here.
  return { name: t.name, dims: [...t.dims], dataType: TO_PROTO[t.dataType], rawData: bytesOf(t.values).slice() };
}

export function tensorFromProto(p: onnx.ITensorProto): TensorData {
  const name = p.name ?? '';
  if (p.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL || (p.externalData?.length ?? 0) > 0) {
    throw new OnnxDecodeError(`tensor '${name}' uses external data, which is not accepted`);
  }
  const dataType = dataTypeFromProto(p.dataType ?? 0, `tensor '${name}'`);
  const dims = (p.dims ?? []).map(toNumber);
  const count = dims.reduce((a, b) => a * b, 1);
  const values = allocate(dataType, count);
  if (p.rawData && p.rawData.length > 0) {
    if (p.rawData.length !== values.byteLength) {
      throw new OnnxDecodeError(`tensor '${name}': raw data has ${p.rawData.length} bytes, dims need ${values.byteLength}`);
    }
    bytesOf(values).set(p.rawData);
  } else {
    const typed: readonly unknown[] | undefined =
      dataType === 'float32' ? p.floatData ?? undefined
      : dataType === 'float64' ? p.doubleData ?? undefined
      : dataType === 'int64' ? p.int64Data ?? undefined
      : p.int32Data ?? undefined;
    const src = typed ?? [];
    if (src.length !== count && !(count === 0 && src.length === 0)) {
      throw new OnnxDecodeError(`tensor '${name}': has ${src.length} values, dims need ${count}`);
    }
    src.forEach((v, i) => {
      if (values instanceof BigInt64Array) values[i] = BigInt(toNumber(v));
      else values[i] = toNumber(v);
    });
  }
  return { name, dataType, dims, values };
}

function attributeToProto(name: string, a: Attribute): onnx.IAttributeProto {
  switch (a.type) {
    case 'int': return { name, type: A.INT, i: a.value };
    case 'float': return { name, type: A.FLOAT, f: a.value };
    case 'string': return { name, type: A.STRING, s: new TextEncoder().encode(a.value) };
    case 'ints': return { name, type: A.INTS, ints: [...a.value] };
    case 'floats': return { name, type: A.FLOATS, floats: [...a.value] };
    case 'strings': return { name, type: A.STRINGS, strings: a.value.map((s) => new TextEncoder().encode(s)) };
    case 'tensor': return { name, type: A.TENSOR, t: tensorToProto(a.value) };
  }
}

function attributeFromProto(p: onnx.IAttributeProto, node: string): Attribute {
  const dec = (b: Uint8Array) => new TextDecoder().decode(b);
  switch (p.type) {
    case A.INT: return { type: 'int', value: toNumber(p.i ?? 0) };
    case A.FLOAT: return { type: 'float', value: p.f ?? 0 };
    case A.STRING: return { type: 'string', value: dec(p.s ?? new Uint8Array()) };
    case A.INTS: return { type: 'ints', value: (p.ints ?? []).map(toNumber) };
    case A.FLOATS: return { type: 'floats', value: p.floats ?? [] };
    case A.STRINGS: return { type: 'strings', value: (p.strings ?? []).map(dec) };
    case A.TENSOR: return { type: 'tensor', value: tensorFromProto(p.t ?? {}) };
    default:
      throw new OnnxDecodeError(`node '${node}': attribute '${p.name ?? ''}' has unsupported type ${A[p.type ?? 0] ?? p.type}`);
  }
}

function valueInfoToProto(v: ValueInfo): onnx.IValueInfoProto {
  return {
    name: v.name,
    type: {
      tensorType: {
        elemType: TO_PROTO[v.dataType],
        shape: v.shape
          ? { dim: v.shape.map((d) => (typeof d === 'number' ? { dimValue: d } : typeof d === 'string' ? { dimParam: d } : {})) }
          : null,
      },
    },
  };
}

function valueInfoFromProto(p: onnx.IValueInfoProto): ValueInfo {
  const name = p.name ?? '';
  const tt = p.type?.tensorType;
  if (!tt) throw new OnnxDecodeError(`value '${name}' is not a tensor`);
  const shape: Dim[] | undefined = tt.shape
    ? (tt.shape.dim ?? []).map((d) => (d.dimValue != null && toNumber(d.dimValue) > 0 ? toNumber(d.dimValue) : d.dimParam || undefined))
    : undefined;
  return { name, dataType: dataTypeFromProto(tt.elemType ?? 0, `value '${name}'`), shape };
}

function nodeToProto(n: NodeDef): onnx.INodeProto {
  return {
    name: n.name,
    opType: n.opType,
    domain: n.domain,
    input: [...n.inputs],
    output: [...n.outputs],
    attribute: Object.entries(n.attributes).map(([k, a]) => attributeToProto(k, a)),
  };
}

function nodeFromProto(p: onnx.INodeProto, index: number): NodeDef {
  const name = p.name || `${p.opType ?? 'node'}_${index}`;
  if (p.attribute?.some((a) => a.type === A.GRAPH || a.type === A.GRAPHS)) {
    throw new OnnxDecodeError(`node '${name}' (${p.opType ?? '?'}) has a subgraph; control flow is not supported`);
  }
  const attributes: Record<string, Attribute> = {};
  for (const a of p.attribute ?? []) attributes[a.name ?? ''] = attributeFromProto(a, name);
  return { name, opType: p.opType ?? '', domain: p.domain ?? '', inputs: p.input ?? [], outputs: p.output ?? [], attributes };
}

export function graphToProto(g: GraphDef): onnx.IGraphProto {
  return {
    name: g.name,
    node: g.nodes.map(nodeToProto),
    initializer: g.initializers.map(tensorToProto),
    input: g.inputs.map(valueInfoToProto),
    output: g.outputs.map(valueInfoToProto),
    valueInfo: g.valueInfo.map(valueInfoToProto),
  };
}

export function graphFromProto(p: onnx.IGraphProto): GraphDef {
  const initializers = (p.initializer ?? []).map(tensorFromProto);
  const initNames = new Set(initializers.map((t) => t.name));
  return {
    name: p.name ?? 'graph',
    nodes: (p.node ?? []).map(nodeFromProto),
    initializers,
    // Older exporters list initializers among inputs; they are not model inputs.
    inputs: (p.input ?? []).filter((v) => !initNames.has(v.name ?? '')).map(valueInfoFromProto),
    outputs: (p.output ?? []).map(valueInfoFromProto),
    valueInfo: (p.valueInfo ?? []).filter((v) => v.type?.tensorType).map(valueInfoFromProto),
  };
}

/** Serialise to ModelProto bytes. */
export function encodeModel(m: ModelDef): Uint8Array {
  const opsets = [{ domain: '', version: m.opsetVersion }, ...Object.entries(m.extraOpsets ?? {}).map(([domain, version]) => ({ domain, version }))];
  const proto = onnx.ModelProto.create({
    irVersion: m.irVersion,
    producerName: m.producerName,
    opsetImport: opsets,
    graph: graphToProto(m.graph),
    metadataProps: Object.entries(m.metadata).map(([key, value]) => ({ key, value })),
  });
  return onnx.ModelProto.encode(proto).finish();
}

/** Parse ModelProto bytes; throws OnnxDecodeError with a reason on anything malformed. */
export function decodeModel(bytes: Uint8Array): ModelDef {
  let proto: onnx.ModelProto;
  try {
    proto = onnx.ModelProto.decode(bytes);
  } catch (e) {
    throw new OnnxDecodeError(`not a valid ONNX model (truncated or not ONNX): ${(e as Error).message}`);
  }
  if (!proto.graph || (proto.graph.node ?? []).length === 0) {
    throw new OnnxDecodeError('not a valid ONNX model: it has no graph nodes');
  }
  const opsets = proto.opsetImport ?? [];
  const main = opsets.find((o) => (o.domain ?? '') === '' || o.domain === 'ai.onnx');
  if (!main) throw new OnnxDecodeError('not a valid ONNX model: no opset import for the default domain');
  const extraOpsets: Record<string, number> = {};
  for (const o of opsets) if (o !== main && o.domain) extraOpsets[o.domain] = toNumber(o.version ?? 0);
  const metadata: Record<string, string> = {};
  for (const kv of proto.metadataProps ?? []) metadata[kv.key ?? ''] = kv.value ?? '';
  return {
    graph: graphFromProto(proto.graph),
    irVersion: toNumber(proto.irVersion ?? 0),
    opsetVersion: toNumber(main.version ?? 0),
    extraOpsets,
    producerName: proto.producerName ?? '',
    metadata,
  };
}
