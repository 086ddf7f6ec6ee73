import { column, defineTable, z } from '@transferlab/sdk';
import { pairedComparison } from '../stats';
import {
  decodedTrials,
  groupBaseline,
  methodGroups,
  ratiosByIndex,
  trainingKind,
  type DecodedTrial,
  type SaliencyTableInput,
} from './outputs-trials';
import { decidingCorrelations, deletionAreas, deletionGains } from './outputs-sanity';
import type { SaliencyMethod } from './params';

/** Each source's alignment minus the baseline's, paired by test image (every source maps the same subset). */
export const deltasTable = defineTable({
  description:
    "Each source's alignment minus the baseline source's (options.baseline, else the natural source by its model record's training.kind), paired by test image, with a 95% interval and a paired t-test.",
  row: z.object({
    dataset: column.dimension(z.string(), { label: 'Dataset' }),
    setting: column.dimension(z.string(), { label: 'Model' }),
    method: column.dimension(z.string(), { label: 'Method' }),
    source: column.model({ label: 'Source' }),
    training: column.dimension(z.string(), { label: 'Training' }),
    baseline: column.model({ label: 'Baseline' }),
    delta: column.interval({
      label: 'Δ alignment',
      description: 'mean over images of source minus baseline alignment ratio, 95% Student-t interval',
    }),
    pValue: column.measure({ label: 'p-value', format: 'pvalue', description: 'paired t-test, two-sided' }),
  }),
  rows: (input: SaliencyTableInput) => {
    const all = decodedTrials(input.rows);
    return methodGroups(all).flatMap((g) => {
      const base = groupBaseline(g.trials, all, input);
      if (!base) return [];
      const baseRatios = ratiosByIndex(base.details, g.method);
      return g.trials.flatMap((t) => {
        if (t === base) return [];
        const c = pairedComparison(ratiosByIndex(t.details, g.method), baseRatios);
        if (!c) return [];
        return [
          {
            dataset: g.dataset,
            setting: g.setting,
            method: g.method,
            source: t.source,
            training: trainingKind(input.models, t.source),
            baseline: base.source,
            delta: { mean: c.mean, low: c.low, high: c.high, n: c.n },
            pValue: c.pValue,
          },
        ];
      });
    });
  },
});

/** The per-image figures a source is compared on, each in its own unit; the images of the randomisation test for its correlation. */
export const DELTA_FIGURES = {
  pointing: 'pointing game (share of images, ties shared out)',
  massAccuracy: 'relevance mass accuracy (share of |saliency| on the object)',
  rankAccuracy: 'relevance rank accuracy (share of the top-K pixels on the object)',
  deletionAuc: 'deletion AUC (probability-area; lower = more faithful)',
  deletionGain: 'random-order minus map deletion AUC (higher = more faithful)',
  insertionAuc: 'insertion AUC (probability-area; higher = more faithful)',
  insertionGain: 'map minus random-order insertion AUC (higher = more faithful)',
  randomisationCorrelation:
    'rank correlation with the maps once the top is re-drawn (lower = passes the sanity check better)',
} as const;
export type DeltaFigure = keyof typeof DELTA_FIGURES;

/** A figure's per-image values by test index (the pairing key); null values are left out. */
export function figureByIndex(
  d: DecodedTrial['details'],
  method: SaliencyMethod,
  figure: DeltaFigure,
): Map<number, number> {
  const values: readonly (number | null | undefined)[] =
    figure === 'pointing'
      ? (d.pointing?.[method] ?? [])
      : figure === 'massAccuracy'
        ? (d.massShare[method] ?? [])
        : figure === 'rankAccuracy'
          ? (d.rankAccuracy?.[method] ?? [])
          : figure === 'deletionAuc'
            ? deletionAreas(d, method)
            : figure === 'deletionGain'
              ? deletionGains(d, method)
              : figure === 'insertionAuc'
                ? deletionAreas(d, method, 'insertion')
                : figure === 'insertionGain'
                  ? deletionGains(d, method, 'insertion')
                  : decidingCorrelations(d, method);
  const indices = figure === 'randomisationCorrelation' ? (d.randomisation?.indices ?? []) : d.indices;
  const out = new Map<number, number>();
  indices.forEach((index, i) => {
    const v = values[i];
    if (typeof v === 'number' && Number.isFinite(v)) out.set(index, v);
  });
  return out;
}

/**
 * Each source minus the baseline on every localisation, faithfulness and sanity figure, paired by
 * test image: the mean difference with its 95% Student-t interval over the paired images, in the
 * figure's own unit, and a paired t-test.
 */
export const figureDeltasTable = defineTable({
  description:
    "Each source minus the baseline source (options.baseline, else the natural source by training.kind) on each localisation, faithfulness and sanity figure, paired by test image; the interval is the paired differences' own 95% Student-t interval, in the figure's unit.",
  row: z.object({
    dataset: column.dimension(z.string(), { label: 'Dataset' }),
    setting: column.dimension(z.string(), { label: 'Model' }),
    method: column.dimension(z.string(), { label: 'Method' }),
    figure: column.dimension(z.string(), {
      label: 'Figure',
      description: Object.entries(DELTA_FIGURES)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; '),
    }),
    source: column.model({ label: 'Source' }),
    training: column.dimension(z.string(), { label: 'Training' }),
    baseline: column.model({ label: 'Baseline' }),
    delta: column.interval({
      label: 'Δ (source − baseline)',
      description:
        "mean over the paired images of source minus baseline, in the figure's unit (a share's difference as a fraction), with its own 95% Student-t interval",
    }),
    pValue: column.measure({ label: 'p-value', format: 'pvalue', description: 'paired t-test, two-sided' }),
  }),
  rows: (input: SaliencyTableInput) => {
    const all = decodedTrials(input.rows);
    return methodGroups(all).flatMap((g) => {
      const base = groupBaseline(g.trials, all, input);
      if (!base) return [];
      return (Object.keys(DELTA_FIGURES) as DeltaFigure[]).flatMap((figure) => {
        const baseValues = figureByIndex(base.details, g.method, figure);
        return g.trials.flatMap((t) => {
          if (t === base) return [];
          const c = pairedComparison(figureByIndex(t.details, g.method, figure), baseValues);
          if (!c) return [];
          return [
            {
              dataset: g.dataset,
              setting: g.setting,
              method: g.method,
              figure,
              source: t.source,
              training: trainingKind(input.models, t.source),
              baseline: base.source,
              delta: { mean: c.mean, low: c.low, high: c.high, n: c.n },
              pValue: c.pValue,
            },
          ];
        });
      });
    });
  },
});
