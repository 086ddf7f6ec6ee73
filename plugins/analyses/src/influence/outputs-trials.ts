import type { ModelFacts, ResultRow } from '@transferlab/sdk';
import { byText, storedDatasetKey } from '../shared';
import { INFLUENCE_METRICS, type InfluenceMetric } from './aggregate';
import { influenceDetails, type InfluenceDetails } from './details';
import type { StudyMetric } from './outputs-columns';

/** One stored influence trial as the output tables read it: its details decoded once. */
export interface TableTrial {
  readonly source: string;
  readonly target: string;
  /** The dataset the target's images come from (`datasetKey` of the trial's dataset: a view may name another plugin). */
  readonly dataset: string;
  readonly depth: number;
  readonly n: number;
  readonly seed: number;
  readonly metrics: Readonly<Record<InfluenceMetric, number>>;
  /** The study's training-target figures; undefined for rows stored before they were recorded. */
  readonly study: Readonly<Partial<Record<StudyMetric, number>>>;
  readonly testAccuracy: number | undefined;
  /** Per rank k: the share of test / training targets whose k-th most helpful image has their class. */
  readonly testMatch: ReadonlyMap<number, number>;
  readonly trainMatch: ReadonlyMap<number, number>;
  readonly details: InfluenceDetails;
  /** The trust figures the trial computed (each undefined when not asked for). */
  readonly trust: TrialTrust;
}

export interface TrialTrust {
  /** Mean LDS over the trial's test images. */
  readonly lds: number | undefined;
  /** Its 95% interval over the trial's test images, the images with a rho, and the models retrained. */
  readonly ldsLow: number | undefined;
  readonly ldsHigh: number | undefined;
  readonly ldsTestImages: number | undefined;
  readonly ldsModels: number | undefined;
  /** Per test image (aligned with the details' testIndices): LDS, null when constant. */
  readonly ldsPerTest: readonly (number | null)[] | undefined;
  readonly fidelityPearson: number | undefined;
  readonly fidelityTopBeatsRandom: number | undefined;
}

const ldsPerTest = (details: Readonly<Record<string, unknown>> | null): (number | null)[] | undefined => {
  const lds = (details ?? {}).lds as { perTest?: unknown } | undefined;
  const v = lds?.perTest;
  return Array.isArray(v) && v.every((x) => x === null || typeof x === 'number') ? (v as (number | null)[]) : undefined;
};

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * A stored row as a trial, or undefined when it lacks what every table needs: the same rule as
 * the aggregate (a source, target, depth, n and seed, the four class-match figures, influence details).
 */
function tableTrial(r: ResultRow): TableTrial | undefined {
  const c = r.config;
  const [depth, n, seed] = [num(c.depth), num(c.n), num(c.seed)];
  if (typeof c.source !== 'string' || typeof c.target !== 'string') return undefined;
  if (depth === undefined || n === undefined || seed === undefined) return undefined;
  const details = influenceDetails(r.details);
  if (!details) return undefined;
  const metrics = {} as Record<InfluenceMetric, number>;
  for (const m of INFLUENCE_METRICS) {
    const v = num(r.metrics[m]);
    if (v === undefined) return undefined;
    metrics[m] = v;
  }
  const testMatch = new Map<number, number>();
  const trainMatch = new Map<number, number>();
  for (const s of r.series ?? []) {
    const k = num(s.rank);
    if (k === undefined) continue;
    const [t, u] = [num(s.testMatch), num(s.trainMatch)];
    if (t !== undefined) testMatch.set(k, t);
    if (u !== undefined) trainMatch.set(k, u);
  }
  return {
    source: c.source,
    target: c.target,
    dataset: storedDatasetKey(c.dataset, c.target),
    depth,
    n,
    seed,
    metrics,
    study: {
      trainTop1MatchWithSelf: num(r.metrics.trainTop1MatchWithSelf),
      trainTop5AtLeast3WithSelf: num(r.metrics.trainTop5AtLeast3WithSelf),
    },
    testAccuracy: num(r.metrics.testAccuracy),
    testMatch,
    trainMatch,
    details,
    trust: {
      lds: num(r.metrics.lds),
      ldsLow: num(r.metrics.ldsLow),
      ldsHigh: num(r.metrics.ldsHigh),
      ldsTestImages: num(r.metrics.ldsTestImages),
      ldsModels: num(r.metrics.ldsModels),
      ldsPerTest: ldsPerTest(r.details),
      fidelityPearson: num(r.metrics.fidelityPearson),
      fidelityTopBeatsRandom: num(r.metrics.fidelityTopBeatsRandom),
    },
  };
}

/** The run's trials in the tables' order: target, depth, n, source, seed. */
export function tableTrials(rows: readonly ResultRow[]): TableTrial[] {
  return rows
    .map(tableTrial)
    .filter((t): t is TableTrial => t !== undefined)
    .sort(
      (a, b) =>
        byText(a.target, b.target) ||
        a.depth - b.depth ||
        a.n - b.n ||
        byText(a.source, b.source) ||
        a.seed - b.seed,
    );
}

/** 'natural' or 'adversarial' from the model record; 'unknown' for a model the server has no record of. */
export const trainingKind = (models: ReadonlyMap<string, ModelFacts>, source: string): string =>
  models.get(source)?.training.kind ?? 'unknown';
