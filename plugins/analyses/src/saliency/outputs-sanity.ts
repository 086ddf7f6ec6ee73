import { column, defineTable, z } from '@transferlab/sdk';
import { interval } from '../shared';
import type { SaliencyDetails } from './details';
import { curveArea, type CurveKind } from './faithfulness';
import { decodedTrials, methodDims, methodGroups, trainingKind, type SaliencyTableInput } from './outputs-trials';
import { decidingStep, depthLabel, SANITY_THRESHOLD, sanityVerdict } from './randomisation';


/** An order's per-image areas under its deletion (or insertion) curve (null where the trial kept no curve). */
export function deletionAreas(
  d: SaliencyDetails,
  order: string,
  kind: CurveKind = 'deletion',
): (number | null)[] {
  const curves = kind === 'deletion' ? d.deletion : d.insertion;
  return (curves?.curves[order] ?? []).map((c) => (c.length > 1 ? curveArea(c) : null));
}

/**
 * Per image, how much more faithful the method's order is than a random one: the random order's
 * deletion area minus the method's, or the method's insertion area minus the random order's.
 */
export function deletionGains(
  d: SaliencyDetails,
  method: string,
  kind: CurveKind = 'deletion',
): (number | null)[] {
  const [own, random] = [deletionAreas(d, method, kind), deletionAreas(d, 'random', kind)];
  return own.map((a, i) => {
    const r = random[i];
    if (a === null || r === null || r === undefined) return null;
    return kind === 'deletion' ? r - a : a - r;
  });
}

/** The correlations of the deciding step of a trial's randomisation test for a method (empty without the test). */
export function decidingCorrelations(d: SaliencyDetails, method: string): (number | null)[] {
  const r = d.randomisation;
  if (!r) return [];
  return [...(r.rho[method]?.[decidingStep(r.depths)] ?? [])];
}

const RHO_HELP =
  'Spearman rank correlation of the absolute map with the original model’s, per image, mean and 95% interval over the images tested; near 0: the map depends on these layers (as it should), near 1: it survives their re-drawing';

/** Per dataset, setting, method and source: the randomisation test's verdict. */
export const sanityTable = defineTable({
  description: `The cascading model-parameter randomisation test (Adebayo et al. 2018): each method's maps of the first images recomputed on copies of the model with its layers re-drawn from the output down. A method fails when its mean rank correlation with the original maps stays above ${SANITY_THRESHOLD} once the final layer and the last block are re-drawn (the final layer alone for a model without blocks).`,
  row: z.object({
    ...methodDims,
    correlation: column.interval({ label: 'Rank correlation (top re-drawn)', description: RHO_HELP }),
    verdict: column.dimension(z.string(), {
      label: 'Verdict',
      description: `pass: mean correlation at most ${SANITY_THRESHOLD} at the deciding step; fail: above it; n/a: no image gave a correlation (constant maps)`,
    }),
    flag: column.text({
      label: 'Sanity check',
      format: 'warning',
      description: 'set when the method fails: its maps do not depend on the model’s top layers',
    }),
    layers: column.dimension(z.string(), {
      label: 'Deciding step',
      description: 'what was re-drawn at the step that decides',
    }),
    images: column.measure({ label: 'Images tested', format: 'count' }),
  }),
  rows: ({ rows, models }: SaliencyTableInput) =>
    methodGroups(decodedTrials(rows)).flatMap((g) =>
      g.trials.flatMap((t) => {
        const r = t.details.randomisation;
        if (!r) return [];
        const correlation = interval(decidingCorrelations(t.details, g.method));
        const verdict = sanityVerdict(correlation?.mean ?? null);
        return [
          {
            dataset: g.dataset,
            setting: g.setting,
            method: g.method,
            source: t.source,
            training: trainingKind(models, t.source),
            correlation,
            verdict: verdict ?? 'n/a',
            flag:
              verdict === 'fail'
                ? `fails: maps survive re-drawing (mean ρ ${correlation!.mean.toFixed(2)} > ${SANITY_THRESHOLD})`
                : null,
            layers: depthLabel(r.depths[decidingStep(r.depths)]!),
            images: r.indices.length,
          },
        ];
      }),
    ),
});

