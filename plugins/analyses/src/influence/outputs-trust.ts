import { column, defineTable, z, type IntervalValue } from '@transferlab/sdk';
import { checkNamedBaseline, groupBy, interval, naturalBaseline } from '../shared';
import { pairedComparison } from '../stats';
import type { InfluenceTableOptions } from './outputs-deltas';
import { seedColumn, settingColumns, trainingColumn } from './outputs-columns';
import { tableTrials, trainingKind, type TableTrial } from './outputs-trials';
import { clipRho } from './lds';
import { seedStability, type StabilityReport } from './stability';

const trustRow = z.object({
  ...settingColumns,
  training: trainingColumn,
  seeds: column.measure({ label: 'Seeds', format: 'count' }),
  lds: column.interval({
    label: 'LDS',
    format: 'number',
    description:
      "linear datamodeling score: per test image, Spearman's rho between the loss change the scores predict for each retrained subset (sum of the left-out images' scores) and the change retraining gives; mean per seed, then mean over seeds with the 95% interval. Near 1: the scores predict retraining; near 0: they do not. Empty unless the run set ldsModels",
  }),
  ldsImages: column.interval({
    label: 'LDS (images)',
    format: 'number',
    description: 'the same over every (seed, test image): interval over test images, readable with one seed',
  }),
  ldsDelta: column.interval({
    label: 'Δ LDS vs baseline',
    format: 'number',
    description:
      "this source's LDS minus the baseline's, paired by seed (mean, 95% interval); empty for the baseline",
  }),
  ldsPValue: column.measure({
    label: 'LDS p-value',
    format: 'pvalue',
    description: 'two-sided paired t-test over seeds',
  }),
  stability: column.interval({
    label: 'Seed stability',
    format: 'share',
    description:
      "share of a test image's top-k helpful training images that another seed also ranks top-k, over the training images both seeds' subsets hold (each list cut to those, then to the shorter); mean over seed pairs per test image, then over test images with the 95% interval. 1: seeds agree; near the chance level: the ranking is noise",
  }),
  stabilityChance: column.measure({
    label: 'Chance',
    format: 'share',
    description:
      'the overlap two random rankings of the shared images would have (k / shared images), averaged',
  }),
  stabilityK: column.measure({
    label: 'Top k',
    format: 'count',
    description:
      'helpful images compared per seed: options.stabilityK, else galleryK (at most what the trials stored)',
  }),
  sharedImages: column.measure({
    label: 'Shared training images',
    format: 'share',
    description:
      "share of one seed's training subset the other seed's holds too (each seed draws its own subset unless the run set sameSubset)",
  }),
  stabilityDelta: column.interval({
    label: 'Δ stability vs baseline',
    format: 'share',
    description: "this source's stability minus the baseline's, paired by test image; empty for the baseline",
  }),
  fidelity: column.interval({
    label: 'LOO fidelity (r)',
    format: 'number',
    description:
      'leave-one-out fidelity on the convex depth-0 case: Pearson r of the predicted and the actual test-loss change of removing each training image (exact damped refits), mean over seeds. Empty unless the run set fidelity',
  }),
  fidelityTopBeatsRandom: column.interval({
    label: 'Top-10 beats random',
    format: 'share',
    description:
      'the same check: share of test images whose loss rises more without their 10 most helpful training images than without 10 random ones',
  }),
  baseline: column.text({ label: 'Baseline', description: 'the source the deltas are taken against' }),
});

/** A mean of rank correlations over seeds or images, its bounds clipped to [-1, 1]. */
const rhoInterval = (values: readonly (number | null | undefined)[]): IntervalValue | null => {
  const i = interval(values);
  return i && { ...i, low: clipRho(i.low), high: clipRho(i.high) };
};

const delta = (
  a: ReadonlyMap<number, number>,
  b: ReadonlyMap<number, number>,
): { d: IntervalValue | null; p: number | null } => {
  const c = pairedComparison(a, b);
  return c ? { d: { mean: c.mean, low: c.low, high: c.high, n: c.n }, p: c.pValue } : { d: null, p: null };
};

const stabilityOf = (trials: readonly TableTrial[], wanted: number | undefined): StabilityReport => {
  const stored = Math.min(...trials.map((t) => Math.max(0, ...t.details.helpful.map((l) => l.length))));
  const k = Math.min(stored, wanted ?? stored);
  return seedStability(
    trials.map((t) => ({
      seed: t.seed,
      trainIndices: t.details.trainIndices,
      testIndices: t.details.testIndices,
      helpful: t.details.helpful,
    })),
    k,
  );
};

/**
 * Per target, depth, n and source: whether the scores deserve trust. LDS and leave-one-out
 * fidelity come from the trials that computed them; cross-seed stability from the stored top-k
 * helpful lists of every pair of seeds. Deltas against the baseline (options.baseline, else the
 * natural source by its model record): LDS paired by seed, stability paired by test image.
 */
