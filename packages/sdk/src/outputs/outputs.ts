import type { z } from 'zod';
import { COLUMN_ROLES, columnSpecOf, type ColumnRole, type ColumnSpec } from './columns';
import type { OutputTable, RowSchema } from './tables';
import type { EvidenceRequest, OutputView } from './views';

/**
 * What an analysis produces and how to show it: named tables (rows with typed, role-tagged
 * columns) and views over them. The server serves any table through one GraphQL query and CSV;
 * the dashboard draws the views at `/analyses/<name>`.
 */
export interface AnalysisOutputs {
  // Each table's own row type widens to a plain record here; the registry checks shapes at start-up.
  readonly tables: Readonly<Record<string, OutputTable>>;
  readonly views?: readonly OutputView[];
  /** The table `transferlab results RUN` prints (default: the first table). */
  readonly summary?: string;
  /**
   * Figures this analysis measures per model, shown beside each model in the catalog: the rows
   * of `table` whose `model` column is the model, from the latest run that used it.
   */
  readonly modelFigures?: ModelFiguresSpec | readonly ModelFiguresSpec[];
  /**
   * Options a client may pass to every table (a baseline source, say), as a zod object: the
   * server parses them and refuses bad ones naming the field. The dashboard offers a picker for
   * a `baseline` option, with the run's values of the summary table's model column; a table
   * that echoes an option's effective value in a column of the same name has the model cells
   * equal to it tagged (the baseline's own row).
   */
  readonly options?: z.ZodObject;
}

/** A table whose rows about a model the catalog shows beside it (rows whose `model` column is the model). */
export interface ModelFiguresSpec {
  readonly table: string;
  readonly model: string;
}

/** The declared model-figure tables as a list. */
export function modelFigureSpecs(outputs: AnalysisOutputs | undefined): readonly ModelFiguresSpec[] {
  const f = outputs?.modelFigures;
  if (f === undefined) return [];
  return isSpecList(f) ? f : [f];
}

const isSpecList = (f: ModelFiguresSpec | readonly ModelFiguresSpec[]): f is readonly ModelFiguresSpec[] =>
  Array.isArray(f);

/** One column as the API lists it. */
export interface OutputColumn extends ColumnSpec {
  readonly name: string;
}

/** Types a table with its row's element types checked (a helper for authors; the object is unchanged). */
export function defineTable<S extends RowSchema, O = Readonly<Record<string, unknown>>>(
  table: OutputTable<S, O>,
): OutputTable<S, O> {
  return table;
}

/** A table's columns in declaration order, read from its row schema. */
export function tableColumns(table: Pick<OutputTable, 'row'>): OutputColumn[] {
  return Object.entries(table.row.shape).map(([name, schema]) => ({
    name,
    ...(columnSpecOf(schema) ?? { role: 'text' as const }),
  }));
}

/** The table `results` prints: the declared summary, else the first. */
export function summaryTable(outputs: AnalysisOutputs): string | undefined {
  return outputs.summary ?? Object.keys(outputs.tables)[0];
}

const TABLE_NAME = /^[a-z][a-z0-9-]{0,63}$/;
const FACET_ROLES: readonly ColumnRole[] = ['dimension', 'model', 'text'];

/** Problems with an outputs declaration (unknown tables or columns, wrong roles); empty when well formed. */
export function outputsProblems(outputs: unknown): string[] {
  if (typeof outputs !== 'object' || outputs === null) return ['outputs must be an object'];
  const o = outputs as Partial<AnalysisOutputs>;
  if (typeof o.tables !== 'object' || o.tables === null || Object.keys(o.tables).length === 0)
    return ['outputs.tables must name at least one table'];
  const problems: string[] = [];
  const roles = new Map<string, Map<string, ColumnRole>>();
  for (const [name, table] of Object.entries(o.tables)) {
    const at = `outputs.tables.${name}`;
    if (!TABLE_NAME.test(name)) problems.push(`${at}: a table name must match ${String(TABLE_NAME)}`);
    if (typeof table?.rows !== 'function') problems.push(`${at}.rows must be a function`);
    if (typeof table?.description !== 'string' || table.description.trim() === '')
      problems.push(`${at}.description must be a non-empty string`);
    const shape = (table?.row as { shape?: Record<string, unknown> } | undefined)?.shape;
    if (typeof shape !== 'object' || shape === null) {
      problems.push(`${at}.row must be a zod object`);
      continue;
    }
    const cols = new Map<string, ColumnRole>();
    for (const [c, schema] of Object.entries(shape)) {
      const spec = columnSpecOf(schema);
      if (!spec) problems.push(`${at}.row.${c} was not made with column.* (it has no role)`);
      else cols.set(c, spec.role);
    }
    roles.set(name, cols);
  }
  if (o.summary !== undefined && !roles.has(o.summary))
    problems.push(`outputs.summary: no table '${o.summary}'`);
  for (const [i, f] of modelFigureSpecs(o as AnalysisOutputs).entries()) {
    const at = Array.isArray(o.modelFigures) ? `outputs.modelFigures[${i}]` : 'outputs.modelFigures';
    const cols = roles.get(f.table);
    if (!cols) problems.push(`${at}.table: no table '${f.table}'`);
    else if (cols.get(f.model) !== 'model') {
      problems.push(`${at}.model: table '${f.table}' has no model column '${f.model}'`);
    }
  }
  for (const [name, table] of Object.entries(o.tables)) {
    const scope = (table as { scope?: unknown } | undefined)?.scope;
    if (scope !== undefined && scope !== 'run' && scope !== 'history')
      problems.push(`outputs.tables.${name}.scope must be 'run' or 'history'`);
  }
  (o.views ?? []).forEach((v, i) => problems.push(...viewProblems(v, `outputs.views[${i}]`, roles)));
  return problems;
}

