import type { MeanWithInterval } from '../results/accuracy-cell';
import type { RobustnessBoard, RobustnessFlag } from './robustness.queries';

export type Interval = MeanWithInterval;

/** A failed reliability check of a row, with what each trial that raised it said. */
export interface RowFlag {
  readonly name: string;
  readonly messages: string[];
}

/** One ensemble component's column: accuracy left after it, cumulative in the ensemble's order. */
export interface ComponentColumn {
  readonly id: string;
  readonly attack: string;
  readonly component: string;
}

/** One source of a RobustBench-style leaderboard. */
export interface RobustBoardRow {
  readonly source: string;
  /** 1 for the highest worst-case accuracy; equal accuracies share a rank. */
  readonly rank: number;
  readonly clean: Interval;
  readonly worstCase: Interval;
  /** Keyed by attack name. */
  readonly attacks: Readonly<Record<string, Interval | undefined>>;
  /** Keyed by ComponentColumn.id. */
  readonly components: Readonly<Record<string, Interval | undefined>>;
  /** The zoo manifest's robust accuracy at this threat model, when it has one. */
  readonly manifest: number | null;
  readonly passesPerImage: number;
  /** Non-empty: the evaluation is potentially unreliable. */
  readonly flags: RowFlag[];
}

const interval = ({ mean, low, high, seeds }: Interval): Interval => ({ mean, low, high, seeds });

export const componentId = (attack: string, component: string): string => `${attack}/${component}`;

/** The ensemble components any row of the board reports, in the order the server lists them. */
export function componentColumns(board: RobustnessBoard): ComponentColumn[] {
  const seen = new Map<string, ComponentColumn>();
  for (const row of board.rows)
    for (const { attack, component } of row.components) {
      const id = componentId(attack, component);
      if (!seen.has(id)) seen.set(id, { id, attack, component });
    }
  return [...seen.values()];
}

/**
 * The board's rows ranked by worst-case accuracy (then by name), each with its flags' messages
 * from the run's flags of the same source, dataset and norm (flags are per trial, not per eps).
 */
export function boardRows(board: RobustnessBoard, flags: readonly RobustnessFlag[]): RobustBoardRow[] {
  const rows = board.rows.map((r): RobustBoardRow => {
    const raised = flags.filter(
      (f) => f.source === r.source && f.dataset === board.dataset && f.norm === board.norm,
    );
    return {
      source: r.source,
      rank: 0,
      clean: interval(r.clean),
      worstCase: interval(r.ensemble),
      attacks: Object.fromEntries(r.attacks.map((a) => [a.attack, interval(a.accuracy)])),
      components: Object.fromEntries(
        r.components.map((c) => [componentId(c.attack, c.component), interval(c.accuracy)]),
      ),
      manifest: r.manifest,
      passesPerImage: r.passesPerImage,
      flags: [...new Set(r.flags)].map((name) => ({
        name,
        messages: [
          ...new Set(
            raised.filter((f) => f.name === name).map((f) => `${f.attack} (seed ${f.seed}): ${f.message}`),
          ),
        ],
      })),
    };
  });
  rows.sort((a, b) => b.worstCase.mean - a.worstCase.mean || a.source.localeCompare(b.source));
  return rows.map((row) => ({
    ...row,
    rank: 1 + rows.filter((other) => other.worstCase.mean > row.worstCase.mean).length,
  }));
}
