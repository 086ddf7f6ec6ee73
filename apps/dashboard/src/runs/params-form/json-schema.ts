/** A JSON Schema node, read loosely: plugin schemas come from the server as plain JSON. */
export type SchemaNode = Readonly<Record<string, unknown>>;

export function isSchemaNode(v: unknown): v is SchemaNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const SCALAR_TYPES = new Set(['string', 'number', 'integer']);

/** The scalar types ('string', 'number', 'integer') a schema node admits, looking through anyOf/oneOf and const. */
export function scalarTypes(node: unknown): Set<string> {
  const out = new Set<string>();
  if (!isSchemaNode(node)) return out;
  const { type } = node;
  for (const t of Array.isArray(type) ? type : [type])
    if (typeof t === 'string' && SCALAR_TYPES.has(t)) out.add(t);
  if (typeof node.const === 'string') out.add('string');
  if (typeof node.const === 'number') out.add('number');
  for (const key of ['anyOf', 'oneOf'] as const) {
    const alternatives = node[key];
    if (Array.isArray(alternatives))
      for (const alt of alternatives) for (const t of scalarTypes(alt)) out.add(t);
  }
  return out;
}

/**
 * An array of free scalars (numbers, strings, or a mix such as `0 | 1 | 'all'`), which reads
 * best as one comma-separated text field. Arrays of enums stay checkboxes; arrays of
 * objects or nested arrays stay RJSF's add/remove list.
 */
export function isScalarList(node: unknown): boolean {
  if (!isSchemaNode(node) || node.type !== 'array' || !isSchemaNode(node.items)) return false;
  if (Array.isArray(node.items.enum)) return false;
  const types = scalarTypes(node.items);
  if (types.size === 0) return false;
  // Every alternative must be a scalar (an object alternative needs the full editor).
  const alternatives = [node.items.anyOf, node.items.oneOf].find(Array.isArray);
  return alternatives === undefined || alternatives.every((alt) => scalarTypes(alt).size > 0);
}
