import type { IntervalValue, ResultRow } from '@transferlab/sdk';
import { byText, groupBy, interval, shareInterval } from '../shared';
import type { SeedShare } from '../stats';
import { BLACK_BOX_ATTACKS, blackBoxCheck, monotoneCheck, type RobustnessFlag } from './checks';
import { curveArea, type EpsOutcome } from './run-robustness';

export interface AttackAccuracy {
  readonly attack: string;
  readonly accuracy: IntervalValue;
}

/** Robust accuracy after each component of an ensemble, in the order it ran them (cumulative). */
export interface ComponentAccuracy {
  readonly attack: string;
  readonly component: string;
  readonly accuracy: IntervalValue;
}

/** One source under one threat model: RobustBench's row. */
export interface BoardRow {
  readonly source: string;
  readonly clean: IntervalValue;
  /** Per example the worst case over every attack of the run (robust only if no attack fooled it). */
  readonly ensemble: IntervalValue;
  readonly attacks: readonly AttackAccuracy[];
  readonly components: readonly ComponentAccuracy[];
  /** Names of the failed checks of this source and norm (any attack, any seed, or across attacks). */
  readonly flags: readonly string[];
  /** Mean (forward + backward) passes per image of the subset, over the row's trials. */
  readonly passesPerImage: number;
}

export interface Board {
  readonly dataset: string;
  readonly norm: string;
  readonly eps: number;
  readonly attacks: readonly string[];
  /** Best ensemble accuracy first. */
  readonly rows: readonly BoardRow[];
}

export interface CurvePoint {
  readonly eps: number;
  readonly accuracy: IntervalValue;
}

export interface Curve {
  readonly source: string;
  readonly dataset: string;
  readonly norm: string;
  /** An attack's name, or 'worst-case' (per example over every attack of the run). */
  readonly attack: string;
  readonly clean: IntervalValue;
  readonly points: readonly CurvePoint[];
  readonly auc: IntervalValue;
}

export interface FlagEntry extends RobustnessFlag {
  readonly source: string;
  readonly dataset: string;
  readonly norm: string;
  /** The attack whose trial raised it, or 'all' for checks across attacks. */
  readonly attack: string;
  readonly seed: number;
}

export interface RobustnessAggregate {
  readonly boards: readonly Board[];
  readonly curves: readonly Curve[];
  readonly flags: readonly FlagEntry[];
}

/** The name of the worst case over attacks in curves. */
export const WORST_CASE = 'worst-case';
/** AutoAttack's order; components not named here follow in the order seen. */
const REFERENCE_ORDER = ['apgd-ce', 'apgd-t', 'fab-t', 'square'];

