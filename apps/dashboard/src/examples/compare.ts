import type { OutputColumn, TableRow } from '../analyses/analyses.queries';
import { modelColumnOf, modelGroups, shownColumns, type EvidenceViewShape } from './evidence-rows';

/** An evidence view of one run, as the side-by-side comparison reads it. */
export interface CompareInput extends EvidenceViewShape {
  readonly runId: string;
  readonly analysis: string;
  readonly view: EvidenceViewShape['view'] & { readonly title: string; readonly table: string };
  readonly rows: readonly unknown[];
}

/** One view's line of the comparison: a cell per model, each the view's rows about that model. */
export interface CompareLine<T extends CompareInput = CompareInput> {
  /** The view the line comes from. */
  readonly input: T;
  readonly key: string;
  readonly runId: string;
  readonly analysis: string;
  readonly title: string;
  /** The columns each row shows in its model's cell. */
  readonly columns: readonly OutputColumn[];
  readonly cells: ReadonlyMap<string, readonly TableRow[]>;
}

export interface Comparison<T extends CompareInput = CompareInput> {
  /** Every model of the lines, naturally trained first, then by id: a column each. */
  readonly models: readonly { readonly id: string; readonly training: string }[];
  readonly lines: readonly CompareLine<T>[];
}

const isRow = (r: unknown): r is TableRow => typeof r === 'object' && r !== null && !Array.isArray(r);

/**
 * Every evidence view with a model column, pivoted: a line per view (in the order given), a column
 * per model (naturally trained first, the baseline the others are read against), each cell the
 * view's rows about that model, with every column the view shows but the model.
 */
export function compareByModel<T extends CompareInput>(
  evidence: readonly T[],
  training: ReadonlyMap<string, string>,
): Comparison<T> {
  const lines: CompareLine<T>[] = [];
  const models = new Map<string, string>();
  for (const e of evidence) {
    const shown = shownColumns(e);
    const model = modelColumnOf(shown);
    if (!model) continue;
    const rows = e.rows.filter(isRow);
    const groups = modelGroups(rows, model.name, training).filter((g) => g.model !== null);
    if (groups.length === 0) continue;
    for (const g of groups) models.set(g.model!, g.training ?? 'unknown');
    // Every shown column stays in the cells, a prediction or an outcome the sources share included:
    // side by side is for reading them against each other.
    const columns = shown.filter((c) => c !== model);
    lines.push({
      input: e,
      key: `${e.runId}/${e.view.table}/${e.view.title}`,
      runId: e.runId,
      analysis: e.analysis,
      title: e.view.title,
      columns,
      cells: new Map(groups.map((g) => [g.model!, g.rows])),
    });
  }
  const rank = (kind: string): number => (kind === 'natural' ? 0 : 1);
  return {
    models: [...models]
      .map(([id, kind]) => ({ id, training: kind }))
      .sort((a, b) => rank(a.training) - rank(b.training) || a.id.localeCompare(b.id)),
    lines,
  };
}

/** The picture columns of a line (heat maps and the like), drawn over the image. */
export const pictureColumns = (line: CompareLine): OutputColumn[] =>
  line.columns.filter((c) => c.role === 'picture');
