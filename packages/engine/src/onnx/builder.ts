import type { Attribute, DataType, Dim, ModelDef, NodeDef, TensorData, TensorValues, ValueInfo } from './ir';
import { inferShapes, type TensorInfo } from './shape-inference';

export interface OpOptions {
  /** Number of outputs (fresh names) or explicit output names. Default 1. */
  readonly outputs?: number | readonly string[];
  readonly name?: string;
  readonly domain?: string;
}

export interface BuilderOptions {
  readonly name?: string;
  readonly opsetVersion?: number;
  readonly irVersion?: number;
  readonly producerName?: string;
}

const ARRAY_TYPES: Record<DataType, new (n: number) => TensorValues> = {
  float32: Float32Array, float64: Float64Array, int64: BigInt64Array, int32: Int32Array, int8: Int8Array, uint8: Uint8Array, bool: Uint8Array,
};

/** Values as the typed array the data type needs (a typed array of another kind is converted). */
function typedValues(values: readonly number[] | TensorValues, dataType: DataType): TensorValues {
  if (!Array.isArray(values) && values instanceof ARRAY_TYPES[dataType]) return values;
  const list: readonly number[] = Array.isArray(values) ? (values as readonly number[]) : Array.from(values as ArrayLike<number | bigint>, Number);
  switch (dataType) {
    case 'float32': return Float32Array.from(list);
    case 'float64': return Float64Array.from(list);
    case 'int64': return BigInt64Array.from(list, (v) => BigInt(Math.trunc(v)));
    case 'int32': return Int32Array.from(list);
    case 'int8': return Int8Array.from(list);
    case 'uint8':
    case 'bool': return Uint8Array.from(list);
  }
}

/**
 * Builds an ONNX graph in code. Names are kept unique: `fresh(prefix)` hands out unused
 * names, and `op` names its outputs that way unless given names. `GraphBuilder.from`
 * starts from an existing model so derived graphs (gradients, losses, optimisers) extend it.
 */
export class GraphBuilder {
  readonly nodes: NodeDef[] = [];
  readonly initializers: TensorData[] = [];
  readonly inputs: ValueInfo[] = [];
  readonly outputs: ValueInfo[] = [];
  readonly valueInfo: ValueInfo[] = [];
  readonly metadata: Record<string, string> = {};
  name: string;
  opsetVersion: number;
  irVersion: number;
  producerName: string;
  extraOpsets: Record<string, number> = {};
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();
  private readonly constantsByName = new Map<string, TensorData>();
  /** Outputs whose type and shape build() takes from shape inference. */
  private readonly autoTyped = new Set<string>();

  constructor(options: BuilderOptions = {}) {
    this.name = options.name ?? 'graph';
    this.opsetVersion = options.opsetVersion ?? 17;
    this.irVersion = options.irVersion ?? 8;
    this.producerName = options.producerName ?? 'transferlab';
  }

  static from(model: ModelDef, options: BuilderOptions = {}): GraphBuilder {
    const b = new GraphBuilder({
      name: options.name ?? model.graph.name,
      opsetVersion: options.opsetVersion ?? model.opsetVersion,
      irVersion: options.irVersion ?? model.irVersion,
      producerName: options.producerName ?? model.producerName,
    });
    Object.assign(b.extraOpsets, model.extraOpsets ?? {});
    Object.assign(b.metadata, model.metadata);
    for (const v of model.graph.inputs) b.addInput(v);
    for (const t of model.graph.initializers) b.addInitializer(t);
    for (const n of model.graph.nodes) b.addNode(n);
    for (const v of model.graph.outputs) b.outputs.push(v);
    b.valueInfo.push(...model.graph.valueInfo);
    return b;
  }

  has(name: string): boolean {
    return this.used.has(name);
  }

  /** An unused tensor/node name starting with `prefix`. */
  fresh(prefix: string): string {
    let i = this.counters.get(prefix) ?? 0;
    let name = i === 0 && !this.used.has(prefix) ? prefix : `${prefix}_${i}`;
    while (this.used.has(name)) name = `${prefix}_${++i}`;
    this.counters.set(prefix, i + 1);
    this.used.add(name);
    return name;
  }

  /** An unused name, not yet reserved (for addInput, op outputs, Identity renames). */
  unusedName(prefix: string): string {
    const name = this.fresh(prefix);
    this.used.delete(name);
    return name;
  }

  private claim(name: string): void {
    if (this.used.has(name)) throw new Error(`graph builder: name '${name}' is already used`);
    this.used.add(name);
  }

  addInput(v: ValueInfo): string {
    this.claim(v.name);
    this.inputs.push(v);
    return v.name;
  }

  input(name: string, dataType: DataType, shape: readonly Dim[]): string {
    return this.addInput({ name, dataType, shape });
  }

  addInitializer(t: TensorData): string {
    this.claim(t.name);
    this.initializers.push(t);
    this.constantsByName.set(t.name, t);
    return t.name;
  }

