/**
 * A cheap walk over ONNX protobuf bytes that counts the graph's nodes and initializers
 * without decoding them: only tags and lengths are read, every field is skipped, nothing
 * is allocated per entry. validateModel runs it before the full decode so that a model of
 * a million nodes is refused in milliseconds instead of after a parse of seconds and
 * hundreds of megabytes.
 */
export interface GraphCounts {
  readonly nodes: number;
  readonly initializers: number;
}

export class ProtoScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtoScanError';
  }
}

/** ModelProto.graph, GraphProto.node, .initializer, .sparse_initializer (onnx.proto field numbers). */
const MODEL_GRAPH = 7;
const GRAPH_NODE = 1;
const GRAPH_INITIALIZER = 5;
const GRAPH_SPARSE_INITIALIZER = 15;

class Cursor {
  constructor(
    readonly bytes: Uint8Array,
    public pos: number,
    readonly end: number,
  ) {}

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtoScanError(`varint runs past the end at byte ${this.pos}`);
      const b = this.bytes[this.pos++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
    }
    throw new ProtoScanError(`varint longer than 10 bytes at byte ${this.pos}`);
  }

  skip(n: number): void {
    if (n < 0 || this.pos + n > this.end) throw new ProtoScanError(`field of ${n} bytes runs past the end at byte ${this.pos}`);
    this.pos += n;
  }

  /** Reads one field's tag and skips its payload; for a length-delimited field, start and length locate the payload. */
  field(): { field: number; wire: number; start: number; length: number } {
    const tag = this.varint();
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field === 0) throw new ProtoScanError(`field number 0 at byte ${this.pos}`);
    switch (wire) {
      case 0:
        this.varint();
        return { field, wire, start: this.pos, length: 0 };
      case 1:
        this.skip(8);
        return { field, wire, start: this.pos, length: 0 };
      case 2: {
        const length = this.varint();
        const start = this.pos;
        this.skip(length);
        return { field, wire, start, length };
      }
      case 5:
        this.skip(4);
        return { field, wire, start: this.pos, length: 0 };
      default:
        // Groups (3, 4) are not used by onnx.proto; anything else is not protobuf.
        throw new ProtoScanError(`wire type ${wire} of field ${field} at byte ${this.pos}`);
    }
  }
}

/**
 * Counts ModelProto.graph's node, initializer and sparse_initializer entries. Repeated
 * occurrences of the graph field merge (protobuf semantics), so their counts add up.
 * Throws ProtoScanError on bytes that are not well-formed protobuf.
 */
export function countGraphEntries(bytes: Uint8Array): GraphCounts {
  let nodes = 0;
  let initializers = 0;
  const top = new Cursor(bytes, 0, bytes.length);
  while (top.pos < top.end) {
    const f = top.field();
    if (f.field !== MODEL_GRAPH || f.wire !== 2) continue;
    const g = new Cursor(bytes, f.start, f.start + f.length);
    while (g.pos < g.end) {
      const e = g.field();
      if (e.wire !== 2) continue;
      if (e.field === GRAPH_NODE) nodes++;
      else if (e.field === GRAPH_INITIALIZER || e.field === GRAPH_SPARSE_INITIALIZER) initializers++;
    }
  }
  return { nodes, initializers };
}
