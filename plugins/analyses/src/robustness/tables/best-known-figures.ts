import { byText } from '../../shared';
import type { StoredTrial } from './stored-trials';

/** The attack whose figure RobustBench reports. */
export const STANDARD = 'autoattack-standard';

/** One attack of one run: the unit a best-known figure is credited to. */
export interface AttackRun {
  readonly attack: string;
  readonly runId: string;
}

/** One source under one dataset, norm and eps, over every evaluation of it. */
export interface BestKnownFigure {
  readonly eps: number;
  /** Reference images the figures are over. */
  readonly images: number;
  /** Share of the reference images no trial fooled (or found misclassified). */
  readonly bestKnown: number;
  /** AutoAttack-standard's share on the same images; null when its trials do not cover them all. */
  readonly standard: number | null;
  /** The attacks whose fooled images make up the best-known figure, in the order a greedy cover picks them. */
  readonly reachedBy: readonly AttackRun[];
  /** Every attack and run that evaluated these images at this eps, oldest run first. */
  readonly pairs: readonly AttackRun[];
  /** Whose images the figures are over, in words. */
  readonly basis: string;
}

/** A trial's images at one eps: image key -> what fooled it (null: robust). */
type Outcomes = ReadonlyMap<string, string | null>;

interface Evaluation {
  readonly trial: StoredTrial;
  readonly runId: string;
  readonly createdAt: string;
  readonly outcomes: Outcomes;
}

/** Rows without their run (a run table's own rows) count as one run. */
const THIS_RUN = '';

/** An attack-run as the tables write it: 'square (run <id>)', or the attack alone within one run's rows. */
export const pairLabel = (p: AttackRun): string =>
  p.runId === THIS_RUN ? p.attack : `${p.attack} (run ${p.runId})`;

/**
 * Keys images by dataset index where the trial stored its subset's indices, so evaluations of
 * the same images in different runs meet; otherwise by position within the run (one run's
 * trials share one subset).
 */
function outcomesOf(t: StoredTrial, eps: number, runId: string): Outcomes | undefined {
  const by = t.outcomes.get(eps);
  if (!by) return undefined;
  const indices = t.details.indices;
  const keyed = indices !== undefined && indices.length === by.length;
  return new Map(by.map((v, i) => [keyed ? `#${indices[i]}` : `${runId}@${i}`, v]));
}

/**
 * Per eps: the reference images (the latest AutoAttack-standard evaluation's, else the largest
 * evaluation's, the latest on a tie), each image fooled if any trial of any run fooled it, and
 * the attack-runs credited by a greedy cover of the fooled images. The trials are one source's
 * under one dataset and norm.
 */
export function bestKnownFigures(trials: readonly StoredTrial[]): BestKnownFigure[] {
  const grid = [...new Set(trials.flatMap((t) => [...t.outcomes.keys()]))].sort((a, b) => a - b);
  return grid.flatMap((eps) => {
    const evals: Evaluation[] = trials.flatMap((trial) => {
      const runId = trial.run?.id ?? THIS_RUN;
      const outcomes = outcomesOf(trial, eps, runId);
      return outcomes ? [{ trial, runId, createdAt: trial.run?.createdAt ?? '', outcomes }] : [];
    });
    const reference = referenceOf(evals);
    if (!reference || reference.images.size === 0) return [];
    const images = [...reference.images];
    const fooled = images.filter((k) => evals.some((e) => isFooled(e.outcomes.get(k))));
    const standardEvals = evals.filter((e) => e.trial.attack === STANDARD);
    const standardCovers = images.every((k) => standardEvals.some((e) => e.outcomes.has(k)));
    const standard = standardCovers
      ? images.filter((k) => !standardEvals.some((e) => isFooled(e.outcomes.get(k)))).length / images.length
      : null;
    return [
      {
        eps,
        images: images.length,
        bestKnown: (images.length - fooled.length) / images.length,
        standard,
        reachedBy: greedyCover(evals, fooled),
        pairs: pairsOf(evals),
        basis: reference.basis,
      },
    ];
  });
}

