import { z, type ResultRow } from '@transferlab/sdk';
import type { SeedShare } from '../../stats';
import { finite, storedDetails } from './stored-trials';

/** What the transfer tables read of a stored transferred trial (run-robustness writes it). */
const transferredRow = z.object({
  config: z.object({
    source: z.string().min(1),
    datasetName: z.string().min(1),
    norm: z.string().min(1),
    attack: z.string().min(1),
    transfer: z.object({
      n: z.number().int().min(1),
      depth: z.union([z.number().int().min(0), z.literal('all')]),
      seed: finite,
    }),
  }),
  metrics: z.object({ cleanAccuracy: finite }),
  details: storedDetails,
});

/** One transferred trial: a source fine-tuned to a target (n, depth, seed), attacked under one norm. */
export interface TransferredTrial {
  readonly source: string;
  readonly target: string;
  readonly norm: string;
  readonly attack: string;
  readonly n: number;
  /** Blocks unfrozen as written: '0', '1', ..., 'all'. */
  readonly depth: string;
  readonly seed: number;
  /** The fine-tuned model's accuracy on the unattacked target subset. */
  readonly clean: number;
  readonly images: number;
  /** Per eps, per example: what fooled it ('clean': misclassified unattacked), null when robust. */
  readonly outcomes: ReadonlyMap<number, readonly (string | null)[]>;
  readonly flags: readonly { readonly name: string; readonly message: string }[];
  readonly details: z.output<typeof transferredRow>['details'];
}

/** The run's transferred trials; the sources' own trials and rows of another shape are skipped. */
export function transferredTrials(rows: readonly ResultRow[]): TransferredTrial[] {
  return rows.flatMap((row) => {
    const parsed = transferredRow.safeParse(row);
    if (!parsed.success) return [];
    const { config: c, metrics: m, details: d } = parsed.data;
    return [
      {
        source: c.source,
        target: c.datasetName,
        norm: c.norm,
        attack: c.attack,
        n: c.transfer.n,
        depth: String(c.transfer.depth),
        seed: c.transfer.seed,
        clean: m.cleanAccuracy,
        images: Math.max(0, ...d.outcomes.map((o) => o.by.length)),
        outcomes: new Map(d.outcomes.map((o) => [o.eps, o.by])),
        flags: d.flags,
        details: d,
      },
    ];
  });
}

/** Depths in order: 0, 1, ... then 'all'. */
export const byDepth = (a: string, b: string): number =>
  (a === 'all' ? Infinity : Number(a)) - (b === 'all' ? Infinity : Number(b)) || 0;

/**
 * One seed's robust accuracy at eps: per example robust only if robust under every trial (one
 * per attack) that covered eps; undefined when none did.
 */
export function worstCaseShare(
  trials: readonly { readonly outcomes: ReadonlyMap<number, readonly (string | null)[]> }[],
  eps: number,
): SeedShare | undefined {
  const at = trials.flatMap((t) => {
    const by = t.outcomes.get(eps);
    return by ? [by] : [];
  });
  if (at.length === 0) return undefined;
  const n = Math.min(...at.map((by) => by.length));
  let robust = 0;
  for (let i = 0; i < n; i++) if (at.every((by) => by[i] === null)) robust++;
  return { share: n === 0 ? 0 : robust / n, n };
}
