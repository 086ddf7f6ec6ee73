import type { z } from 'zod';
import type { ResultRow } from '../analysis';
import type { TrainingInfo } from '../model-source';

/** What the server knows of a model a run used: the baseline rule reads `training.kind`, never the id. */
export interface ModelFacts {
  readonly id: string;
  readonly training: TrainingInfo;
  /** Figures the model record states (the zoo's manifest: `cleanAccuracy`, `robust:<norm>:<eps>`, ...). */
  readonly metrics: Readonly<Record<string, number>>;
}

/** Everything a table is computed from: the run's stored rows, the client's options, the models' facts. */
export interface TableInput<O = Readonly<Record<string, unknown>>> {
  /** The run's rows; for a `history` table, those of the run and its earlier runs, oldest run first, each with its `run`. */
  readonly rows: readonly ResultRow[];
  readonly options: O;
  /** Facts of every model the rows' runs declared, by id. */
  readonly models: ReadonlyMap<string, ModelFacts>;
}

export type TableScope = 'run' | 'history';

/** How many runs (the run and those before it) a `history` table reads at most. */
export const HISTORY_RUNS = 200;

/** A row schema: a zod object whose fields were made with `column.*`. */
export type RowSchema = z.ZodObject<Record<string, z.ZodType>>;

/**
 * A named table an analysis produces. Its rows are computed from the run's stored rows (the
 * server caches them per run, options and result count, pages and filters them, and writes CSV
 * from the same rows); each row is checked against `row` before it is served.
 */
export interface OutputTable<S extends RowSchema = RowSchema, O = Readonly<Record<string, unknown>>> {
  readonly description: string;
  /**
   * 'run' (the default): computed from the run's own rows. 'history': from the rows of the run
   * and of every earlier run of the same analysis (the most recent `HISTORY_RUNS` of them), so
   * a figure that combines evaluations (a best-known robust accuracy, say) reads as it stood
   * when the run was made; the latest run's table is the current one.
   */
  readonly scope?: TableScope;
  /** Columns in the order shown, each made with `column.*`. */
  readonly row: S;
  rows(input: TableInput<O>): readonly z.output<S>[];
}
