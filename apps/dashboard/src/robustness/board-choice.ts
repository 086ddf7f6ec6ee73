import { sameEps } from './eps-label';
import type { RobustnessBoard } from './robustness.queries';

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** What the robustness page shows: a dataset, a norm and a budget of the run, with the alternatives. */
export interface BoardChoice {
  readonly datasets: string[];
  /** Norms with boards for the chosen dataset, Linf first (the common RobustBench view). */
  readonly norms: string[];
  /** Budgets with boards for the chosen dataset and norm, ascending. */
  readonly epsilons: number[];
  readonly dataset: string;
  readonly norm: string;
  readonly eps: number;
  readonly board: RobustnessBoard;
}

const normOrder = (a: string, b: string): number =>
  (a === 'Linf' ? 0 : 1) - (b === 'Linf' ? 0 : 1) || a.localeCompare(b);

/**
 * The board the URL asks for when the run has it; else the first dataset, Linf before L2, and
 * the largest budget (where sources differ most).
 */
export function pickBoard(
  boards: readonly RobustnessBoard[],
  requested: { readonly dataset: string | null; readonly norm: string | null; readonly eps: string | null },
): BoardChoice | undefined {
  const datasets = unique(boards.map((b) => b.dataset)).sort();
  const dataset =
    requested.dataset !== null && datasets.includes(requested.dataset) ? requested.dataset : datasets[0];
  const forDataset = boards.filter((b) => b.dataset === dataset);
  const norms = unique(forDataset.map((b) => b.norm)).sort(normOrder);
  const norm = requested.norm !== null && norms.includes(requested.norm) ? requested.norm : norms[0];
  const forNorm = forDataset.filter((b) => b.norm === norm);
  const epsilons = unique(forNorm.map((b) => b.eps)).sort((a, b) => a - b);
  const asked = requested.eps === null ? NaN : Number(requested.eps);
  const eps = epsilons.find((e) => sameEps(e, asked)) ?? epsilons[epsilons.length - 1];
  const board = forNorm.find((b) => b.eps === eps);
  if (dataset === undefined || norm === undefined || eps === undefined || !board) return undefined;
  return { datasets, norms, epsilons, dataset, norm, eps, board };
}
