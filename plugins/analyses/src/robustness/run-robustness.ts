import type { Dataset, ImageBatch, PluginContext, TrialResult } from '@transferlab/sdk';
import { testSubset } from '../shared';
import { attackParams } from './attack-params';
import { BLACK_BOX_ATTACKS, blackBoxCheck, checksBeforeAttack, monotoneCheck, type RobustnessFlag } from './checks';
import { countingEngine, type PassCount } from './counting-engine';
import type { RobustnessTrial } from './params';
import { argmaxRows, firstOutside } from './threat-ball';
import { attackedModel, FINE_TUNE_SHARE, type AttackedModel } from './transferred-model';

/** Images the pre-attack checks look at (the first ones of the subset). */
const CHECK_IMAGES = 100;

/** Per-example outcomes at one eps: the attack (or ensemble component) that fooled it, 'clean' when misclassified unattacked, null when robust. */
export interface EpsOutcome {
  readonly eps: number;
  readonly by: readonly (string | null)[];
}

/** What a robustness trial keeps per example (the per-example views read it). */
export interface RobustnessDetails {
  readonly indices: readonly number[];
  readonly labels: readonly number[];
  readonly outcomes: readonly EpsOutcome[];
  /** Smallest eps of the grid that fools the example (0: misclassified clean; null: robust at every eps). */
  readonly minEps: readonly (number | null)[];
  readonly minEpsAttack: readonly (string | null)[];
  readonly flags: readonly RobustnessFlag[];
  /** A transferred trial's fine-tuning (absent: the source itself was attacked). */
  readonly transfer?: { readonly n: number; readonly depth: number | 'all'; readonly seed: number; readonly testAccuracy: number | null };
}

/** A seed per (trial seed, eps, batch), so batches differ and reruns repeat. */
const seedFor = (seed: number, eps: number, batch: number): number => (seed * 7919 + eps * 104_729 + batch) % 2 ** 31;

/** eps as a metric-name suffix: 4 significant digits. */
export const epsKey = (eps: number): string => String(Number(eps.toPrecision(4)));

