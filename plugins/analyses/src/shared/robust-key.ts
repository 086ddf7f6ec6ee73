/** A robust accuracy a model record states: the zoo writes `robust:<norm>:<eps label>` into its metrics. */
export interface ManifestFigure {
  readonly norm: 'L2' | 'Linf';
  readonly eps: number;
  /** The eps as the key writes it: `8/255`, `0.5`. */
  readonly epsLabel: string;
  readonly accuracy: number;
}

// The zoo's label: a plain number (`0.5`, `1e-3`) or a fraction (`8/255`).
const ROBUST_KEY = /^robust:(L2|Linf):(\d+(?:\.\d+)?(?:e-?\d+)?)(?:\/(\d+))?$/;

/** The norm and eps a `robust:<norm>:<eps label>` key names; undefined for any other key. */
export function parseRobustKey(key: string): Omit<ManifestFigure, 'accuracy'> | undefined {
  const m = ROBUST_KEY.exec(key);
  if (!m) return undefined;
  const [, norm, num = '', den] = m;
  const eps = den === undefined ? Number(num) : Number(num) / Number(den);
  if (!Number.isFinite(eps) || eps <= 0) return undefined;
  return { norm: norm as 'L2' | 'Linf', eps, epsLabel: den === undefined ? num : `${num}/${den}` };
}

/** Every robust figure of a record's metrics, by norm then eps. */
export function manifestFigures(metrics: Readonly<Record<string, number>>): ManifestFigure[] {
  const out: ManifestFigure[] = [];
  for (const [key, accuracy] of Object.entries(metrics)) {
    const parsed = parseRobustKey(key);
    if (parsed && Number.isFinite(accuracy)) out.push({ ...parsed, accuracy });
  }
  return out.sort((a, b) => (a.norm < b.norm ? -1 : a.norm > b.norm ? 1 : a.eps - b.eps));
}

/** Same budget up to float noise: 8/255 stored as 0.0313725... and parsed from `8/255`. */
export const sameEps = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

/** The record's stated robust accuracy at this norm and eps, or null when it states none. */
export function manifestRobustAccuracy(
  metrics: Readonly<Record<string, number>>,
  norm: string,
  eps: number,
): number | null {
  return manifestFigures(metrics).find((f) => f.norm === norm && sameEps(f.eps, eps))?.accuracy ?? null;
}

/** An eps as the zoo's keys write it: `8/255` for a Linf budget on the 1/255 grid, else the number. */
export function epsLabel(norm: string, eps: number): string {
  const steps = eps * 255;
  return norm === 'Linf' && eps > 0 && Math.abs(steps - Math.round(steps)) < 1e-6
    ? `${Math.round(steps)}/255`
    : String(Number(eps.toPrecision(6)));
}
