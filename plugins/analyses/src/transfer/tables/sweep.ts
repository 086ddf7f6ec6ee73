import { type z, type ModelFacts, type ResultRow, type TableInput } from '@transferlab/sdk';
import { baselineOptions, byText, checkNamedBaseline, groupBy, naturalBaseline } from '../../shared';
import { sweepRow, type SweepRow } from '../aggregate';

/** The options every transfer table takes (`outputs.options` parses them). */
export const transferTableOptions = baselineOptions;
export type TransferTableOptions = z.output<typeof transferTableOptions>;
export type TransferTableInput = TableInput<TransferTableOptions>;

/** One target under one setting (fine-tuning depth and learning rate), with its sweep rows. */
export interface Setting {
  readonly target: string;
  readonly depth: number | null;
  readonly lr: number | null;
  readonly rows: readonly SweepRow[];
  /** The stored rows the sweep rows came from, in the same order. */
  readonly stored: readonly ResultRow[];
}

/**
 * The run's sweep rows by target and setting, ordered by target, depth, lr (null first, as the
 * aggregate orders them). Rows that are not part of a sweep (no source, target, n, seed or
 * accuracy) are left out, by the aggregate's own rule (`sweepRow`).
 */
export function settingsOf(rows: readonly ResultRow[]): Setting[] {
  const pairs = rows.flatMap((stored) => {
    const row = sweepRow(stored.config, stored.metrics, stored.series);
    return row ? [{ row, stored }] : [];
  });
  return [...groupBy(pairs, (p) => [p.row.target, p.row.depth, p.row.lr]).values()]
    .map((list) => {
      const { target, depth, lr } = list[0]!.row;
      return { target, depth, lr, rows: list.map((p) => p.row), stored: list.map((p) => p.stored) };
    })
    .sort(
      (a, b) =>
        byText(a.target, b.target) || (a.depth ?? -1) - (b.depth ?? -1) || (a.lr ?? -1) - (b.lr ?? -1),
    );
}

/** The source's training kind from its model record; null when the run's model record is gone. */
export const trainingKind = (models: ReadonlyMap<string, ModelFacts>, source: string): string | null =>
  models.get(source)?.training.kind ?? null;

/**
 * The baseline of one setting: the named one, else its first naturally trained source by the
 * model records. A named baseline without results anywhere in the run is refused as bad input
 * on `options.baseline`, naming the run's sources.
 */
export function baselineResolver(input: TransferTableInput): (setting: Setting) => string | undefined {
  const named = input.options.baseline;
  checkNamedBaseline(
    named,
    settingsOf(input.rows).flatMap((s) => s.rows.map((r) => r.source)),
  );
  return (setting) =>
    naturalBaseline(
      setting.rows.map((r) => r.source),
      input.models,
      named,
    );
}
