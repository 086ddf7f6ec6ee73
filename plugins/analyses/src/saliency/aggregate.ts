import type { ResultRow } from '@transferlab/sdk';
import { influenceBaseline } from '../influence/aggregate';
import { meanInterval, pairedComparison } from '../stats';
import { completenessOf, type SaliencyCompleteness } from './completeness';
import { saliencyDetails, type SaliencyDetails } from './details';
import type { SaliencyMethod } from './params';

export interface SaliencyInterval {
  /** Images with a defined score. */
  readonly images: number;
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
}

export interface SaliencySourceSummary {
  readonly source: string;
  /** Mean alignment ratio (share of saliency on the object over its area share; 1 = chance), 95% Student-t interval over images. */
  readonly alignment: SaliencyInterval;
  /** Mean share of absolute saliency on the object. */
  readonly massShare: SaliencyInterval;
  /** The mapped model's accuracy on the subset. */
  readonly accuracy: number;
  /** Integrated gradients only: how close the attributions' sums come to f(x) - f(black) (null for other methods). */
  readonly completeness: SaliencyCompleteness | null;
}

/** Source minus baseline alignment, paired by test image (every source maps the same subset). */
export interface SaliencyDelta {
  readonly source: string;
  readonly baseline: string;
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly pValue: number | null;
  readonly images: number;
}

export interface SaliencyGroup {
  readonly dataset: string;
  /** 'source', or the fine-tuning ('n 400, depth 0, seed 0'). */
  readonly setting: string;
  readonly method: SaliencyMethod;
  readonly sources: readonly SaliencySourceSummary[];
  readonly deltas: readonly SaliencyDelta[];
}

export interface SaliencyAggregate {
  readonly groups: readonly SaliencyGroup[];
}

export const settingLabel = (d: Pick<SaliencyDetails, 'transfer'>): string =>
  d.transfer ? `n ${d.transfer.n}, depth ${d.transfer.depth}, seed ${d.transfer.seed}` : 'source';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function interval(values: readonly (number | null)[]): SaliencyInterval {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
  if (v.length === 0) return { images: 0, mean: 0, low: null, high: null };
  const m = meanInterval(v);
  return { images: m.n, mean: m.mean, low: m.low, high: m.high };
}

const scoresByIndex = (d: SaliencyDetails, method: SaliencyMethod): Map<number, number> => {
  const out = new Map<number, number>();
  d.indices.forEach((index, i) => {
    const r = d.ratio[method]?.[i];
    if (r !== null && r !== undefined && Number.isFinite(r)) out.set(index, r);
  });
  return out;
};

/**
 * Per dataset, setting and method: each source's mean alignment with a 95% interval over images,
 * and each source minus the baseline (the option, else the source named 'natural'), paired by image.
 */
export function aggregateSaliency(
  rows: readonly ResultRow[],
  options: Readonly<Record<string, unknown>> = {},
): SaliencyAggregate {
  const trials = rows
    .map((r) => ({
      source: String(r.config.source),
      dataset: String(r.config.datasetName),
      details: saliencyDetails(r.details),
    }))
    .filter((t): t is { source: string; dataset: string; details: SaliencyDetails } => t.details !== null);
  const groups = new Map<
    string,
    { dataset: string; setting: string; method: SaliencyMethod; trials: typeof trials }
  >();
  for (const t of trials)
    for (const method of t.details.methods) {
      const setting = settingLabel(t.details);
      const key = JSON.stringify([t.dataset, setting, method]);
      const g = groups.get(key) ?? { dataset: t.dataset, setting, method, trials: [] };
      g.trials.push(t);
      groups.set(key, g);
    }
  const out: SaliencyGroup[] = [];
  for (const g of groups.values()) {
    const list = [...g.trials].sort((a, b) => byText(a.source, b.source));
    const sources = list.map((t) => ({
      source: t.source,
      alignment: interval(t.details.ratio[g.method] ?? []),
      massShare: interval(t.details.massShare[g.method] ?? []),
      accuracy:
        t.details.predicted.filter((p, i) => p === t.details.labels[i]).length /
        Math.max(1, t.details.predicted.length),
      completeness: g.method === 'integrated-gradients' ? completenessOf(t.details.completeness) : null,
    }));
    const baseline = influenceBaseline(
      list.map((t) => t.source),
      options.baseline,
    );
    const base = list.find((t) => t.source === baseline);
    const deltas: SaliencyDelta[] = [];
    if (baseline !== undefined && base) {
      for (const t of list) {
        if (t.source === baseline) continue;
        const c = pairedComparison(scoresByIndex(t.details, g.method), scoresByIndex(base.details, g.method));
        if (c)
          deltas.push({
            source: t.source,
            baseline,
            mean: c.mean,
            low: c.low,
            high: c.high,
            pValue: c.pValue,
            images: c.n,
          });
      }
    }
    out.push({ dataset: g.dataset, setting: g.setting, method: g.method, sources, deltas });
  }
  out.sort(
    (a, b) => byText(a.dataset, b.dataset) || byText(a.setting, b.setting) || byText(a.method, b.method),
  );
  return { groups: out };
}
