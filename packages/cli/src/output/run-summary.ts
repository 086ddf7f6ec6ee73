import type { RunResultsQuery, RunSummaryFragment } from '@transferlab/client';
import { duration, formatTable, percent } from './table';

type TargetResults = RunResultsQuery['runResults'][number];

/** The run in one line: id, analysis, status, counts, wall time. */
export function runHeadline(run: RunSummaryFragment): string {
  const took = run.finishedAt !== null ? ` in ${duration(Date.parse(run.finishedAt) - Date.parse(run.createdAt))}` : '';
  return `run ${run.id}: ${run.analysis} ${run.analysisVersion}, ${run.status.toLowerCase()}, ${run.completedCount}/${run.trialCount} trials done, ${run.failedCount} failed${took}`;
}

/**
 * The transfer aggregates as one table: mean test accuracy over seeds with its 95% interval,
 * per target, setting (depth, lr), source and n, in the server's order. Empty for analyses
 * whose results are not transfer rows.
 */
export function accuracyTable(results: readonly TargetResults[]): string | undefined {
  const cells = results.flatMap((t) => t.accuracy.map((a) => ({ t, a })));
  if (cells.length === 0) return undefined;
  // lr is shown only when the sweep varies it.
  const lrs = new Set(results.map((t) => t.lr));
  const header = ['target', 'depth', ...(lrs.size > 1 ? ['lr'] : []), 'source', 'n', 'accuracy', '95% CI', 'seeds'];
  const rows = cells.map(({ t, a }) => [
    t.target,
    t.depth === null ? '-' : t.depth,
    ...(lrs.size > 1 ? [t.lr === null ? '-' : t.lr] : []),
    a.source,
    a.n,
    percent(a.mean),
    a.low === null || a.high === null ? '-' : `${percent(a.low)}-${percent(a.high)}`,
    a.seeds,
  ]);
  return formatTable(header, rows);
}

/** The headline, the accuracy table when there is one, and the first failures' reasons. */
export function runSummary(run: RunSummaryFragment, results: readonly TargetResults[], failures: readonly { ordinal: number; reason: string }[] = []): string {
  const parts = [runHeadline(run)];
  if (run.error !== null) parts.push(`error: ${run.error}`);
  const table = accuracyTable(results);
  if (table !== undefined) parts.push('', table);
  if (failures.length > 0) parts.push('', `failed trials (first ${failures.length}):`, ...failures.map((f) => `  #${f.ordinal}: ${f.reason}`));
  return parts.join('\n');
}
