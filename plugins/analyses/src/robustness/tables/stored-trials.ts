import { z, type ResultRow } from '@transferlab/sdk';

export const finite = z.number().refine(Number.isFinite);

/** A robustness trial's details as the tables read them, for the sources' own trials and transferred ones. */
export const storedDetails = z.object({
  outcomes: z.array(z.object({ eps: finite, by: z.array(z.string().nullable()) })),
  // Malformed extras drop only themselves, as the aggregate reads them: the figures stay.
  flags: z.array(z.object({ name: z.string(), message: z.string() })).catch([]),
  indices: z.array(z.number().int().min(0)).optional().catch(undefined),
  labels: z.array(z.number().int()).optional().catch(undefined),
  minEps: z.array(z.number().nullable()).optional().catch(undefined),
  minEpsAttack: z.array(z.string().nullable()).optional().catch(undefined),
});

/** What the output tables read of a stored robustness row (run-robustness writes it). */
const storedRow = z.object({
  config: z.object({
    source: z.string().min(1),
    datasetName: z.string().min(1),
    norm: z.string().min(1),
    attack: z.string().min(1),
    seed: finite,
    blackBoxMargin: finite.optional(),
    transfer: z.unknown().optional(),
  }),
  metrics: z.object({ cleanAccuracy: finite, passesPerImage: finite.optional() }),
  details: storedDetails,
});

/** One trial: a source under one norm and attack with one seed, over its eps grid. */
export interface StoredTrial {
  readonly source: string;
  readonly dataset: string;
  readonly norm: string;
  readonly attack: string;
  readonly seed: number;
  readonly blackBoxMargin: number;
  readonly clean: number;
  /** Images of the trial's subset: what its accuracies are shares of. */
  readonly images: number;
  readonly passesPerImage: number;
  /** Per eps, per example: what fooled it ('clean': misclassified unattacked), null when robust. */
  readonly outcomes: ReadonlyMap<number, readonly (string | null)[]>;
  readonly flags: readonly { readonly name: string; readonly message: string }[];
  readonly details: z.output<typeof storedRow>['details'];
  /** The run the row came from, where the rows carry it (a history table's). */
  readonly run: { readonly id: string; readonly createdAt: string } | null;
}

/** The default of the trial's own param (params.ts), for rows stored without it. */
const BLACK_BOX_MARGIN = 0.002;

/** The run's robustness trials of the sources themselves; rows of another shape (a failed or foreign trial) and transferred trials are skipped. */
export function storedTrials(rows: readonly ResultRow[]): StoredTrial[] {
  const out: StoredTrial[] = [];
  for (const row of rows) {
    const parsed = storedRow.safeParse(row);
    if (!parsed.success) continue;
    const { config: c, metrics: m, details: d } = parsed.data;
    // A transferred trial attacks a fine-tuned model, not the source: the transfer tables read it.
    if (c.transfer !== undefined && c.transfer !== null) continue;
    out.push({
      source: c.source,
      dataset: c.datasetName,
      norm: c.norm,
      attack: c.attack,
      seed: c.seed,
      blackBoxMargin: c.blackBoxMargin ?? BLACK_BOX_MARGIN,
      clean: m.cleanAccuracy,
      images: Math.max(0, ...d.outcomes.map((o) => o.by.length)),
      passesPerImage: m.passesPerImage ?? 0,
      outcomes: new Map(d.outcomes.map((o) => [o.eps, o.by])),
      flags: d.flags,
      details: d,
      run: row.run ?? null,
    });
  }
  return out;
}

/** Share of examples still classified correctly (null: robust). */
export const robustShare = (by: readonly (string | null)[]): number =>
  by.length === 0 ? 0 : by.filter((v) => v === null).length / by.length;
