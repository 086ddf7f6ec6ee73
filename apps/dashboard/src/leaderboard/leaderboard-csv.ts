import type { LeaderboardRow } from './leaderboard-rows';

/** What the CSV was cut from, written as its first columns so a saved file explains itself. */
export interface CsvContext {
  readonly runId: string;
  readonly target: string;
  readonly depth: string;
  readonly n: number;
  readonly baseline: string | undefined;
}

/** RFC 4180: quote a field holding a comma, quote or line break; double its quotes. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV, in the order shown: accuracies as fractions (not rounded), one
 * mean/low/high triple per budget, then efficiency and the delta at the chosen budget.
 */
export function leaderboardCsv(
  rows: readonly LeaderboardRow[],
  budgets: readonly number[],
  ctx: CsvContext,
): string {
  const header = [
    'run',
    'target',
    'depth',
    'n',
    'rank',
    'source',
    ...budgets.flatMap((b) => [`accuracy_n${b}`, `accuracy_n${b}_low`, `accuracy_n${b}_high`, `seeds_n${b}`]),
    'efficiency',
    'baseline',
    'delta',
    'delta_low',
    'delta_high',
    'p_value',
  ];
  const lines = rows.map((r) => [
    ctx.runId,
    ctx.target,
    ctx.depth,
    ctx.n,
    r.rank,
    r.source,
    ...budgets.flatMap((b) => {
      const a = r.accuracy[b];
      return [a?.mean, a?.low, a?.high, a?.seeds];
    }),
    r.efficiency,
    ctx.baseline,
    r.delta?.mean,
    r.delta?.low,
    r.delta?.high,
    r.delta?.pValue,
  ]);
  return [header, ...lines].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The file name a download gets: what was chosen, in a form every file system accepts. */
export function csvFileName(ctx: CsvContext): string {
  const safe = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `leaderboard_${safe(ctx.target)}_depth-${safe(ctx.depth)}_n${ctx.n}_${safe(ctx.runId.slice(0, 8))}.csv`;
}