  /** A named initializer (a parameter or constant). */
  initializer(name: string, values: readonly number[] | TensorValues, dims: readonly number[], dataType: DataType = 'float32'): string {
    return this.addInitializer({ name, dataType, dims: [...dims], values: typedValues(values, dataType) });
  }

  /** An anonymous constant initializer. */
  constant(values: readonly number[] | TensorValues, dims: readonly number[], dataType: DataType = 'float32'): string {
    return this.initializer(this.unusedName('const'), values, dims, dataType);
  }

  int64s(values: readonly number[]): string {
    return this.constant(values, [values.length], 'int64');
  }

  scalar(value: number, dataType: DataType = 'float32'): string {
    return this.constant([value], [], dataType);
  }

  /** Removes an initializer (e.g. to turn a parameter into a graph input). */
  removeInitializer(name: string): TensorData {
    const i = this.initializers.findIndex((t) => t.name === name);
    const t = this.initializers[i];
    if (!t) throw new Error(`graph builder: no initializer '${name}'`);
    this.initializers.splice(i, 1);
    this.constantsByName.delete(name);
    this.used.delete(name);
    return t;
  }

  constantOf(name: string): TensorData | undefined {
    return this.constantsByName.get(name);
  }

  addNode(n: NodeDef): void {
    if (n.name) this.used.add(n.name);
    for (const o of n.outputs) if (o) this.claim(o);
    this.nodes.push(n);
  }

  op(opType: string, inputs: readonly string[], attributes: Readonly<Record<string, Attribute>> = {}, options: OpOptions = {}): string[] {
    const outs = options.outputs ?? 1;
    const prefix = opType.toLowerCase();
    const outputs = typeof outs === 'number' ? Array.from({ length: outs }, () => this.fresh(prefix)) : [...outs];
    if (typeof outs !== 'number') for (const o of outputs) if (o) this.claim(o);
    const name = options.name ?? this.fresh(`${prefix}_node`);
    if (options.name) this.used.add(name);
    this.nodes.push({ name, opType, domain: options.domain ?? '', inputs: [...inputs], outputs, attributes: { ...attributes } });
    return outputs;
  }

  op1(opType: string, inputs: readonly string[], attributes: Readonly<Record<string, Attribute>> = {}, options: OpOptions = {}): string {
    const out = this.op(opType, inputs, attributes, options)[0];
    if (out === undefined) throw new Error(`graph builder: ${opType} has no output`);
    return out;
  }

  /**
   * Renames a node-produced tensor everywhere (its producer and all readers), e.g. to make
   * it a graph output without an Identity copy. Inputs, initializers and outputs cannot be renamed.
   */
  renameTensor(from: string, to: string): void {
    if (this.inputs.some((v) => v.name === from) || this.constantsByName.has(from) || this.outputs.some((v) => v.name === from)) {
      throw new Error(`graph builder: '${from}' is a graph input, initializer or output and cannot be renamed`);
    }
    if (!this.nodes.some((n) => n.outputs.includes(from))) throw new Error(`graph builder: no node produces '${from}'`);
    this.claim(to);
    const swap = (names: readonly string[]) => names.map((x) => (x === from ? to : x));
    this.nodes.forEach((n, i) => {
      if (n.inputs.includes(from) || n.outputs.includes(from)) this.nodes[i] = { ...n, inputs: swap(n.inputs), outputs: swap(n.outputs) };
    });
    this.used.delete(from);
  }

  /** Marks a tensor as a graph output; type and shape come from shape inference when omitted. */
  output(name: string, dataType?: DataType, shape?: readonly Dim[]): string {
    if (this.outputs.some((o) => o.name === name)) return name;
    if (!dataType) this.autoTyped.add(name);
    this.outputs.push({ name, dataType: dataType ?? 'float32', shape });
    return name;
  }

  /** Forward graph nodes, initializers and inputs as a model without outputs resolved. */
  private raw(): ModelDef {
    return {
      graph: {
        name: this.name,
        nodes: this.nodes,
        initializers: this.initializers,
        inputs: this.inputs,
        outputs: [],
        valueInfo: [],
      },
      irVersion: this.irVersion,
      opsetVersion: this.opsetVersion,
      extraOpsets: this.extraOpsets,
      producerName: this.producerName,
      metadata: this.metadata,
    };
  }

  /** Shape and type of every tensor the graph so far defines (best effort). */
  infer(): Map<string, TensorInfo> {
    return inferShapes(this.raw().graph, this.opsetVersion);
  }

  build(): ModelDef {
    const info = this.infer();
    const outputs = this.outputs.map((o): ValueInfo => {
      if (!this.autoTyped.has(o.name)) return o;
      const t = info.get(o.name);
      if (!t) throw new Error(`graph builder: cannot infer the type of output '${o.name}'; give its data type`);
      return { name: o.name, dataType: t.dataType, shape: t.shape };
    });
    const base = this.raw();
    return { ...base, graph: { ...base.graph, nodes: [...this.nodes], initializers: [...this.initializers], inputs: [...this.inputs], outputs, valueInfo: [...this.valueInfo] } };
  }
}
