import type { Interval } from './board-rows';
import type { RobustnessBoard, RobustnessCurve, RobustnessFlag, RobustnessRow } from './robustness.queries';

/** An interval over seeds; with one seed the bounds are null, as the server sends them. */
export const iv = (
  mean: number,
  half?: number,
  seeds = half === undefined ? 1 : 3,
): Interval & { sd: number } => ({
  mean,
  sd: half ?? 0,
  low: half === undefined ? null : mean - half,
  high: half === undefined ? null : mean + half,
  seeds,
});

export function row(source: string, worst: number, extra: Partial<RobustnessRow> = {}): RobustnessRow {
  return {
    source,
    clean: iv(0.9),
    ensemble: iv(worst),
    attacks: [],
    components: [],
    flags: [],
    passesPerImage: 12,
    manifest: null,
    ...extra,
  };
}

export function board(
  dataset: string,
  norm: string,
  eps: number,
  rows: RobustnessRow[] = [],
  attacks: string[] = ['pgd'],
): RobustnessBoard {
  return { dataset, norm, eps, attacks, rows };
}

export function curve(
  source: string,
  attack: string,
  points: [number, number][],
  extra: Partial<RobustnessCurve> = {},
): RobustnessCurve {
  return {
    source,
    dataset: 'fmnist',
    norm: 'Linf',
    attack,
    clean: iv(0.9, 0.02),
    points: points.map(([eps, mean]) => ({ eps, accuracy: iv(mean, 0.01) })),
    auc: iv(0.5),
    ...extra,
  };
}

export function flag(source: string, name: string, extra: Partial<RobustnessFlag> = {}): RobustnessFlag {
  return {
    name,
    message: `${name} failed`,
    source,
    dataset: 'fmnist',
    norm: 'Linf',
    attack: 'pgd',
    seed: 0,
    ...extra,
  };
}
