import { asInterval, type IntervalCell } from '../analyses/cell-values';

/** What the home page needs to know of an analysis's tables (the registry's answer). */
export interface HeadlineCandidate {
  readonly analysis: string;
  readonly summaryTable: string | null | undefined;
  readonly tables: readonly {
    readonly name: string;
    readonly columns: readonly {
      readonly name: string;
      readonly role: string;
      readonly format?: string | null;
    }[];
  }[];
}

/** Where the headline comes from: an analysis and its summary table, with the formats of its figures. */
export interface HeadlineSource {
  readonly analysis: string;
  readonly table: string;
  readonly deltaFormat: string | null;
  readonly pValueFormat: string | null;
}

/**
 * The columns a summary table needs for the headline: per target and data budget, each source
 * minus its baseline as an interval. Transfer's leaderboard has them; the home page names no
 * analysis, so another plugin whose summary has them is read the same way.
 */
const REQUIRED: Readonly<Record<string, string>> = {
  target: 'dimension',
  n: 'dimension',
  source: 'model',
  delta: 'interval',
};

/** The first analysis (in the registry's order) whose summary table compares sources with a baseline. */
export function headlineSource(analyses: readonly HeadlineCandidate[]): HeadlineSource | undefined {
  for (const a of analyses) {
    const table = a.tables.find((t) => t.name === a.summaryTable);
    if (!table) continue;
    const role = new Map(table.columns.map((c) => [c.name, c.role]));
    if (!Object.entries(REQUIRED).every(([name, r]) => role.get(name) === r)) continue;
    const format = (name: string): string | null =>
      table.columns.find((c) => c.name === name)?.format ?? null;
    return {
      analysis: a.analysis,
      table: table.name,
      deltaFormat: format('delta'),
      pValueFormat: role.has('pValue') ? format('pValue') : null,
    };
  }
  return undefined;
}

/** One source against the baseline at one data budget. */
export interface HeadlineDelta {
  readonly n: number;
  readonly delta: IntervalCell;
  readonly pValue: number | null;
}

/** One source's row of a target's headline: its training, and its deltas at the smallest and largest budget. */
export interface HeadlineSourceRow {
  readonly source: string;
  readonly training: string | null;
  readonly smallest: HeadlineDelta | undefined;
  readonly largest: HeadlineDelta | undefined;
}

/** A target's headline: the setting shown (its depth), the baseline and every other source's row. */
export interface HeadlineTarget {
  readonly target: string;
  readonly depth: number | null | undefined;
  readonly baseline: string | null;
  readonly smallestN: number;
  readonly largestN: number;
  readonly sources: readonly HeadlineSourceRow[];
}

type Row = Readonly<Record<string, unknown>>;

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Depths in the order the headline prefers them: the smallest (the new final layer alone, the
 * cheapest setting and the one every sweep has), `null` (all layers) last.
 */
const depthOrder = (d: unknown): number => num(d) ?? Number.POSITIVE_INFINITY;

/**
 * Per target (in the table's order), at one setting (the smallest depth, the first learning
 * rate), each non-baseline source's delta at the smallest and the largest data budget: the
 * question's answer in two numbers per source, the small-data gain and what is left of it.
 */
export function headlineTargets(rows: readonly Row[]): HeadlineTarget[] {
  const compared = rows.filter(
    (r) =>
      typeof r.target === 'string' &&
      num(r.n) !== null &&
      typeof r.source === 'string' &&
      asInterval(r.delta),
  );
  const targets = [...new Set(compared.map((r) => r.target as string))];
  return targets.map((target) => {
    const ofTarget = compared.filter((r) => r.target === target);
    const depth = [...ofTarget].sort((a, b) => depthOrder(a.depth) - depthOrder(b.depth))[0]?.depth;
    const atDepth = ofTarget.filter((r) => r.depth === depth);
    const lr = atDepth[0]?.lr;
    const setting = atDepth.filter((r) => r.lr === lr);
    const ns = setting.map((r) => r.n as number);
    const smallestN = Math.min(...ns);
    const largestN = Math.max(...ns);
    const sources = [...new Set(setting.map((r) => r.source as string))];
    const at = (source: string, n: number): HeadlineDelta | undefined => {
      const r = setting.find((x) => x.source === source && x.n === n);
      const delta = r && asInterval(r.delta);
      return r && delta ? { n, delta, pValue: num(r.pValue) } : undefined;
    };
    return {
      target,
      depth: num(depth) ?? (depth === null ? null : undefined),
      baseline: text(setting[0]?.baseline),
      smallestN,
      largestN,
      sources: sources.map((source) => ({
        source,
        training: text(setting.find((r) => r.source === source)?.training),
        smallest: at(source, smallestN),
        largest: at(source, largestN),
      })),
    };
  });
}

/** The run whose table the headline reads: the newest completed one, else the newest with any finished trial. */
export function headlineRun<R extends { readonly status: string; readonly completedCount: number }>(
  runs: readonly R[],
): R | undefined {
  return runs.find((r) => r.status === 'COMPLETED') ?? runs.find((r) => r.completedCount > 0);
}