/** Per step of the cascade: the rank correlation with the original maps. */
export const randomisationTable = defineTable({
  description:
    'The randomisation test step by step: per layers re-drawn (step 1: the final layer; then the last block too, and so on; last: every layer), the rank correlation of each method’s absolute maps with the original model’s.',
  row: z.object({
    ...methodDims,
    step: column.dimension(z.number(), {
      label: 'Step',
      description:
        '1: the final layer re-drawn; each further step re-draws one more block from the top; the last re-draws every layer',
    }),
    layers: column.dimension(z.string(), { label: 'Re-drawn' }),
    correlation: column.interval({ label: 'Rank correlation', description: RHO_HELP }),
  }),
  rows: ({ rows, models }: SaliencyTableInput) =>
    methodGroups(decodedTrials(rows)).flatMap((g) =>
      g.trials.flatMap((t) => {
        const r = t.details.randomisation;
        if (!r) return [];
        return r.depths.map((depth, k) => ({
          dataset: g.dataset,
          setting: g.setting,
          method: g.method,
          source: t.source,
          training: trainingKind(models, t.source),
          step: k + 1,
          layers: depthLabel(depth),
          correlation: interval(r.rho[g.method]?.[k] ?? []),
        }));
      }),
    ),
});

/** Per dataset, setting, method and source: localisation against the object masks. */
export const localisationTable = defineTable({
  description:
    "Localisation against the object (the dataset's objectMasks, else the foreground), as CLEVR-XAI scores it (Arras et al. 2022): per image, then the mean with a 95% interval over images. Higher is better for all three; a map that ignores the object scores about the object's area share.",
  row: z.object({
    ...methodDims,
    pointing: column.interval({
      label: 'Pointing game',
      format: 'share',
      description: 'share of images whose most salient pixel is on the object (ties shared out)',
    }),
    massAccuracy: column.interval({
      label: 'Relevance mass accuracy',
      format: 'share',
      description: 'share of the absolute saliency that falls on the object',
    }),
    rankAccuracy: column.interval({
      label: 'Relevance rank accuracy',
      format: 'share',
      description: 'share of the K most salient pixels on the object, K = the object’s pixels',
    }),
    areaShare: column.measure({
      label: 'Object area',
      format: 'share',
      description:
        'mean share of the image that is object: what a map blind to the object scores on mass and rank accuracy',
    }),
  }),
  rows: ({ rows, models }: SaliencyTableInput) =>
    methodGroups(decodedTrials(rows)).flatMap((g) =>
      g.trials.flatMap((t) => {
        const d = t.details;
        if (!d.pointing) return [];
        return [
          {
            dataset: g.dataset,
            setting: g.setting,
            method: g.method,
            source: t.source,
            training: trainingKind(models, t.source),
            pointing: interval(d.pointing[g.method] ?? [], { share: true }),
            massAccuracy: interval(d.massShare[g.method] ?? [], { share: true }),
            rankAccuracy: interval(d.rankAccuracy?.[g.method] ?? [], { share: true }),
            areaShare: d.areaShare.reduce((a, b) => a + b, 0) / Math.max(1, d.areaShare.length),
          },
        ];
      }),
    ),
});

