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
  readonly rows: readonly ResultRow[];
  readonly options: O;
  /** Facts of every model the run's trials declared, by id. */
  readonly models: ReadonlyMap<string, ModelFacts>;
}

/** A row schema: a zod object whose fields were made with `column.*`. */
export type RowSchema = z.ZodObject<Record<string, z.ZodType>>;

/**
 * A named table an analysis produces. Its rows are computed from the run's stored rows (the
 * server caches them per run, options and result count, pages and filters them, and writes CSV
 * from the same rows); each row is checked against `row` before it is served.
 */
export interface OutputTable<S extends RowSchema = RowSchema, O = Readonly<Record<string, unknown>>> {
  readonly description: string;
  /** Columns in the order shown, each made with `column.*`. */
  readonly row: S;
  rows(input: TableInput<O>): readonly z.output<S>[];
}
