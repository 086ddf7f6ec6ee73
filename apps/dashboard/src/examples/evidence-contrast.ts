import type { RunSummary } from '../results/results.query';
import type { ExampleSource } from './examples.queries';

/** The analyses whose runs the per-example view gathers from. */
export const EVIDENCE_ANALYSES = ['saliency', 'robustness', 'influence', 'transfer'] as const;

/** The runs named in the URL, else the newest run with finished trials of each analysis. */
export function evidenceRuns(runs: readonly RunSummary[], requested: string | null): string[] {
  const named = (requested ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (named.length > 0) return [...new Set(named)].slice(0, 8);
  const out: string[] = [];
  for (const a of EVIDENCE_ANALYSES) {
    const newest = runs.find((r) => r.analysis === a && r.completedCount > 0);
    if (newest) out.push(newest.id);
  }
  return out;
}

/** A source's mean alignment of one method over its saliency entries (null when none). */
export function alignmentOf(s: ExampleSource, method: string): number | null {
  const r = s.saliency.flatMap((x) =>
    x.scores.filter((c) => c.method === method && c.ratio !== null).map((c) => c.ratio!),
  );
  return r.length > 0 ? r.reduce((a, b) => a + b, 0) / r.length : null;
}

/** The smallest fooling eps per norm (null: robust at every eps tried; 0: wrong unattacked). */
export function minEpsByNorm(
  s: ExampleSource,
): Map<string, { eps: number | null; attack: string | null; maxEps: number }> {
  const out = new Map<string, { eps: number | null; attack: string | null; maxEps: number }>();
  for (const r of s.robustness) {
    const kept = out.get(r.norm);
    const smaller = !kept || (r.minEps !== null && (kept.eps === null || r.minEps < kept.eps));
    if (smaller)
      out.set(r.norm, {
        eps: r.minEps,
        attack: r.minEpsAttack,
        maxEps: Math.max(r.maxEps, kept?.maxEps ?? 0),
      });
  }
  return out;
}

export interface Contrast {
  readonly source: string;
  readonly baseline: string;
  /** Robust minus natural alignment of the plain gradient. */
  readonly alignment: number | null;
  /** Per norm: whether the robust source needs a larger eps to be fooled (true), a smaller one (false), or no comparison. */
  readonly harderToFool: ReadonlyMap<string, boolean | null>;
  /** The n at which the robust source's transferred model is right and the natural one's wrong, and the reverse. */
  readonly transferGains: readonly number[];
  readonly transferLosses: readonly number[];
}

/** eps as a comparable number: robust at every eps tried counts as beyond the largest. */
const epsValue = (e: { eps: number | null; maxEps: number } | undefined): number | null =>
  e === undefined ? null : (e.eps ?? e.maxEps * 2 + 1);

/** Each non-natural source against the natural one on this image. */
export function contrasts(sources: readonly ExampleSource[]): Contrast[] {
  const natural = sources.find((s) => s.natural);
  if (!natural) return [];
  const base = alignmentOf(natural, 'gradient');
  const baseEps = minEpsByNorm(natural);
  const baseRight = new Map(natural.transfer.map((t) => [`${t.n}/${t.depth}/${t.seed}`, t.correct]));
  return sources
    .filter((s) => s !== natural)
    .map((s) => {
      const a = alignmentOf(s, 'gradient');
      const eps = minEpsByNorm(s);
      const harderToFool = new Map<string, boolean | null>();
      for (const [norm, e] of eps) {
        const [x, y] = [epsValue(e), epsValue(baseEps.get(norm))];
        harderToFool.set(norm, x === null || y === null || x === y ? null : x > y);
      }
      const gains = new Set<number>();
      const losses = new Set<number>();
      for (const t of s.transfer) {
        const b = baseRight.get(`${t.n}/${t.depth}/${t.seed}`);
        if (b === undefined) continue;
        if (t.correct && !b) gains.add(t.n);
        if (!t.correct && b) losses.add(t.n);
      }
      return {
        source: s.source,
        baseline: natural.source,
        alignment: a !== null && base !== null ? a - base : null,
        harderToFool,
        transferGains: [...gains].sort((x, y) => x - y),
        transferLosses: [...losses].sort((x, y) => x - y),
      };
    });
}
