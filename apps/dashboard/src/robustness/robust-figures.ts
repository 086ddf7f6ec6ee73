import { percent } from '../results/format';
import { sameEps, threatLabel } from './eps-label';
import type { RobustFigures } from './robustness.queries';

/** What the latest robustness run measured for a model at one threat model. */
export interface Measured {
  readonly runId: string;
  readonly dataset: string;
  /** Worst case over the run's attacks, mean over seeds. */
  readonly accuracy: number;
  readonly clean: number;
  readonly attacks: string[];
  readonly flags: string[];
}

/** A model's robust accuracy at one threat model: the manifest's figure beside the measured one. */
export interface RobustFigure {
  readonly norm: string;
  readonly eps: number;
  /** `Linf ε=8/255` */
  readonly label: string;
  readonly manifest: number | null;
  readonly measured: Measured | null;
}

const normRank = (norm: string): number => (norm === 'Linf' ? 0 : 1);

/**
 * The manifest's grid and the measured figures merged by threat model (the same norm and eps up
 * to float noise), Linf first, then by growing eps. A measured figure the manifest lacks (an
 * imported model, another budget) is its own entry.
 */
export function robustFigures(model: RobustFigures): RobustFigure[] {
  const out: { norm: string; eps: number; manifest: number | null; measured: Measured | null }[] =
    model.robustAccuracy.map((r) => ({ norm: r.norm, eps: r.eps, manifest: r.accuracy, measured: null }));
  for (const m of model.measuredRobustness) {
    const measured: Measured = {
      runId: m.runId,
      dataset: m.dataset,
      accuracy: m.accuracy,
      clean: m.clean,
      attacks: m.attacks,
      flags: m.flags,
    };
    const at = out.find((f) => f.norm === m.norm && sameEps(f.eps, m.eps) && f.measured === null);
    if (at) at.measured = measured;
    else out.push({ norm: m.norm, eps: m.eps, manifest: null, measured });
  }
  return out
    .sort((a, b) => normRank(a.norm) - normRank(b.norm) || a.norm.localeCompare(b.norm) || a.eps - b.eps)
    .map((f) => ({ ...f, label: threatLabel(f.norm, f.eps) }));
}

/**
 * The one figure a compact cell shows: the largest measured budget of the first norm measured;
 * without measurements, the manifest's largest budget of its first norm.
 */
export function headlineFigure(figures: readonly RobustFigure[]): RobustFigure | undefined {
  const pool = figures.some((f) => f.measured) ? figures.filter((f) => f.measured) : figures;
  const norm = pool[0]?.norm;
  return pool.filter((f) => f.norm === norm).at(-1);
}

/** The robustness page at the run and threat model a measured figure comes from. */
export function measuredHref(figure: RobustFigure): string | undefined {
  if (!figure.measured) return undefined;
  const q = new URLSearchParams({
    run: figure.measured.runId,
    dataset: figure.measured.dataset,
    norm: figure.norm,
    eps: String(figure.eps),
  });
  return `/robustness?${q.toString()}`;
}

/** A figure as one line of text (tooltips): `Linf ε=8/255: 82.5% manifest · 80.1% measured`. */
export function figureText(figure: RobustFigure): string {
  const parts = [
    ...(figure.manifest === null ? [] : [`${percent(figure.manifest)} manifest`]),
    ...(figure.measured ? [`${percent(figure.measured.accuracy)} measured`] : []),
  ];
  return `${figure.label}: ${parts.join(' · ')}`;
}
