import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

export type Rand = () => number;
export const int = (r: Rand, n: number): number => Math.floor(r() * n);
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

/** A random string: short words, unicode, control characters, and now and then a huge one. */
export function randomString(r: Rand): string {
  const k = int(r, 10);
  if (k === 0) return 'x'.repeat(1 + int(r, 200_000));
  if (k === 1) return Array.from({ length: int(r, 40) }, () => String.fromCharCode(int(r, 0x10000))).join('');
  if (k === 2) return pick(r, ['', ' ', '../../etc/passwd', 'transfer', 'mnist', 'natural', 'test', 'train', '00000000-0000-4000-8000-000000000000', '1', '-1', 'null', '{}', '\u0000', "'; DROP TABLE runs; --"]);
  return Array.from({ length: int(r, 16) }, () => String.fromCharCode(32 + int(r, 95))).join('');
}

const NUMBERS = [0, -1, 1, 2, 24, 100, 101, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e300, 0.5, -0.5, 1e-300];

/** A value of any JSON kind, for wrong-type arguments. */
export function randomJson(r: Rand, depth = 0): unknown {
  switch (int(r, depth > 3 ? 4 : 6)) {
    case 0:
      return null;
    case 1:
      return pick(r, NUMBERS);
    case 2:
      return randomString(r);
    case 3:
      return r() < 0.5;
    case 4:
      return Array.from({ length: int(r, 4) }, () => randomJson(r, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: int(r, 4) }, () => [randomString(r).slice(0, 20), randomJson(r, depth + 1)]));
  }
}

/** A value for `type`: mostly of the right type, sometimes of a wrong one. */
export function randomValue(r: Rand, type: GraphQLInputType, depth = 0): unknown {
  if (r() < 0.08 || depth > 6) return randomJson(r, depth);
  if (isNonNullType(type)) return randomValue(r, type.ofType, depth);
  if (r() < 0.04) return null;
  if (isListType(type)) {
    const n = r() < 0.03 ? 300 + int(r, 2000) : int(r, 5);
    return Array.from({ length: n }, () => randomValue(r, type.ofType, depth + 1));
  }
  if (isEnumType(type)) return r() < 0.85 ? pick(r, type.getValues()).value : randomString(r).slice(0, 20);
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) ? r() < 0.95 : r() < 0.5) out[f.name] = randomValue(r, f.type, depth + 1);
    }
    if (r() < 0.05) out[randomString(r).replace(/[^A-Za-z_]/g, '') || 'unknownField'] = randomJson(r);
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return r() < 0.8 ? pick(r, NUMBERS.filter(Number.isInteger)) : pick(r, NUMBERS);
      case 'Float':
        return pick(r, NUMBERS);
      case 'Boolean':
        return r() < 0.5;
      case 'String':
      case 'ID':
        return randomString(r);
      default:
        return randomJson(r, depth);
    }
  }
  return randomJson(r, depth);
}

/** A GraphQL literal for a JS value (enums by name when `enumNames` says so). */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  if (value === null || value === undefined) return 'null';
  const named = type !== undefined ? getNamedType(type) : undefined;
  if (typeof value === 'string') return named !== undefined && isEnumType(named) && /^[A-Za-z_]\w*$/.test(value) && value !== 'true' && value !== 'false' && value !== 'null' ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  const inner = type !== undefined && isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, inner !== undefined && isListType(inner) ? inner.ofType : undefined)).join(', ')}]`;
  const fields = inner !== undefined && isInputObjectType(inner) ? inner.getFields() : {};
  return `{${Object.entries(value as Record<string, unknown>)
    .filter(([k]) => /^[A-Za-z_]\w*$/.test(k))
    .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`)
    .join(', ')}}`;
}

export interface FuzzRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly kind: 'query' | 'mutation' | 'subscription' | 'garbage';
}

/** Random documents over a schema: fields, arguments (inline or as variables), aliases, fragments, deep nesting. */
export class DocumentFuzzer {
  private vars: string[] = [];
  private variables: Record<string, unknown> = {};
  private fragments: string[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly r: Rand,
  ) {}

