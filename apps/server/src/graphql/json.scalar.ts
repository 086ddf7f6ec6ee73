import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * Deepest nesting of arrays and objects a JSON input may have (a plain value is depth 0,
 * `{ "a": 1 }` depth 1). Deeper inputs are refused before anything recurses over them
 * (validation, canonical JSON, class-transformer), which would overflow the stack.
 */
export const MAX_JSON_DEPTH = 32;

function tooDeep(): GraphQLError {
  return new GraphQLError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels of objects and arrays; at most ${MAX_JSON_DEPTH} are accepted`, {
    extensions: { code: 'BAD_USER_INPUT', reason: 'JSON_TOO_DEEP' },
  });
}

/** Throws when a plain value nests more than MAX_JSON_DEPTH arrays and objects; iterative, so any depth is safe to check. */
export function checkJsonDepth(value: unknown): void {
  const stack: [unknown, number][] = [[value, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [v, depth] = top;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > MAX_JSON_DEPTH) throw tooDeep();
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
}

/** The same check on a literal's syntax tree (variables inside it are checked once substituted). */
function checkLiteralDepth(node: ValueNode): void {
  const stack: [ValueNode, number][] = [[node, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [n, depth] = top;
    if (n.kind !== Kind.LIST && n.kind !== Kind.OBJECT) continue;
    if (depth + 1 > MAX_JSON_DEPTH) throw tooDeep();
    for (const child of n.kind === Kind.LIST ? n.values : n.fields.map((f) => f.value)) stack.push([child, depth + 1]);
  }
}

/** A JSON literal from a query, turned into the plain value it denotes. */
function literalValue(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => literalValue(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literalValue(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    case Kind.ENUM:
      return node.value;
  }
}

/**
 * Any JSON value, at most MAX_JSON_DEPTH levels deep. Used where the shape belongs to someone
 * else (a plugin's params JSON Schema), so clients get the document itself rather than a
 * string to parse again.
 */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value (used for JSON Schema documents and plugin params).',
  serialize: (value) => value,
  parseValue: (value) => {
    checkJsonDepth(value);
    return value;
  },
  parseLiteral: (node, variables) => {
    checkLiteralDepth(node);
    const value = literalValue(node, variables);
    checkJsonDepth(value);
    return value;
  },
});