export const trustTable = defineTable<typeof trustRow, InfluenceTableOptions>({
  description:
    "Per target, depth, n and source: whether the influence scores deserve trust. LDS (do the scores predict retraining on random subsets?), the stability of each test image's top-k helpful images across seeds, and leave-one-out fidelity on the convex depth-0 case, with 95% intervals and deltas against the baseline source.",
  row: trustRow,
  rows: ({ rows, options, models }) => {
    const trials = tableTrials(rows);
    if (trials.length > 0)
      checkNamedBaseline(
        options.baseline,
        trials.map((t) => t.source),
      );
    return [...groupBy(trials, (t) => [t.target, t.depth, t.n]).values()].flatMap((setting) => {
      const bySource = [...groupBy(setting, (t) => [t.source]).values()];
      const baseline = naturalBaseline([...new Set(setting.map((t) => t.source))], models, options.baseline);
      const stability = new Map(
        bySource.map((list) => [list[0]!.source, stabilityOf(list, options.stabilityK)]),
      );
      const ldsBySeed = (list: readonly TableTrial[]) =>
        new Map(list.flatMap((t) => (t.trust.lds === undefined ? [] : [[t.seed, t.trust.lds] as const])));
      const overlapByImage = (source: string) =>
        new Map((stability.get(source)?.images ?? []).map((i) => [i.testIndex, i.overlap]));
      const base = bySource.find((l) => l[0]!.source === baseline);
      return bySource.flatMap((list) => {
        const { target, depth, n, source } = list[0]!;
        const st = stability.get(source)!;
        const isBase = source === baseline || !base;
        const ldsD = isBase ? { d: null, p: null } : delta(ldsBySeed(list), ldsBySeed(base));
        const stD = isBase ? { d: null, p: null } : delta(overlapByImage(source), overlapByImage(baseline!));
        const row = {
          target,
          depth,
          n,
          source,
          training: trainingKind(models, source),
          seeds: list.length,
          lds: rhoInterval(list.map((t) => t.trust.lds)),
          ldsImages: rhoInterval(list.flatMap((t) => t.trust.ldsPerTest ?? [])),
          ldsDelta: ldsD.d,
          ldsPValue: ldsD.p,
          stability: interval(
            st.images.map((i) => i.overlap),
            { share: true },
          ),
          stabilityChance:
            st.images.length > 0 ? st.images.reduce((a, i) => a + i.chance, 0) / st.images.length : null,
          stabilityK: st.images.length > 0 ? st.k : null,
          sharedImages: st.shared,
          stabilityDelta: stD.d,
          fidelity: rhoInterval(list.map((t) => t.trust.fidelityPearson)),
          fidelityTopBeatsRandom: interval(
            list.map((t) => t.trust.fidelityTopBeatsRandom),
            { share: true },
          ),
          baseline: baseline ?? null,
        };
        const any = row.lds !== null || row.stability !== null || row.fidelity !== null;
        return any ? [row] : [];
      });
    });
  },
});

/** Per trial (seed): its own LDS with the interval over its test images, and its fidelity check. */
export const trustTrialsTable = defineTable({
  description:
    'Per target, depth, n, source and seed: the LDS of that trial (mean over its test images with the 95% interval over them) and its leave-one-out fidelity check; rows only for trials that computed either.',
  row: z.object({
    ...settingColumns,
    training: trainingColumn,
    seed: seedColumn,
    lds: column.interval({
      label: 'LDS',
      format: 'number',
      description:
        "mean over the trial's test images of Spearman's rho (predicted vs actual loss change over the retrained models), with the 95% Student-t interval over test images",
    }),
    ldsModels: column.measure({ label: 'Retrained models', format: 'count' }),
    fidelity: column.measure({
      label: 'LOO fidelity (r)',
      format: 'number',
      description:
        'Pearson r of predicted and actual leave-one-out test-loss changes (convex depth-0 refits)',
    }),
    fidelityTopBeatsRandom: column.measure({
      label: 'Top-10 beats random',
      format: 'share',
      description:
        'share of test images whose loss rises more without their 10 most helpful images than without 10 random ones',
    }),
    testAccuracy: column.measure({ label: 'Test accuracy', format: 'share' }),
  }),
  rows: ({ rows, models }) =>
    tableTrials(rows).flatMap((t) => {
      const { lds, ldsLow, ldsHigh, ldsTestImages, ldsModels } = t.trust;
      if (
        lds === undefined &&
        t.trust.fidelityPearson === undefined &&
        t.trust.fidelityTopBeatsRandom === undefined
      )
        return [];
      return [
        {
          target: t.target,
          depth: t.depth,
          n: t.n,
          source: t.source,
          training: trainingKind(models, t.source),
          seed: t.seed,
          lds:
            lds === undefined
              ? null
              : { mean: lds, low: ldsLow ?? null, high: ldsHigh ?? null, n: ldsTestImages ?? 0 },
          ldsModels: ldsModels ?? null,
          fidelity: t.trust.fidelityPearson ?? null,
          fidelityTopBeatsRandom: t.trust.fidelityTopBeatsRandom ?? null,
          testAccuracy: t.testAccuracy ?? null,
        },
      ];
    }),
});
