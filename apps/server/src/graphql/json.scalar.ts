import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

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
 * Any JSON value. Used where the shape belongs to someone else (a plugin's params JSON
 * Schema), so clients get the document itself rather than a string to parse again.
 */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value (used for JSON Schema documents and plugin params).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalValue,
});
