import { GraphQLObjectType, GraphQLSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GraphQLJSON, MAX_JSON_DEPTH, checkJsonDepth } from './json.scalar';

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

describe('JSON scalar nesting cap', () => {
  const nested = (depth: number): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = i % 2 === 0 ? { a: v } : [v];
    return v;
  };
  const literal = (depth: number): string => '{ a: '.repeat(depth) + '1' + ' }'.repeat(depth);

  it.each([
    ['a variable', (d: number) => graphql({ schema, source: 'query ($v: JSON) { echo(value: $v) }', variableValues: { v: nested(d) } }), /^Variable "\$v" got invalid value .*; JSON nested deeper than 32 levels/],
    ['a literal', (d: number) => graphql({ schema, source: `{ echo(value: ${literal(d)}) }` }), /^JSON nested deeper than 32 levels/],
    // graphql-js coerces these at execution and drops the scalar's message.
    ['a variable inside a literal', (d: number) => graphql({ schema, source: 'query ($v: JSON) { echo(value: { a: $v }) }', variableValues: { v: nested(d - 1) } }), /^Argument "value" has invalid value \{a: \$v\}/],
  ])(`accepts %s nested ${MAX_JSON_DEPTH} deep and refuses one level more`, async (_what, run, message) => {
    const ok = await run(MAX_JSON_DEPTH);
    expect(ok.errors).toBeUndefined();
    const refused = await run(MAX_JSON_DEPTH + 1);
    expect(refused.data?.echo ?? null).toBeNull();
    expect(refused.errors?.[0]?.message).toMatch(message);
  });

  it('checks 10,000 levels without overflowing the stack', () => {
    expect(() => checkJsonDepth(nested(10_000))).toThrow(/nested deeper than 32 levels/);
    expect(() => checkJsonDepth({ wide: Array.from({ length: 10_000 }, (_, i) => ({ i })) })).not.toThrow();
  });
});
