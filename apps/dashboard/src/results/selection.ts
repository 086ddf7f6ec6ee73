import type { RunSummary } from './results.query';

/**
 * The run a page shows: the one the URL names, else the newest run with at least one
 * completed trial (the runs query lists newest first), else the newest run.
 */
export function pickRunId(runs: readonly RunSummary[], requested: string | null): string | undefined {
  if (requested) return requested;
  return (runs.find((r) => r.completedCount > 0) ?? runs[0])?.id;
}

/** A short, stable label for a run in a picker. */
export function runLabel(run: RunSummary): string {
  const when = run.createdAt.slice(0, 16).replace('T', ' ');
  return `${when} UTC · ${run.analysis} · ${run.status.toLowerCase()} · ${run.completedCount}/${run.trialCount} trials${run.imported ? ' · imported' : ''}`;
}

export const isActiveRun = (run: RunSummary | undefined): boolean =>
  run?.status === 'QUEUED' || run?.status === 'RUNNING';