const chunks = <T>(xs: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

/** Normalised area under accuracy-vs-eps from eps 0 (clean) to the largest eps, by trapezoids: in accuracy units. */
export function curveArea(clean: number, points: readonly { eps: number; accuracy: number }[]): number {
  const pts = [{ eps: 0, accuracy: clean }, ...[...points].sort((a, b) => a.eps - b.eps)];
  const last = pts.at(-1)!.eps;
  if (last <= 0) return clean;
  let area = 0;
  for (let k = 1; k < pts.length; k++) area += ((pts[k]!.eps - pts[k - 1]!.eps) * (pts[k]!.accuracy + pts[k - 1]!.accuracy)) / 2;
  return area / last;
}

export async function runRobustness(t: RobustnessTrial, ctx: PluginContext): Promise<TrialResult> {
  const started = performance.now();
  const ds = await ctx.data.dataset(t.dataset);
  // The shared test subset: every source, attack and seed (and every other analysis) sees the same images.
  const indices = testSubset(await ds.labels('test'), t.testLimit);
  const attacked = await attackedModel(t, ds, indices, ctx);
  try {
    return await attackModel(t, ctx, ds, indices, attacked, started);
  } finally {
    await attacked.release();
  }
}

/** The part of the progress bar a trial's attacks take. */
export interface ProgressSpan {
  readonly from: number;
  readonly to: number;
}

/**
 * Attack a model (the source, or one fine-tuned for the trial or its group) on the trial's
 * test subset over its eps grid; `started` is when the trial's own time began.
 */
export async function attackModel(t: RobustnessTrial, ctx: PluginContext, ds: Dataset, indices: number[], attacked: AttackedModel, started: number, span?: ProgressSpan): Promise<TrialResult> {
  const n = indices.length;
  const { model } = attacked;
  // After fine-tuning, the attack takes the rest of the progress bar.
  const { from, to } = span ?? { from: t.transfer ? FINE_TUNE_SHARE : 0, to: 1 };
  const progress = (f: number, message: string) => ctx.progress.report(from + (to - from) * f, message);
  const attack = ctx.data.attack(t.attack);
  const read = (idx: readonly number[]): Promise<ImageBatch> => ds.read('test', idx);

  // Clean predictions, in batches.
  const labels = new Int32Array(n);
  const correct = new Uint8Array(n);
  let position = 0;
  for (const part of chunks(indices, t.batchSize)) {
    const batch = await read(part);
    const logits = await ctx.engine.logits(model, batch.images);
    const classes = logits.dims[1] ?? 0;
    if (classes !== ds.classes.length) {
      // A fine-tuned model has the target's classes by construction: only a source can differ.
      throw new Error(`robustness: source '${t.source}' has ${classes} outputs but dataset '${t.datasetName}' has ${ds.classes.length} classes; evaluate a source on a dataset of its own classes, or fine-tune it first (transfer.targets)`);
    }
    const predicted = argmaxRows(logits.data, part.length);
    part.forEach((_, j) => {
      labels[position + j] = batch.labels[j]!;
      correct[position + j] = predicted[j] === batch.labels[j] ? 1 : 0;
    });
    position += part.length;
  }
  const cleanAccuracy = correct.reduce((a, v) => a + v, 0) / Math.max(1, n);

  const flags: RobustnessFlag[] = await checksBeforeAttack(ctx.engine, model, await read(indices.slice(0, CHECK_IMAGES)), t.zeroGradientShare);

  const count: PassCount = { forward: 0, backward: 0 };
  // Attacks get the counting engine and a silent progress (the trial reports its own).
  const attackCtx: PluginContext = { ...ctx, engine: countingEngine(ctx.engine, count), progress: { report: () => undefined } };
  const robustAtStart = indices.map((_, i) => i).filter((i) => correct[i] === 1);
  const grid = [...new Set(t.eps)].sort((a, b) => a - b);
  const batchesPerEps = Math.max(1, Math.ceil(robustAtStart.length / t.batchSize));
  const outcomes: EpsOutcome[] = [];
  const series: Record<string, number>[] = [];

  for (const [k, eps] of grid.entries()) {
    const by: (string | null)[] = Array.from(correct, (c) => (c === 1 ? null : 'clean'));
    const before = { ...count };
    const epsStarted = performance.now();
    for (const [b, part] of chunks(robustAtStart, t.batchSize).entries()) {
      if (ctx.signal.aborted) throw new Error('robustness: cancelled');
      const batch = await read(part.map((i) => indices[i]!));
      const params = attackParams(attack, { norm: t.norm, eps, seed: seedFor(t.seed, k, b), steps: t.steps, queries: t.queries, targetClasses: t.targetClasses });
      const res = await attack.perturb({ model, batch }, params, attackCtx);
      if (res.images.data.length !== batch.images.data.length) throw new Error(`robustness: attack '${t.attack}' returned ${res.images.data.length} values for ${batch.images.data.length}`);
      const outside = firstOutside(batch.images.data, res.images.data, batch.images.data.length / part.length, t.norm, eps);
      if (outside >= 0) throw new Error(`robustness: attack '${t.attack}' returned an image outside the ${t.norm} ball of eps ${eps} or the [0,1] box (example ${indices[part[outside]!]}); its results cannot be trusted`);
      // Fooled is decided here, on the returned images, whatever the attack reports.
      const predicted = argmaxRows((await ctx.engine.logits(model, res.images)).data, part.length);
      part.forEach((i, j) => {
        if (predicted[j] !== labels[i]) by[i] = res.fooledBy?.[j] ?? t.attack;
      });
      progress((k * batchesPerEps + b + 1) / (grid.length * batchesPerEps), `${t.attack} ${t.norm} eps ${epsKey(eps)}: batch ${b + 1}/${batchesPerEps}`);
    }
    outcomes.push({ eps, by });
    const robust = by.filter((v) => v === null).length / Math.max(1, n);
    const row: Record<string, number> = {
      eps,
      robustAccuracy: robust,
      forward: count.forward - before.forward,
      backward: count.backward - before.backward,
      seconds: (performance.now() - epsStarted) / 1000,
    };
    const firstFooled = new Map<string, number>();
    for (const v of by) if (v !== null && v !== 'clean') firstFooled.set(v, (firstFooled.get(v) ?? 0) + 1);
    for (const [name, fooled] of firstFooled) row[`fooled:${name}`] = fooled / Math.max(1, n);
    series.push(row);
    for (const [name, fooled] of firstFooled) {
      if (BLACK_BOX_ATTACKS.has(name) && name !== t.attack) flags.push(...blackBoxCheck(eps, name, fooled / Math.max(1, n), t.blackBoxMargin));
    }
  }
  const curve = series.map((s) => ({ eps: s.eps!, accuracy: s.robustAccuracy! }));
  flags.push(...monotoneCheck(curve));

  const minEps: (number | null)[] = [];
  const minEpsAttack: (string | null)[] = [];
  for (let i = 0; i < n; i++) {
    if (correct[i] !== 1) {
      minEps.push(0);
      minEpsAttack.push(null);
      continue;
    }
    const first = outcomes.find((o) => o.by[i] !== null);
    minEps.push(first?.eps ?? null);
    minEpsAttack.push(first?.by[i] ?? null);
  }

  const metrics: Record<string, number> = {
    cleanAccuracy,
    auc: curveArea(cleanAccuracy, curve),
    images: n,
    forwardPasses: count.forward,
    backwardPasses: count.backward,
    passesPerImage: (count.forward + count.backward) / Math.max(1, n),
    flags: flags.length,
    seconds: (performance.now() - started) / 1000,
  };
  for (const p of curve) metrics[`robust@${epsKey(p.eps)}`] = p.accuracy;
  if (attacked.transferAccuracy !== null) metrics.transferAccuracy = attacked.transferAccuracy;
  const details: RobustnessDetails = {
    indices,
    labels: Array.from(labels),
    outcomes,
    minEps,
    minEpsAttack,
    flags,
    ...(t.transfer ? { transfer: { n: t.transfer.n, depth: t.transfer.depth, seed: t.transfer.seed, testAccuracy: attacked.transferAccuracy } } : {}),
  };
  return { metrics, series, details: details as unknown as Record<string, unknown> };
}
