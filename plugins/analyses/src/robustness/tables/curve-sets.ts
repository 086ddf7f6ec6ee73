import type { SeedShare } from '../../stats';
import { curveArea } from '../run-robustness';
import { WORST_CASE } from './flag-rows';
import { robustShare } from './stored-trials';
import { robustUnderAll, shareTrue, type ThreatGroup } from './threat-groups';

/** One seed's accuracy-vs-eps curve: its clean accuracy (eps 0) and robust accuracy per eps. */
export interface SeedCurve {
  readonly clean: number;
  /** Images of the seed's subset. */
  readonly images: number;
  readonly points: ReadonlyMap<number, number>;
}

/** The curves of one source under one attack (or the worst case over the run's attacks), one per seed. */
export interface CurveSet {
  readonly dataset: string;
  readonly norm: string;
  readonly source: string;
  readonly attack: string;
  /** Clean accuracy of each seed of the source, with its images. */
  readonly clean: readonly SeedShare[];
  readonly grid: readonly number[];
  readonly seeds: readonly SeedCurve[];
}

/** Area under a seed's curve from eps 0 (clean) to its largest eps, divided by that eps. */
export const seedArea = (c: SeedCurve): number =>
  curveArea(
    c.clean,
    [...c.points].map(([eps, accuracy]) => ({ eps, accuracy })),
  );

/** Per source: a curve set per attack, and the worst case over attacks when the source had several. */
export function curveSets(groups: readonly ThreatGroup[]): CurveSet[] {
  const out: CurveSet[] = [];
  for (const g of groups)
    for (const s of g.sources) {
      const base = {
        dataset: g.dataset,
        norm: g.norm,
        source: s.source,
        clean: s.seeds.map((x) => ({ share: x.clean, n: x.images })),
        grid: g.grid,
      };
      for (const attack of g.attacks) {
        const trials = s.trials.filter((t) => t.attack === attack);
        if (trials.length === 0) continue;
        const seeds = trials.map((t) => ({
          clean: t.clean,
          images: t.images,
          points: new Map([...t.outcomes].map(([eps, by]) => [eps, robustShare(by)])),
        }));
        out.push({ ...base, attack, seeds });
      }
      if (new Set(s.trials.map((t) => t.attack)).size < 2) continue;
      const seeds = s.seeds.map(({ clean, images, trials }) => ({
        clean,
        images,
        points: new Map(
          g.grid.flatMap((eps) => {
            const robust = robustUnderAll(trials, eps);
            return robust ? [[eps, shareTrue(robust)] as const] : [];
          }),
        ),
      }));
      out.push({ ...base, attack: WORST_CASE, seeds });
    }
  return out;
}
