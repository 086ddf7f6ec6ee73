import type { RunSummary } from './results.query';

export function depthLabel(depth: number | null): string {
  if (depth === null) return 'all layers';
  if (depth === 0) return '0 (final layer only)';
  return depth === 1 ? '1 (last block too)' : `${depth} (last ${depth} blocks too)`;
}

/**
 * The run a page shows: the one the URL names, else the newest run with at least one
 * completed trial (the runs query lists newest first), else the newest run.
 */
export function pickRunId(runs: readonly RunSummary[], requested: string | null): string | undefined {
  if (requested) return requested;
  return (runs.find((r) => r.completedCount > 0) ?? runs[0])?.id;
}

/**
 * The source deltas are taken against: the one the URL asks for when the run has it, else
 * the first source whose name says it is naturally trained, else none (no deltas).
 */
export function pickBaseline(sources: readonly string[], requested: string | null): string | undefined {
  if (requested !== null && sources.includes(requested)) return requested;
  return sources.find((s) => /natural/i.test(s));
}

/** A short, stable label for a run in a picker. */
export function runLabel(run: RunSummary): string {
  const when = run.createdAt.slice(0, 16).replace('T', ' ');
  return `${when} UTC · ${run.analysis} · ${run.status.toLowerCase()} · ${run.completedCount}/${run.trialCount} trials`;
}

export const isActiveRun = (run: RunSummary | undefined): boolean =>
  run?.status === 'QUEUED' || run?.status === 'RUNNING';
