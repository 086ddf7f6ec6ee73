/** What the demo needs to know of a zoo model (a manifest entry). */
export interface DemoZooModel {
  readonly id: string;
  readonly recipe: string;
  readonly training: { readonly kind: 'natural' | 'adversarial' };
}

/** Robust sources the demo prefers, in order (the reference study's L2 eps 0.5 first); the first two present are used. */
export const DEMO_ROBUST_RECIPES = ['l2-0.5', 'linf-4', 'l2-1', 'l2-0.25', 'linf-8', 'fast-linf-8'] as const;
export const DEMO_MAX_ROBUST = 2;

/**
 * The demo sweep: natural vs robust zoo sources -> `mnist` and `fashion-mnist-b`, three data
 * budgets, depths 0 and 1, 3 seeds, with the reference study's optimiser (SGD, lr 0.1,
 * momentum 0.9, weight decay 5e-4, step schedule) but 12 epochs instead of 20, a fixed
 * 500-image stratified test subset, and minibatches of 16 instead of 128: with 128, every
 * n up to 128 gets one step an epoch (12 in all), so n = 20, 50 and 100 trained alike and
 * the small-data regime the demo is about was flat (measured: mnist depth 1 at 24-29% for all
 * three; with 16, 24% -> 46% -> 74%). The images a trial sees, and so its cost, are the same.
 *
 * Nearly all of the sweep's time is its depth-1 trials (depth 0 trains a linear head on cached
 * features, in groups): each costs about 1 s whatever its n (half of it the test subset through
 * the unfrozen block after every epoch) plus about 10 ms per training image. With n = 20, 50,
 * 100 and 500 on 1,000 test images (144 trials) the sweep took 3m19s of the demo's 4m00s on one
 * worker of an idle 2-core machine, n = 500 alone 1m44s. Budgets 20, 50 and 200 still climb from
 * the small-data regime to where the gap between sources narrows, and 500 test images instead of
 * 1,000 halve the evaluation; the test subset is the same for every source and seed, so the
 * leaderboard's comparisons stay paired.
 */
export const DEMO_SWEEP = {
  targets: ['mnist', 'fashion-mnist-b'],
  n: [20, 50, 200],
  depths: [0, 1],
  seeds: [0, 1, 2],
  epochs: 12,
  batchSize: 16,
  testLimit: 500,
} as const;

export type DemoParams = typeof DEMO_SWEEP & { readonly sources: readonly string[] };

/** The demo's transfer params for the models in the zoo, or why there is no demo. */
export function demoParams(models: readonly DemoZooModel[]): { params: DemoParams } | { skipped: string } {
  const natural =
    models.find((m) => m.training.kind === 'natural' && m.recipe === 'natural') ??
    models.find((m) => m.training.kind === 'natural');
  if (!natural) return { skipped: 'the zoo has no natural model to compare against' };
  const robust = DEMO_ROBUST_RECIPES.map((r) =>
    models.find((m) => m.training.kind === 'adversarial' && m.recipe === r),
  )
    .filter((m): m is DemoZooModel => m !== undefined)
    .slice(0, DEMO_MAX_ROBUST);
  // With no robust model yet (a zoo still training) the demo shows the natural source alone.
  return { params: { ...DEMO_SWEEP, sources: [natural.id, ...robust.map((m) => m.id)] } };
}

/**
 * The demo's robustness run: the same sources on their own test set (fashion-mnist-a), both
 * norms at two budgets each (the zoo's training budgets), the fast AutoAttack ensemble
 * (APGD-CE then APGD-T) on a 50-image stratified subset. The reference's 100 iterations and
 * 9 target classes on 1,000 images would take most of an hour on one worker here; the demo cuts
 * them to 20 iterations, 1 target class (the runner-up logit, APGD-T's first) and 50 images
 * (measured with 100: 6 trials, 32 s on one idle worker, the natural source fooled on every
 * image and the robust ones on a few), so that the whole demo ends within minutes of the sweep.
 * A research run keeps the defaults.
 */
export const DEMO_ROBUSTNESS = {
  dataset: 'fashion-mnist-a',
  norms: ['Linf', 'L2'],
  epsLinf: [4 / 255, 8 / 255],
  epsL2: [0.25, 0.5],
  attacks: ['autoattack-fast'],
  seeds: [0],
  testLimit: 50,
  steps: 20,
  targetClasses: 1,
} as const;

export type DemoRobustnessParams = typeof DEMO_ROBUSTNESS & { readonly sources: readonly string[] };

/** The demo robustness run over the demo sweep's sources. */
export function demoRobustnessParams(sources: readonly string[]): DemoRobustnessParams {
  return { ...DEMO_ROBUSTNESS, sources };
}

/**
 * The demo's influence run: the study's explanation on one sweep setting (mnist, n = 200, the
 * new final layer alone), 3 seeds so its deltas have intervals, fine-tuned as the sweep is, with
 * the exact solver (the head is 650 parameters) scoring every training image for 50 test images
 * and 50 training targets. 9 trials, seconds each.
 */
export const DEMO_INFLUENCE = {
  targets: ['mnist'],
  n: [200],
  depths: [0],
  seeds: [0, 1, 2],
  epochs: DEMO_SWEEP.epochs,
  batchSize: DEMO_SWEEP.batchSize,
  testImages: 50,
  trainTargets: 50,
  topK: 20,
  galleryK: 8,
  solver: 'exact',
} as const;

export type DemoInfluenceParams = typeof DEMO_INFLUENCE & { readonly sources: readonly string[] };

export function demoInfluenceParams(sources: readonly string[]): DemoInfluenceParams {
  return { ...DEMO_INFLUENCE, sources };
}

/**
 * The demo's saliency run: each source's own maps on the robustness run's test set, every method
 * on 50 stratified images (the first of the robustness subset, so the per-example page joins
 * them), 12 heat maps kept, with SmoothGrad and integrated gradients cut to 10 samples and 16
 * intervals. 3 trials, seconds each.
 */
export const DEMO_SALIENCY = {
  datasets: [DEMO_ROBUSTNESS.dataset],
  methods: ['gradient', 'smoothgrad', 'integrated-gradients'],
  images: 50,
  maps: 12,
  smoothSamples: 10,
  igSteps: 16,
} as const;

export type DemoSaliencyParams = typeof DEMO_SALIENCY & { readonly sources: readonly string[] };

export function demoSaliencyParams(sources: readonly string[]): DemoSaliencyParams {
  return { ...DEMO_SALIENCY, sources };
}

/** The runs queued after the sweep, in order: each analysis page fills after the one before. */
export const DEMO_FOLLOW_UPS = ['robustness', 'influence', 'saliency'] as const;
export type DemoFollowUp = (typeof DEMO_FOLLOW_UPS)[number];

/** A follow-up run's params over the sweep's sources. */
export function demoFollowUpParams(
  analysis: DemoFollowUp,
  sources: readonly string[],
): DemoRobustnessParams | DemoInfluenceParams | DemoSaliencyParams {
  switch (analysis) {
    case 'robustness':
      return demoRobustnessParams(sources);
    case 'influence':
      return demoInfluenceParams(sources);
    case 'saliency':
      return demoSaliencyParams(sources);
  }
}
