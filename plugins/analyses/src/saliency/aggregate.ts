import type { IntervalValue, ResultRow } from '@transferlab/sdk';
import { byText, interval } from '../shared';
import { pairedComparison } from '../stats';
import { completenessOf, type SaliencyCompleteness } from './completeness';
import { saliencyDetails, type SaliencyDetails } from './details';
import type { SaliencyMethod } from './params';

export interface SaliencySourceSummary {
  readonly source: string;
  /** Mean alignment ratio (share of saliency on the object over its area share; 1 = chance), 95% Student-t interval over images (n: images with a defined score). */
  readonly alignment: IntervalValue;
  /** Mean share of absolute saliency on the object, bounds clipped to [0, 1]. */
  readonly massShare: IntervalValue;
  /** The mapped model's accuracy on the subset. */
  readonly accuracy: number;
  /** Integrated gradients only: how close the attributions' sums come to f(x) - f(black) (null for other methods). */
  readonly completeness: SaliencyCompleteness | null;
}

/** Source minus baseline alignment, paired by test image (every source maps the same subset). */
export interface SaliencyDelta {
  readonly source: string;
  readonly baseline: string;
  /** n: the images both sources score. */
  readonly delta: IntervalValue;
  readonly pValue: number | null;
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

/** No defined score: a zero mean over no images, so a group still lists the source. */
const NONE: IntervalValue = { mean: 0, low: null, high: null, n: 0 };

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
 * and each source minus `options.baseline`, paired by image. The aggregate sees no model records,
 * so it takes a baseline only when named (no deltas otherwise); the output tables find the natural
 * source by its record's training kind.
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
      alignment: interval(t.details.ratio[g.method] ?? []) ?? NONE,
      massShare: interval(t.details.massShare[g.method] ?? [], { share: true }) ?? NONE,
      accuracy:
        t.details.predicted.filter((p, i) => p === t.details.labels[i]).length /
        Math.max(1, t.details.predicted.length),
      completeness:
        g.method === 'integrated-gradients'
          ? completenessOf(t.details.completeness, t.details.ig?.tolerance)
          : null,
    }));
    const baseline = typeof options.baseline === 'string' ? options.baseline : undefined;
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
            delta: { mean: c.mean, low: c.low, high: c.high, n: c.n },
            pValue: c.pValue,
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
