import { onnx } from 'onnx-proto';
import { decodeModel, OnnxDecodeError } from '../onnx/codec';
import type { ModelDef } from '../onnx/ir';
import { SUPPORTED_OPS } from '../grad/ops/index';
import { FORWARD_ONLY_OPS } from './forward-only-ops';
import { DEFAULT_LIMITS, type ValidationLimits } from './limits';
import { countGraphEntries, ProtoScanError } from './proto-scan';
import { describeOversize, findOversizeTensor } from './tensor-bounds';
import { ModelValidationCode as Code, ModelValidationError } from './validation-error';

export interface ValidateOptions {
  readonly limits?: Partial<ValidationLimits>;
  /** Accepted op types of the default domain; defaults to acceptedOps(). */
  readonly supportedOps?: Iterable<string>;
}

const CONTROL_FLOW = new Set(['If', 'Loop', 'Scan', 'SequenceMap']);
const EXTERNAL = onnx.TensorProto.DataLocation.EXTERNAL;
const A = onnx.AttributeProto.AttributeType;

/** Ops with a gradient rule (or none needed) plus the forward-only ops judged safe. */
export function acceptedOps(): string[] {
  return [...new Set([...SUPPORTED_OPS, ...FORWARD_ONLY_OPS])].sort();
}

function fail(code: Code, message: string): never {
  throw new ModelValidationError(code, message);
}

function isExternal(t: onnx.ITensorProto): boolean {
  return t.dataLocation === EXTERNAL || (t.externalData?.length ?? 0) > 0;
}

function parse(bytes: Uint8Array): onnx.ModelProto {
  try {
    return onnx.ModelProto.decode(bytes);
  } catch (e) {
    return fail(Code.NotOnnx, `not an ONNX model (truncated or not ONNX): ${(e as Error).message}`);
  }
}

function checkTensors(graph: onnx.IGraphProto): void {
  for (const t of graph.initializer ?? []) {
    if (isExternal(t)) fail(Code.ExternalData, `initializer '${t.name ?? ''}' stores its data externally (data_location EXTERNAL); embed all weights in the .onnx file`);
  }
  for (const s of graph.sparseInitializer ?? []) {
    for (const t of [s.values, s.indices]) {
      if (t && isExternal(t)) fail(Code.ExternalData, `sparse initializer '${t.name ?? ''}' stores its data externally (data_location EXTERNAL); embed all weights in the .onnx file`);
    }
  }
  for (const n of graph.node ?? []) {
    for (const a of n.attribute ?? []) {
      if (a.t && isExternal(a.t)) {
        fail(Code.ExternalData, `tensor '${a.t.name || a.name || ''}' in attribute '${a.name ?? ''}' of node '${n.name ?? ''}' stores its data externally (data_location EXTERNAL); embed all weights in the .onnx file`);
      }
    }
  }
}

function checkNodes(graph: onnx.IGraphProto, supported: ReadonlySet<string>): void {
  const list = [...supported].sort().join(', ');
  (graph.node ?? []).forEach((n, i) => {
    const op = n.opType ?? '';
    const name = n.name || `#${i}`;
    const subgraph = (n.attribute ?? []).some((a) => a.type === A.GRAPH || a.type === A.GRAPHS || a.g != null || (a.graphs?.length ?? 0) > 0);
    if (CONTROL_FLOW.has(op) || subgraph) {
      fail(Code.ControlFlow, `node '${name}' (${op}) is control flow with a subgraph; control flow is not supported`);
    }
    const domain = n.domain ?? '';
    if (domain !== '' && domain !== 'ai.onnx') {
      fail(Code.UnsupportedOp, `node '${name}' has op type '${op}' in domain '${domain}', which is not supported; only the default ONNX domain is accepted. Supported ops: ${list}`);
    }
    if (!supported.has(op)) {
      fail(Code.UnsupportedOp, `node '${name}' has op type '${op}', which is not supported. Supported ops: ${list}`);
    }
  });
}

/** Every tensor a node reads must exist before it: catches graphs cut short (a truncated file that still parses). */
function checkWiring(model: ModelDef): void {
  const g = model.graph;
  const known = new Set<string>([...g.inputs.map((v) => v.name), ...g.initializers.map((t) => t.name)]);
  for (const n of g.nodes) {
    for (const input of n.inputs) {
      if (input !== '' && !known.has(input)) {
        fail(Code.Malformed, `node '${n.name}' (${n.opType}) reads '${input}', which no graph input, initializer or earlier node provides (truncated or malformed model)`);
      }
    }
    for (const o of n.outputs) if (o !== '') known.add(o);
  }
  for (const o of g.outputs) {
    if (!known.has(o.name)) fail(Code.Malformed, `graph output '${o.name}' is produced by no node (truncated or malformed model)`);
  }
}

/**
 * Checks ONNX bytes before anything else parses them into sessions, cheapest checks first,
 * and returns the decoded model. Throws ModelValidationError with a code and a message
 * naming the offending tensor, node or limit.
 */
export function validateModel(bytes: Uint8Array, options: ValidateOptions = {}): ModelDef {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.byteLength > limits.maxBytes) {
    fail(Code.TooLarge, `model file is ${bytes.byteLength} bytes, over the limit of ${limits.maxBytes} bytes`);
  }
  // Count nodes and initializers from tags alone, before a decode that costs seconds and
  // hundreds of megabytes on a model of a million nodes.
  let counts;
  try {
    counts = countGraphEntries(bytes);
  } catch (e) {
    if (e instanceof ProtoScanError) fail(Code.NotOnnx, `not an ONNX model (truncated or not ONNX): ${e.message}`);
    throw e;
  }
  if (counts.nodes > limits.maxNodes) fail(Code.TooManyNodes, `model has ${counts.nodes} nodes, over the limit of ${limits.maxNodes}`);
  if (counts.initializers > limits.maxInitializers) fail(Code.TooManyInitializers, `model has ${counts.initializers} initializers, over the limit of ${limits.maxInitializers}`);
  const proto = parse(bytes);
  const graph = proto.graph;
  if (!graph || (graph.node ?? []).length === 0) fail(Code.NotOnnx, 'not an ONNX model (truncated or not ONNX): it has no graph nodes');
  const nodes = graph.node?.length ?? 0;
  if (nodes > limits.maxNodes) fail(Code.TooManyNodes, `model has ${nodes} nodes, over the limit of ${limits.maxNodes}`);
  const inits = (graph.initializer?.length ?? 0) + (graph.sparseInitializer?.length ?? 0);
  if (inits > limits.maxInitializers) fail(Code.TooManyInitializers, `model has ${inits} initializers, over the limit of ${limits.maxInitializers}`);
  checkTensors(graph);
  checkNodes(graph, new Set(options.supportedOps ?? acceptedOps()));
  let model: ModelDef;
  try {
    model = decodeModel(bytes);
  } catch (e) {
    if (e instanceof OnnxDecodeError) fail(Code.Malformed, `${e.message} (truncated or malformed model)`);
    throw e;
  }
  checkWiring(model);
  const oversize = findOversizeTensor(model, limits);
  if (oversize) fail(Code.TensorTooLarge, describeOversize(oversize, limits));
  return model;
}
