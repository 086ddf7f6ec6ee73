import type { RunSummaryFragment, TableData } from '@transferlab/client';
import { duration } from './table';
import { tableText } from './table-cells';

/** The run in one line: id, analysis, status, counts, wall time. */
export function runHeadline(run: RunSummaryFragment): string {
  const took = run.finishedAt !== null ? ` in ${duration(Date.parse(run.finishedAt) - Date.parse(run.createdAt))}` : '';
  return `run ${run.id}: ${run.analysis} ${run.analysisVersion}, ${run.status.toLowerCase()}, ${run.completedCount}/${run.trialCount} trials done, ${run.failedCount} failed${took}`;
}

/** What the summary shows under the headline: the analysis's summary table, or why there is none. */
export type SummarySection =
  /** The summary table's rows; `tables` is every table the analysis declares, in its order. */
  | { readonly kind: 'table'; readonly tables: readonly string[]; readonly data: TableData }
  /** The analysis declares no output tables. */
  | { readonly kind: 'none' }
  /** The table could not be had; the reason was said on stderr. */
  | { readonly kind: 'unavailable' };

/** The summary table under a line naming it and the analysis's other tables. */
function summaryTableText(runId: string, tables: readonly string[], data: TableData): string[] {
  const name = data.table.name;
  const others = tables.filter((t) => t !== name);
  const title = others.length > 0 ? `${name} (other tables: ${others.join(', ')}; transferlab results ${runId} --table NAME)` : name;
  return data.rows.length === 0 ? [`${title}: no rows yet`] : [title, tableText(data.table, data.rows)];
}

/** The headline, the analysis's own summary table (or why there is none), and the first failures' reasons. */
export function runSummary(run: RunSummaryFragment, section: SummarySection, failures: readonly { ordinal: number; reason: string }[] = []): string {
  const parts = [runHeadline(run)];
  if (run.error !== null) parts.push(`error: ${run.error}`);
  if (section.kind === 'table') parts.push('', ...summaryTableText(run.id, section.tables, section.data));
  if (section.kind === 'none') parts.push('', `analysis '${run.analysis}' declares no output tables; transferlab results ${run.id} --json writes its result rows`);
  if (failures.length > 0) parts.push('', `failed trials (first ${failures.length}):`, ...failures.map((f) => `  #${f.ordinal}: ${f.reason}`));
  return parts.join('\n');
}