interface Trial {
  readonly source: string;
  readonly dataset: string;
  readonly norm: string;
  readonly attack: string;
  readonly seed: number;
  readonly blackBoxMargin: number;
  readonly clean: number;
  /** Images of the trial's subset (what its accuracies are shares of). */
  readonly images: number;
  readonly passesPerImage: number;
  readonly outcomes: readonly EpsOutcome[];
  readonly flags: readonly RobustnessFlag[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A stored robustness row in the shape the aggregate needs, or undefined when it is not one. */
function trialOf(r: ResultRow): Trial | undefined {
  const c = r.config;
  // A transferred trial attacks a fine-tuned model, not the source: the transfer tables read it.
  if (c.transfer !== undefined && c.transfer !== null) return undefined;
  const source = str(c.source);
  const dataset = str(c.datasetName);
  const norm = str(c.norm);
  const attack = str(c.attack);
  const seed = num(c.seed);
  const clean = num(r.metrics.cleanAccuracy);
  const outcomes = r.details?.outcomes;
  if (!source || !dataset || !norm || !attack || seed === undefined || clean === undefined || !Array.isArray(outcomes)) return undefined;
  const flags = Array.isArray(r.details?.flags) ? (r.details.flags as RobustnessFlag[]) : [];
  const images = Math.max(0, ...(outcomes as EpsOutcome[]).map((o) => (Array.isArray(o.by) ? o.by.length : 0)));
  return { source, dataset, norm, attack, seed, clean, images, blackBoxMargin: num(c.blackBoxMargin) ?? 0.002, passesPerImage: num(r.metrics.passesPerImage) ?? 0, outcomes: outcomes as EpsOutcome[], flags };
}

/**
 * Accuracies are shares of the subset's images over a non-empty list of seeds: Wilson's interval
 * over the images combined with the seed spread, as the tables compute them. An area under a
 * curve is no count of images: its Student-t interval over seeds, clipped to [0, 1].
 */
const share = (values: readonly SeedShare[]): IntervalValue => shareInterval(values)!;
const area = (values: readonly number[]): IntervalValue => interval(values, { share: true })!;
const accuracyOf = (by: readonly (string | null)[]): number => by.filter((v) => v === null).length / Math.max(1, by.length);
const cleanShare = (t: Trial): SeedShare => ({ share: t.clean, n: t.images });
const seedShare = (by: readonly (string | null)[]): SeedShare => ({ share: accuracyOf(by), n: by.length });
const outcomeAt = (t: Trial, eps: number): EpsOutcome | undefined => t.outcomes.find((o) => o.eps === eps);

/** Per example, robust only if robust under every trial's attack (same subset: same length). */
function worstCase(outcomes: readonly EpsOutcome[]): (string | null)[] {
  const n = Math.min(...outcomes.map((o) => o.by.length));
  return Array.from({ length: n }, (_, i) => outcomes.map((o) => o.by[i] ?? null).find((v) => v !== null) ?? null);
}

/** Cumulative accuracy after each component of an ensemble trial at one eps. */
function componentCurve(by: readonly (string | null)[]): { component: string; accuracy: number }[] {
  const seen = [...new Set(by.filter((v): v is string => v !== null && v !== 'clean'))];
  const order = [...REFERENCE_ORDER.filter((c) => seen.includes(c)), ...seen.filter((c) => !REFERENCE_ORDER.includes(c))];
  const done = new Set<string>();
  return order.map((component) => {
    done.add(component);
    return { component, accuracy: by.filter((v) => v === null || (v !== 'clean' && !done.has(v))).length / Math.max(1, by.length) };
  });
}

/**
 * Leaderboards per dataset, norm and eps (clean, worst case over the run's attacks, each
 * attack, each ensemble component; means and 95% intervals over seeds; flags), accuracy-vs-eps
 * curves per source and attack with the normalised area under them, and every failed check,
 * including the across-attack one: a black-box attack fooling what no white-box attack did.
 */
export function aggregateRobustness(rows: readonly ResultRow[]): RobustnessAggregate {
  const trials = rows.map(trialOf).filter((t): t is Trial => t !== undefined);
  const flags: FlagEntry[] = trials.flatMap((t) => t.flags.map((f) => ({ ...f, source: t.source, dataset: t.dataset, norm: t.norm, attack: t.attack, seed: t.seed })));
  const boards: Board[] = [];
  const curves: Curve[] = [];

  for (const group of groupBy(trials, (t) => [t.dataset, t.norm]).values()) {
    const { dataset, norm } = group[0]!;
    const attacks = [...new Set(group.map((t) => t.attack))].sort(byText);
    const grid = [...new Set(group.flatMap((t) => t.outcomes.map((o) => o.eps)))].sort((a, b) => a - b);
    const bySource = groupBy(group, (t) => [t.source]);

    // Worst case per (source, seed) and eps, and the across-attack black-box check.
    const worst = new Map<string, Map<number, (string | null)[]>>();
    for (const [key, list] of groupBy(group, (t) => [t.source, t.seed])) {
      const perEps = new Map<number, (string | null)[]>();
      for (const eps of grid) {
        const at = list.map((t) => outcomeAt(t, eps)).filter((o): o is EpsOutcome => o !== undefined);
        if (at.length === 0) continue;
        perEps.set(eps, worstCase(at));
        const white = list.filter((t) => !BLACK_BOX_ATTACKS.has(t.attack));
        for (const black of list.filter((t) => BLACK_BOX_ATTACKS.has(t.attack))) {
          const b = outcomeAt(black, eps);
          const w = white.map((t) => outcomeAt(t, eps)).filter((o): o is EpsOutcome => o !== undefined);
          if (!b || w.length === 0) continue;
          const whiteWorst = worstCase(w);
          const only = b.by.filter((v, i) => v !== null && v !== 'clean' && whiteWorst[i] === null).length / Math.max(1, b.by.length);
          for (const f of blackBoxCheck(eps, black.attack, only, black.blackBoxMargin)) flags.push({ ...f, source: black.source, dataset, norm, attack: 'all', seed: black.seed });
        }
      }
      worst.set(key, perEps);
      if (new Set(list.map((t) => t.attack)).size > 1) {
        const [source, seed] = JSON.parse(key) as [string, number];
        const curve = [...perEps].map(([eps, by]) => ({ eps, accuracy: accuracyOf(by) }));
        for (const f of monotoneCheck(curve)) flags.push({ ...f, source, dataset, norm, attack: WORST_CASE, seed });
      }
    }

    for (const eps of grid) {
      const boardRows: BoardRow[] = [];
      for (const [, list] of bySource) {
        const source = list[0]!.source;
        const seeds = [...new Set(list.map((t) => t.seed))].sort((a, b) => a - b);
        const cleanBySeed = seeds.map((s) => cleanShare(list.find((t) => t.seed === s)!));
        const ensemble = seeds.map((s) => worst.get(JSON.stringify([source, s]))?.get(eps)).filter((v): v is (string | null)[] => v !== undefined).map(seedShare);
        const perAttack: AttackAccuracy[] = [];
        const components: ComponentAccuracy[] = [];
        for (const attack of attacks) {
          const outs = list.filter((t) => t.attack === attack).map((t) => outcomeAt(t, eps)).filter((o): o is EpsOutcome => o !== undefined);
          if (outs.length === 0) continue;
          perAttack.push({ attack, accuracy: share(outs.map((o) => seedShare(o.by))) });
          const steps = outs.map((o) => componentCurve(o.by).map((c) => ({ ...c, n: o.by.length })));
          const names = [...new Set(steps.flatMap((s) => s.map((c) => c.component)))];
          if (names.length > 1 || (names.length === 1 && names[0] !== attack)) {
            for (const component of names) {
              const values = steps.flatMap((s) => s.filter((c) => c.component === component).map((c) => ({ share: c.accuracy, n: c.n })));
              if (values.length > 0) components.push({ attack, component, accuracy: share(values) });
            }
          }
        }
        if (ensemble.length === 0) continue;
        const rowFlags = [...new Set(flags.filter((f) => f.source === source && f.dataset === dataset && f.norm === norm).map((f) => f.name))].sort(byText);
        boardRows.push({
          source,
          clean: share(cleanBySeed),
          ensemble: share(ensemble),
          attacks: perAttack,
          components,
          flags: rowFlags,
          passesPerImage: list.reduce((a, t) => a + t.passesPerImage, 0) / list.length,
        });
      }
      boardRows.sort((a, b) => b.ensemble.mean - a.ensemble.mean || byText(a.source, b.source));
      boards.push({ dataset, norm, eps, attacks, rows: boardRows });
    }

    for (const [, list] of bySource) {
      const source = list[0]!.source;
      const seeds = [...new Set(list.map((t) => t.seed))].sort((a, b) => a - b);
      const clean = share(seeds.map((s) => cleanShare(list.find((t) => t.seed === s)!)));
      const curveOf = (attack: string, perSeed: { clean: number; images: number; points: Map<number, number> }[]): Curve => {
        const points = grid
          .map((eps) => ({ eps, values: perSeed.flatMap((s) => { const v = s.points.get(eps); return v === undefined ? [] : [{ share: v, n: s.images }]; }) }))
          .filter((p) => p.values.length > 0)
          .map((p) => ({ eps: p.eps, accuracy: share(p.values) }));
        const auc = area(perSeed.map((s) => curveArea(s.clean, [...s.points].map(([eps, accuracy]) => ({ eps, accuracy })))));
        return { source, dataset, norm, attack, clean, points, auc };
      };
      for (const attack of attacks) {
        const ts = list.filter((t) => t.attack === attack);
        if (ts.length > 0) curves.push(curveOf(attack, ts.map((t) => ({ clean: t.clean, images: t.images, points: new Map(t.outcomes.map((o) => [o.eps, accuracyOf(o.by)])) }))));
      }
      if (new Set(list.map((t) => t.attack)).size > 1) {
        const perSeed = seeds.map((s) => {
          const w = worst.get(JSON.stringify([source, s])) ?? new Map<number, (string | null)[]>();
          const points = new Map([...w].map(([eps, by]) => [eps, accuracyOf(by)] as const));
          const t = list.find((x) => x.seed === s)!;
          return { clean: t.clean, images: t.images, points };
        });
        curves.push(curveOf(WORST_CASE, perSeed));
      }
    }
  }
  boards.sort((a, b) => byText(a.dataset, b.dataset) || byText(a.norm, b.norm) || a.eps - b.eps);
  curves.sort((a, b) => byText(a.dataset, b.dataset) || byText(a.norm, b.norm) || byText(a.source, b.source) || byText(a.attack, b.attack));
  return { boards, curves, flags };
}
