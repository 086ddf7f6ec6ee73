import { GraphQLObjectType, GraphQLSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GraphQLJSON } from './json.scalar';

// A one-field schema that echoes its JSON argument, to exercise literal and variable input.
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { echo: { type: GraphQLJSON, args: { value: { type: GraphQLJSON } }, resolve: (_src, args: { value: unknown }) => args.value } },
  }),
});

describe('JSON scalar', () => {
  it('reads nested literals, including variables inside them', async () => {
    const result = await graphql({
      schema,
      source: 'query ($n: JSON) { echo(value: { a: [1, 2.5, "x", true, null], b: { c: $n }, d: ENUMISH }) }',
      variableValues: { n: { deep: [1] } },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.echo).toEqual({ a: [1, 2.5, 'x', true, null], b: { c: { deep: [1] } }, d: 'ENUMISH' });
  });

  it('passes variable values and output through unchanged', async () => {
    const value = { type: 'object', properties: { eps: { type: 'number', default: 0.1 } } };
    const result = await graphql({ schema, source: 'query ($v: JSON) { echo(value: $v) }', variableValues: { v: value } });
    expect(result.data?.echo).toEqual(value);
  });
});