function requestProblems(r: EvidenceRequest, at: string): string[] {
  const problems: string[] = [];
  const text = (field: string, value: unknown): void => {
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${at}.${field} must be a non-empty string`);
  };
  text('label', r.label);
  text('params.dataset', r.params?.dataset);
  text('params.index', r.params?.index);
  text('params.sources', r.params?.sources);
  if (!Number.isInteger(r.maxSources) || r.maxSources < 1) problems.push(`${at}.maxSources must be a positive integer`);
  return problems;
}

function viewProblems(
  v: OutputView,
  at: string,
  tables: ReadonlyMap<string, ReadonlyMap<string, ColumnRole>>,
): string[] {
  const cols = tables.get(v.table);
  if (!cols) return [`${at}.table: no table '${v.table}' (tables: ${[...tables.keys()].join(', ')})`];
  const problems: string[] = [];
  if (typeof v.title !== 'string' || v.title.trim() === '')
    problems.push(`${at}.title must be a non-empty string`);
  const need = (field: string, column: string | undefined, allowed: readonly ColumnRole[]): void => {
    const role = column === undefined ? undefined : cols.get(column);
    if (role === undefined)
      problems.push(`${at}.${field}: table '${v.table}' has no column '${String(column)}'`);
    else if (!allowed.includes(role))
      problems.push(
        `${at}.${field}: column '${column}' has role ${role}; it must be ${allowed.join(' or ')}`,
      );
  };
  (v.facets ?? []).forEach((f, i) => need(`facets[${i}]`, f, FACET_ROLES));
  switch (v.kind) {
    case 'table':
      if (v.rank) need('rank.by', v.rank.by, ['measure', 'interval']);
      (v.columns ?? []).forEach((c, i) => need(`columns[${i}]`, c, COLUMN_ROLES));
      if (v.pivot) {
        need('pivot.columns', v.pivot.columns, ['dimension']);
        if (v.pivot.values.length === 0) problems.push(`${at}.pivot.values must name at least one column`);
        v.pivot.values.forEach((c, i) =>
          need(`pivot.values[${i}]`, c, ['measure', 'interval', 'text']),
        );
      }
      break;
    case 'series':
      need('x', v.x, ['dimension', 'measure']);
      need('y', v.y, ['measure', 'interval']);
      need('series', v.series, FACET_ROLES);
      break;
    case 'gallery':
      need('image', v.image, ['image', 'picture']);
      (v.caption ?? []).forEach((c, i) =>
        need(`caption[${i}]`, c, ['dimension', 'measure', 'interval', 'model', 'text']),
      );
      (v.group ?? []).forEach((c, i) => need(`group[${i}]`, c, FACET_ROLES));
      (v.header ?? []).forEach((c, i) =>
        need(`header[${i}]`, c, ['dimension', 'measure', 'interval', 'image', 'picture', 'model', 'text']),
      );
      if (v.mark !== undefined) need('mark', v.mark, ['dimension', 'text']);
      break;
    case 'evidence':
      need('image', v.image, ['image']);
      v.show.forEach((c, i) =>
        need(`show[${i}]`, c, ['dimension', 'measure', 'interval', 'image', 'picture', 'model', 'text']),
      );
      if (v.onRequest !== undefined) problems.push(...requestProblems(v.onRequest, `${at}.onRequest`));
      break;
    default:
      problems.push(
        `${at}.kind must be table, series, gallery or evidence (got ${JSON.stringify((v as { kind?: unknown }).kind)})`,
      );
  }
  return problems;
}

/**
 * A row as flat named values (for CSV): an interval becomes `<name>.mean`, `.low`, `.high`, `.n`
 * and an image reference `<name>.dataset`, `.split`, `.index`; every other value stays as it is.
 */
export function flattenRow(
  columns: readonly OutputColumn[],
  row: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    const v = row[c.name];
    if (c.role === 'interval' || c.role === 'image') {
      for (const part of flatParts(c.role))
        out[`${c.name}.${part}`] =
          v === null || v === undefined ? null : (v as Record<string, unknown>)[part];
    } else out[c.name] = v;
  }
  return out;
}

/** The flat column names of a table, in order (CSV's header). */
export function flatColumnNames(columns: readonly OutputColumn[]): string[] {
  return columns.flatMap((c) =>
    c.role === 'interval' || c.role === 'image' ? flatParts(c.role).map((p) => `${c.name}.${p}`) : [c.name],
  );
}

const flatParts = (role: 'interval' | 'image'): readonly string[] =>
  role === 'interval' ? ['mean', 'low', 'high', 'n'] : ['dataset', 'split', 'index'];
