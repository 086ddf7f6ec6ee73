import type { OutputColumn, TableRow } from '../analyses/analyses.queries';

/** The parts of an evidence view and its table that the per-example page reads. */
export interface EvidenceViewShape {
  readonly view: { readonly image: string | null; readonly caption: readonly string[] };
  readonly table: { readonly columns: readonly OutputColumn[] };
}

/**
 * The columns a view shows for the example, in its caption's order: every column of the table
 * it names but the image the rows are keyed by (the page shows that image once).
 */
export function shownColumns({ view, table }: EvidenceViewShape): OutputColumn[] {
  return view.caption
    .filter((name) => name !== view.image)
    .map((name) => table.columns.find((c) => c.name === name))
    .filter((c) => c !== undefined);
}

/** The first shown column naming a model, which the rows are grouped by. */
export const modelColumnOf = (columns: readonly OutputColumn[]): OutputColumn | undefined =>
  columns.find((c) => c.role === 'model');

export interface ModelGroup {
  /** The model the rows are about; null for rows without one (or a view without a model column). */
  readonly model: string | null;
  /** 'natural', 'adversarial' or 'unknown' as the model's record says; null without a model. */
  readonly training: string | null;
  readonly rows: readonly TableRow[];
}

/** Naturally trained models first (the baseline the others are read against), rows without a model last. */
const rank = (g: ModelGroup): number => (g.model === null ? 2 : g.training === 'natural' ? 0 : 1);

/**
 * The rows by the model their model column names, in the order models are compared in:
 * naturally trained first, then by id; rows keep their order within a model. Without a model
 * column, one group of every row.
 */
export function modelGroups(
  rows: readonly TableRow[],
  model: string | undefined,
  training: ReadonlyMap<string, string>,
): ModelGroup[] {
  if (model === undefined) return rows.length === 0 ? [] : [{ model: null, training: null, rows }];
  const byModel = new Map<string | null, TableRow[]>();
  for (const r of rows) {
    const v = r[model];
    const id = typeof v === 'string' ? v : null;
    const list = byModel.get(id);
    if (list) list.push(r);
    else byModel.set(id, [r]);
  }
  return [...byModel]
    .map(([id, list]): ModelGroup => ({
      model: id,
      training: id === null ? null : (training.get(id) ?? 'unknown'),
      rows: list,
    }))
    .sort((a, b) => rank(a) - rank(b) || (a.model ?? '').localeCompare(b.model ?? ''));
}
