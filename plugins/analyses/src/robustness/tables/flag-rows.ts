import { byText } from '../../shared';
import { BLACK_BOX_ATTACKS, blackBoxCheck, monotoneCheck } from '../checks';
import type { StoredTrial } from './stored-trials';
import { robustUnderAll, shareTrue, type ThreatGroup } from './threat-groups';

/** The attack column of a check across every attack of a source and seed. */
export const ACROSS_ATTACKS = 'all';
/** The attack column of the worst case's own curve check (the aggregate's `WORST_CASE`). */
export const WORST_CASE = 'worst-case';

/** A failed reliability check with where it was raised. */
export interface FlagRow {
  readonly dataset: string;
  readonly norm: string;
  readonly source: string;
  readonly attack: string;
  readonly seed: number;
  readonly check: string;
  readonly message: string;
}

/**
 * A black-box attack that fooled examples every white-box attack of the same source and seed
 * left correct (as a share of its examples), per eps: AutoAttack's sign of masked gradients.
 */
function blackBoxFlags(g: ThreatGroup, trials: readonly StoredTrial[]): FlagRow[] {
  const white = trials.filter((t) => !BLACK_BOX_ATTACKS.has(t.attack));
  const out: FlagRow[] = [];
  for (const eps of g.grid)
    for (const black of trials.filter((t) => BLACK_BOX_ATTACKS.has(t.attack))) {
      const by = black.outcomes.get(eps);
      const whiteRobust = robustUnderAll(white, eps);
      if (!by || !whiteRobust) continue;
      const only = by.filter((v, i) => v !== null && v !== 'clean' && whiteRobust[i] === true).length;
      for (const f of blackBoxCheck(eps, black.attack, only / Math.max(1, by.length), black.blackBoxMargin))
        out.push({ ...where(black), attack: ACROSS_ATTACKS, check: f.name, message: f.message });
    }
  return out;
}

const where = (t: StoredTrial) => ({ dataset: t.dataset, norm: t.norm, source: t.source, seed: t.seed });

/**
 * Every failed check of a run: those each trial stored, the black-box one across attacks, and
 * (with several attacks) the worst case's accuracy rising with eps. Sorted by dataset, norm,
 * source, seed, attack, check.
 */
export function flagRows(groups: readonly ThreatGroup[]): FlagRow[] {
  const out: FlagRow[] = [];
  for (const g of groups)
    for (const s of g.sources)
      for (const { seed, trials } of s.seeds) {
        for (const t of trials)
          for (const f of t.flags)
            out.push({ ...where(t), attack: t.attack, check: f.name, message: f.message });
        out.push(...blackBoxFlags(g, trials));
        if (new Set(trials.map((t) => t.attack)).size < 2) continue;
        const curve = g.grid.flatMap((eps) => {
          const robust = robustUnderAll(trials, eps);
          return robust ? [{ eps, accuracy: shareTrue(robust) }] : [];
        });
        for (const f of monotoneCheck(curve))
          out.push({
            dataset: g.dataset,
            norm: g.norm,
            source: s.source,
            seed,
            attack: WORST_CASE,
            check: f.name,
            message: f.message,
          });
      }
  return out.sort(
    (a, b) =>
      byText(a.dataset, b.dataset) ||
      byText(a.norm, b.norm) ||
      byText(a.source, b.source) ||
      a.seed - b.seed ||
      byText(a.attack, b.attack) ||
      byText(a.check, b.check),
  );
}