/** Per dataset, setting, method and source: the deletion curve's area, against a random order. */
export const faithfulnessTable = defineTable({
  description:
    "Deletion (Petsiuk et al. 2018): the most salient pixels set to black in steps from 0 to 100%, the model's probability of the label after each; the area under that curve per image (lower: the map found what the prediction rests on), the same for a random order, and their difference; insertion puts the pixels in the same orders on a black image (higher is better). Each a mean with a 95% interval over images.",
  row: z.object({
    ...methodDims,
    deletionAuc: column.interval({
      label: 'Deletion AUC',
      description:
        'area under the probability-of-the-label curve as the most salient pixels go (0 to 1; lower = more faithful)',
    }),
    randomAuc: column.interval({
      label: 'Random-order AUC',
      description:
        'the same with pixels deleted in a random order (seeded per image: the same for every source)',
    }),
    gain: column.interval({
      label: 'Random minus map',
      description:
        'per image, random-order AUC minus the map’s (paired); above 0: the map’s order hurts the prediction faster than chance',
    }),
    insertionAuc: column.interval({
      label: 'Insertion AUC',
      description:
        'area under the probability-of-the-label curve as the most salient pixels are put on a black image (0 to 1; higher = more faithful)',
    }),
    randomInsertionAuc: column.interval({
      label: 'Random-order insertion AUC',
      description: 'the same with pixels put back in the random order',
    }),
    insertionGain: column.interval({
      label: 'Insertion: map minus random',
      description:
        'per image, the map’s insertion AUC minus the random order’s (paired); above 0: the map’s pixels restore the prediction faster than chance',
    }),
    steps: column.measure({ label: 'Steps', format: 'count' }),
  }),
  rows: ({ rows, models }: SaliencyTableInput) =>
    methodGroups(decodedTrials(rows)).flatMap((g) =>
      g.trials.flatMap((t) => {
        const d = t.details;
        if (!d.deletion) return [];
        return [
          {
            dataset: g.dataset,
            setting: g.setting,
            method: g.method,
            source: t.source,
            training: trainingKind(models, t.source),
            deletionAuc: interval(deletionAreas(d, g.method), { share: true }),
            randomAuc: interval(deletionAreas(d, 'random'), { share: true }),
            gain: interval(deletionGains(d, g.method)),
            insertionAuc: interval(deletionAreas(d, g.method, 'insertion'), { share: true }),
            randomInsertionAuc: interval(deletionAreas(d, 'random', 'insertion'), { share: true }),
            insertionGain: interval(deletionGains(d, g.method, 'insertion')),
            steps: d.deletion.steps,
          },
        ];
      }),
    ),
});

/** The mean deletion curves, per order (each method's and random), a point per step. */
export const deletionCurveTable = defineTable({
  description:
    "Mean deletion and insertion curves: the model's probability of the label after each share of the pixels is set to black (or put back on a black image), in the map's order and in a random one, with a 95% interval over images.",
  row: z.object({
    dataset: methodDims.dataset,
    setting: methodDims.setting,
    source: methodDims.source,
    training: methodDims.training,
    curve: column.dimension(z.string(), {
      label: 'Curve',
      description: "'deletion': pixels set to black; 'insertion': pixels put on a black image",
    }),
    order: column.dimension(z.string(), {
      label: 'Order',
      description: "a method's (most salient first) or 'random'",
    }),
    deleted: column.dimension(z.number(), {
      label: 'Pixels moved',
      description: 'share of the pixels set to black (deletion) or put back (insertion)',
    }),
    probability: column.interval({
      label: 'P(label)',
      format: 'share',
      description: "the model's softmax probability of the label, mean over images with a 95% interval",
    }),
  }),
  rows: ({ rows, models }: SaliencyTableInput) =>
    decodedTrials(rows).flatMap((t) =>
      (['deletion', 'insertion'] as const).flatMap((curve) => {
        const del = curve === 'deletion' ? t.details.deletion : t.details.insertion;
        if (!del) return [];
        return Object.entries(del.curves).flatMap(([order, curves]) =>
          Array.from({ length: del.steps + 1 }, (_, s) => {
            return {
              dataset: t.dataset,
              setting: t.setting,
              source: t.source,
              training: trainingKind(models, t.source),
              curve,
              order,
              deleted: s / del.steps,
              probability: interval(
                curves.map((c) => c[s]),
                { share: true },
              ),
            };
          }),
        );
      }),
    ),
});
