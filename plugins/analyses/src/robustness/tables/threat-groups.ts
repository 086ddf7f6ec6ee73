import { byText, groupBy } from '../../shared';
import type { StoredTrial } from './stored-trials';

/** One source's trials with one seed (one per attack): the unit the worst case is taken over. */
export interface SeedTrials {
  readonly seed: number;
  /** Clean accuracy of the seed (every attack's trial sees the same subset and model). */
  readonly clean: number;
  /** Images of the seed's subset. */
  readonly images: number;
  readonly trials: readonly StoredTrial[];
}

export interface SourceTrials {
  readonly source: string;
  /** Ascending seed. */
  readonly seeds: readonly SeedTrials[];
  readonly trials: readonly StoredTrial[];
}

/** A dataset under one norm: the trials a set of leaderboards (one per eps) is made of. */
export interface ThreatGroup {
  readonly dataset: string;
  readonly norm: string;
  /** Every eps any trial covered, ascending. */
  readonly grid: readonly number[];
  /** The attacks of the run under this norm, by name. */
  readonly attacks: readonly string[];
  /** By source name. */
  readonly sources: readonly SourceTrials[];
}

/** Trials grouped by dataset and norm, then source, then seed; groups by dataset then norm. */
export function threatGroups(trials: readonly StoredTrial[]): ThreatGroup[] {
  return [...groupBy(trials, (t) => [t.dataset, t.norm]).values()]
    .map((list): ThreatGroup => {
      const sources = [...groupBy(list, (t) => [t.source]).values()].map((ts): SourceTrials => ({
        source: ts[0]!.source,
        trials: ts,
        seeds: [...groupBy(ts, (t) => [t.seed]).values()]
          .map((s) => ({ seed: s[0]!.seed, clean: s[0]!.clean, images: s[0]!.images, trials: s }))
          .sort((a, b) => a.seed - b.seed),
      }));
      return {
        dataset: list[0]!.dataset,
        norm: list[0]!.norm,
        grid: [...new Set(list.flatMap((t) => [...t.outcomes.keys()]))].sort((a, b) => a - b),
        attacks: [...new Set(list.map((t) => t.attack))].sort(byText),
        sources: sources.sort((a, b) => byText(a.source, b.source)),
      };
    })
    .sort((a, b) => byText(a.dataset, b.dataset) || byText(a.norm, b.norm));
}

/**
 * Per example at one eps, whether it stayed classified correctly under every one of the trials
 * (over the examples all of them hold); undefined when none of them covered this eps.
 */
export function robustUnderAll(trials: readonly StoredTrial[], eps: number): boolean[] | undefined {
  const at = trials.flatMap((t) => {
    const by = t.outcomes.get(eps);
    return by ? [by] : [];
  });
  if (at.length === 0) return undefined;
  const n = Math.min(...at.map((by) => by.length));
  return Array.from({ length: n }, (_, i) => at.every((by) => by[i] === null));
}

/** Share of true values (0 for none). */
export const shareTrue = (xs: readonly boolean[]): number =>
  xs.length === 0 ? 0 : xs.filter(Boolean).length / xs.length;
