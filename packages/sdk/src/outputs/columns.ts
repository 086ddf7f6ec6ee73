import { z } from 'zod';

/**
 * What a column is, which decides how the server flattens it (CSV) and how the dashboard draws it:
 * - dimension: a value rows are grouped or filtered by (target, n, depth, eps)
 * - measure: a number (accuracy, a score)
 * - interval: a mean with its 95% interval over seeds or images ({@link intervalValue})
 * - image: a reference to a dataset image ({@link imageRefValue}), drawn from the dataset itself
 * - picture: an image the analysis made (a `data:image/png;base64,` URL: a heat map, say)
 * - model: a source model id (links to the catalog, shown with its training kind)
 * - text: anything else, shown as it is
 */
export const COLUMN_ROLES = [
  'dimension',
  'measure',
  'interval',
  'image',
  'picture',
  'model',
  'text',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * How a value reads: a number as a share (0..1, shown as a percentage), a count, a p-value or a
 * plain number; a text column as a warning (a failed check, say: shown as a mark, null when none);
 * a class number as the class's name in the dataset of the row's first image column.
 */
export const COLUMN_FORMATS = ['share', 'count', 'pvalue', 'number', 'warning', 'class'] as const;
export type ColumnFormat = (typeof COLUMN_FORMATS)[number];

export interface ColumnMeta {
  readonly label?: string;
  readonly description?: string;
  readonly format?: ColumnFormat;
  /** How an empty (null) value reads where it means something: a depth of 'all layers', say. */
  readonly nullLabel?: string;
}

/** A column's declaration as it rides on its zod schema (zod's `.meta()`). */
export interface ColumnSpec extends ColumnMeta {
  readonly role: ColumnRole;
}

/** A mean with its 95% Student-t interval; `low`/`high` are null when there is one value. */
export const intervalValue = z
  .object({
    mean: z.number(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    /** How many values (seeds, images) the mean is over. */
    n: z.number().int().min(0),
  })
  .strict();
export type IntervalValue = z.output<typeof intervalValue>;

/** An image of a dataset split: the key every per-example output is joined on. */
export const imageRefValue = z
  .object({
    dataset: z.string().min(1).max(200),
    split: z.enum(['train', 'test']),
    index: z.number().int().min(0),
  })
  .strict();
export type ImageRef = z.output<typeof imageRefValue>;

const PICTURE = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/;

// zod's `.meta()` returns a copy of the schema registered with the metadata; its static type is the schema's own.
function tagged<T>(schema: T, role: ColumnRole, meta: ColumnMeta): T {
  return (schema as unknown as z.ZodType).meta({ ...meta, role }) as unknown as T;
}

/**
 * Column schemas for a table's row: each is a zod schema carrying its role, so one `z.object`
 * declares both the rows' types and how to show them.
 */
export const column = {
  /** A value rows are grouped or filtered by (a string or a number). */
  dimension: <T extends z.ZodString | z.ZodNumber | z.ZodNullable<z.ZodString> | z.ZodNullable<z.ZodNumber>>(
    schema: T,
    meta: ColumnMeta = {},
  ): T => tagged(schema, 'dimension', meta),
  measure: (meta: ColumnMeta = {}) => tagged(z.number().nullable(), 'measure', meta),
  interval: (meta: ColumnMeta = {}) => tagged(intervalValue.nullable(), 'interval', meta),
  image: (meta: ColumnMeta = {}) => tagged(imageRefValue, 'image', meta),
  picture: (meta: ColumnMeta = {}) =>
    tagged(z.string().max(4_000_000).regex(PICTURE, 'must be a data:image/png;base64 URL'), 'picture', meta),
  model: (meta: ColumnMeta = {}) => tagged(z.string().min(1).max(200), 'model', meta),
  text: (meta: ColumnMeta = {}) => tagged(z.string().max(10_000).nullable(), 'text', meta),
};

/** A column's spec read back from its schema's metadata; undefined when it was not made by `column`. */
export function columnSpecOf(schema: unknown): ColumnSpec | undefined {
  const meta =
    typeof (schema as { meta?: unknown })?.meta === 'function'
      ? (schema as { meta(): unknown }).meta()
      : undefined;
  if (typeof meta !== 'object' || meta === null) return undefined;
  const m = meta as Record<string, unknown>;
  if (typeof m.role !== 'string' || !(COLUMN_ROLES as readonly string[]).includes(m.role)) return undefined;
  const spec: { -readonly [K in keyof ColumnSpec]: ColumnSpec[K] } = { role: m.role as ColumnRole };
  if (typeof m.label === 'string') spec.label = m.label;
  if (typeof m.description === 'string') spec.description = m.description;
  if (typeof m.format === 'string' && (COLUMN_FORMATS as readonly string[]).includes(m.format))
    spec.format = m.format as ColumnFormat;
  if (typeof m.nullLabel === 'string') spec.nullLabel = m.nullLabel;
  return spec;
}