  next(kinds: readonly FuzzRequest['kind'][] = ['query', 'query', 'query', 'mutation', 'garbage']): FuzzRequest {
    const r = this.r;
    const kind = pick(r, kinds);
    this.vars = [];
    this.variables = {};
    this.fragments = [];
    if (kind === 'garbage') return { kind, query: this.garbage(), variables: r() < 0.5 ? {} : { x: randomJson(r) } };
    const root = kind === 'query' ? this.schema.getQueryType() : kind === 'mutation' ? this.schema.getMutationType() : this.schema.getSubscriptionType();
    const maxDepth = r() < 0.1 ? 10 + int(r, 30) : 2 + int(r, 4);
    const body = this.selection(root!, 0, maxDepth, kind === 'subscription' ? 1 : 1 + int(r, 3));
    const header = this.vars.length > 0 ? `(${this.vars.join(', ')})` : '';
    const query = `${kind}${header} ${body}\n${this.fragments.join('\n')}`;
    return { kind, query, variables: this.variables };
  }

  private garbage(): string {
    const r = this.r;
    switch (int(r, 4)) {
      case 0:
        return Array.from({ length: int(r, 300) }, () => String.fromCharCode(int(r, 256))).join('');
      case 1:
        return `{ ${'a { '.repeat(1 + int(r, 500))}`;
      case 2:
        return `{ ${Array.from({ length: 1 + int(r, 2000) }, (_, i) => `a${i}: __typename`).join(' ')} }`;
      default:
        return randomString(r);
    }
  }

  private selection(type: GraphQLObjectType, depth: number, maxDepth: number, count: number): string {
    const r = this.r;
    const fields = Object.values(type.getFields());
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      if (r() < 0.02) {
        parts.push(`${randomString(r).replace(/[^A-Za-z_]/g, '') || 'noSuchField'}`);
        continue;
      }
      const leafs = fields.filter((f) => isLeafType(getNamedType(f.type)));
      const field = depth >= maxDepth && leafs.length > 0 ? pick(r, leafs) : pick(r, fields);
      const text = this.field(field, depth, maxDepth);
      // Many aliases of a small field; one alias at most of a large one, so documents stay in memory.
      const aliases = r() < 0.03 && text.length < 10_000 ? 20 + int(r, 60) : r() < 0.2 ? 1 : 0;
      if (aliases === 0) parts.push(text);
      else for (let a = 0; a < aliases; a++) parts.push(`a${a}_${i}: ${text}`);
    }
    if (r() < 0.1) parts.push('__typename');
    const inner = parts.join(' ');
    if (r() < 0.1) return `{ ... on ${type.name} { ${inner} } }`;
    if (r() < 0.1) {
      const name = `F${this.fragments.length}`;
      this.fragments.push(`fragment ${name} on ${type.name} { ${inner} }`);
      return `{ ...${name} }`;
    }
    return `{ ${inner} }`;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number, maxDepth: number): string {
    const r = this.r;
    const args: string[] = [];
    for (const arg of field.args) {
      if (!(isNonNullType(arg.type) ? r() < 0.95 : r() < 0.4)) continue;
      if (r() < 0.5) {
        const name = `v${this.vars.length}`;
        // Declared with the argument's type, or now and then a wrong one; its value right or wrong.
        const declared = r() < 0.9 ? String(arg.type) : pick(r, ['Int', 'String!', '[ID!]', 'Boolean', 'JSON', 'Float!']);
        this.vars.push(`$${name}: ${declared}`);
        if (r() < 0.95) this.variables[name] = randomValue(this.r, arg.type);
        args.push(`${arg.name}: $${name}`);
      } else {
        args.push(`${arg.name}: ${literal(randomValue(r, arg.type), arg.type)}`);
      }
    }
    if (r() < 0.03) args.push(`unknownArg: ${int(r, 9)}`);
    const head = args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name;
    const named = getNamedType(field.type);
    if (isObjectType(named)) {
      if (r() < 0.02) return head; // a missing selection set
      return `${head} ${this.selection(named, depth + 1, maxDepth, 1 + int(r, 3))}`;
    }
    return r() < 0.02 ? `${head} { x }` : head;
  }
}
