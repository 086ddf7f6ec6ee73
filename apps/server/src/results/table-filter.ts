import type { OutputColumn } from '@transferlab/sdk';

/** A table filter: rows whose column equals one of the listed values. */
export type TableFilter = ReadonlyMap<string, ReadonlySet<string | number | null>>;

/** Most columns one filter may name, and values per column. */
export const MAX_FILTER_COLUMNS = 8;
export const MAX_FILTER_VALUES = 100;

const FILTERABLE = new Set(['dimension', 'model', 'text']);

type Scalar = string | number | null;
const isScalar = (v: unknown): v is Scalar =>
  v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** A client's filter checked against the table's columns; the error names the field at fault. */
export function parseFilter(
  raw: Readonly<Record<string, unknown>> | undefined,
  columns: readonly OutputColumn[],
): { filter: TableFilter } | { field: string; message: string } {
  const filter = new Map<string, Set<Scalar>>();
  const entries = Object.entries(raw ?? {});
  if (entries.length > MAX_FILTER_COLUMNS)
    return { field: 'filter', message: `at most ${MAX_FILTER_COLUMNS} columns (got ${entries.length})` };
  for (const [name, value] of entries) {
    const column = columns.find((c) => c.name === name);
    const field = `filter.${name}`;
    if (!column)
      return { field, message: `no column '${name}'; columns: ${columns.map((c) => c.name).join(', ')}` };
    if (!FILTERABLE.has(column.role))
      return {
        field,
        message: `column '${name}' has role ${column.role}; only dimension, model and text columns filter`,
      };
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0 || values.length > MAX_FILTER_VALUES)
      return { field, message: `give 1 to ${MAX_FILTER_VALUES} values` };
    if (!values.every(isScalar)) return { field, message: 'values must be strings, finite numbers or null' };
    if (values.some((v) => typeof v === 'string' && v.length > 200))
      return { field, message: 'a value is over 200 characters' };
    filter.set(name, new Set(values));
  }
  return { filter };
}

/** Whether a row passes every column of the filter. */
export function matches(row: Readonly<Record<string, unknown>>, filter: TableFilter): boolean {
  for (const [name, values] of filter) {
    const v = row[name];
    if (!values.has(isScalar(v) ? v : null)) return false;
  }
  return true;
}

/** Most distinct values one facet lists. */
export const MAX_FACET_VALUES = 500;

/** The distinct values of filterable columns over rows (numbers ascending, then strings, null last). */
export function facetValues(
  rows: readonly Readonly<Record<string, unknown>>[],
  names: readonly string[],
  columns: readonly OutputColumn[],
  choices?: Readonly<Record<string, unknown>> | null,
): { column: string; values: Scalar[] }[] | { field: string; message: string } {
  // GraphQL gives null for an absent argument: no cascade.
  const chosen = choices ?? undefined;
  const bad = chosen === undefined ? undefined : choiceProblem(chosen, names);
  if (bad) return bad;
  const out: { column: string; values: Scalar[] }[] = [];
  // Cascading: the rows a facet's values are read from, narrowed by each chosen facet before it.
  let scope = rows;
  for (const name of names) {
    const column = columns.find((c) => c.name === name);
    if (!column)
      return {
        field: 'facets',
        message: `no column '${name}'; columns: ${columns.map((c) => c.name).join(', ')}`,
      };
    if (!FILTERABLE.has(column.role))
      return {
        field: 'facets',
        message: `column '${name}' has role ${column.role}; only dimension, model and text columns have facets`,
      };
    const seen = new Set<Scalar>();
    for (const r of scope) {
      const v = r[name];
      seen.add(isScalar(v) ? v : null);
    }
    const values = [...seen].sort(scalarOrder).slice(0, MAX_FACET_VALUES);
    out.push({ column: name, values });
    if (chosen !== undefined && Object.hasOwn(chosen, name)) {
      const value = pickChoice(values, chosen[name]);
      scope = scope.filter((r) => (isScalar(r[name]) ? r[name] : null) === value);
    }
  }
  return out;
}

/** The value a page shows for a facet: the requested one (compared as text, as a URL holds it) when present, else the first. */
function pickChoice(values: readonly Scalar[], requested: unknown): Scalar | undefined {
  if (typeof requested === 'string') {
    const hit = values.find((v) => String(v) === requested);
    if (hit !== undefined) return hit;
  }
  return values[0];
}

/** At most the facets' own columns, each chosen as a string or null. */
function choiceProblem(
  choices: Readonly<Record<string, unknown>>,
  names: readonly string[],
): { field: string; message: string } | undefined {
  for (const [k, v] of Object.entries(choices)) {
    if (!names.includes(k))
      return {
        field: `facetChoices.${k}`,
        message: `'${k}' is not one of the facets asked for (${names.join(', ') || 'none'})`,
      };
    if (v !== null && (typeof v !== 'string' || v.length > 200))
      return {
        field: `facetChoices.${k}`,
        message: 'a choice is a string of at most 200 characters, or null',
      };
  }
  return undefined;
}

function scalarOrder(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