const isFooled = (v: string | null | undefined): boolean => v !== null && v !== undefined;

/** The images the figures are over, and whose they are. */
function referenceOf(evals: readonly Evaluation[]): { images: Set<string>; basis: string } | undefined {
  const byRun = new Map<string, { createdAt: string; standard: Set<string>; all: Set<string> }>();
  for (const e of evals) {
    const r = byRun.get(e.runId) ?? {
      createdAt: e.createdAt,
      standard: new Set<string>(),
      all: new Set<string>(),
    };
    for (const k of e.outcomes.keys()) {
      r.all.add(k);
      if (e.trial.attack === STANDARD) r.standard.add(k);
    }
    byRun.set(e.runId, r);
  }
  // Latest first, so a tie goes to the newer evaluation.
  const runs = [...byRun].sort(([a, x], [b, y]) => byText(y.createdAt, x.createdAt) || byText(b, a));
  const standard = runs.find(([, r]) => r.standard.size > 0);
  const runName = (id: string): string => (id === THIS_RUN ? 'this run' : `run ${id}`);
  if (standard)
    return { images: standard[1].standard, basis: `AutoAttack-standard's images (${runName(standard[0])})` };
  const largest = runs.reduce<(typeof runs)[number] | undefined>(
    (best, r) => (best === undefined || r[1].all.size > best[1].all.size ? r : best),
    undefined,
  );
  return largest ? { images: largest[1].all, basis: `the images of ${runName(largest[0])}` } : undefined;
}

/**
 * Credits the fooled images to as few attack-runs as a greedy cover finds: first the one that
 * fooled the most, then the one that adds the most, and so on (AutoAttack-standard first on a
 * tie, then the older run). Images misclassified unattacked are every attack's, credited to none.
 */
function greedyCover(evals: readonly Evaluation[], fooled: readonly string[]): AttackRun[] {
  const sets = new Map<string, { pair: AttackRun; createdAt: string; images: Set<string> }>();
  for (const e of evals) {
    const key = JSON.stringify([e.trial.attack, e.runId]);
    const s = sets.get(key) ?? {
      pair: { attack: e.trial.attack, runId: e.runId },
      createdAt: e.createdAt,
      images: new Set<string>(),
    };
    for (const k of fooled) {
      const v = e.outcomes.get(k);
      if (isFooled(v) && v !== 'clean') s.images.add(k);
    }
    sets.set(key, s);
  }
  const left = new Set(fooled.filter((k) => !evals.some((e) => e.outcomes.get(k) === 'clean')));
  const out: AttackRun[] = [];
  const candidates = [...sets.values()];
  while (left.size > 0) {
    let best: (typeof candidates)[number] | undefined;
    let bestGain = 0;
    for (const c of candidates) {
      const gain = [...c.images].filter((k) => left.has(k)).length;
      if (gain > bestGain || (gain === bestGain && gain > 0 && best !== undefined && prefer(c, best))) {
        best = c;
        bestGain = gain;
      }
    }
    if (!best) break;
    out.push(best.pair);
    for (const k of best.images) left.delete(k);
  }
  return out;
}

const prefer = (
  a: { pair: AttackRun; createdAt: string },
  b: { pair: AttackRun; createdAt: string },
): boolean =>
  (a.pair.attack === STANDARD) !== (b.pair.attack === STANDARD)
    ? a.pair.attack === STANDARD
    : byText(a.createdAt, b.createdAt) < 0;

/** Distinct attack-runs, oldest run first. */
function pairsOf(evals: readonly Evaluation[]): AttackRun[] {
  const seen = new Map<string, { pair: AttackRun; createdAt: string }>();
  for (const e of evals) {
    const key = JSON.stringify([e.trial.attack, e.runId]);
    if (!seen.has(key))
      seen.set(key, { pair: { attack: e.trial.attack, runId: e.runId }, createdAt: e.createdAt });
  }
  return [...seen.values()]
    .sort((a, b) => byText(a.createdAt, b.createdAt) || byText(a.pair.attack, b.pair.attack))
    .map((x) => x.pair);
}
