import type { RunStatus, TrialCounts } from '../gql/graphql';

export type { RunStatus };

/** A run still has work to do (and can be cancelled) while queued or running. */
export function isActive(status: RunStatus): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

/** How often the run page asks for the run again: every second while it runs, never after. */
export const RUN_POLL_MS = 1_000;

export function pollInterval(status: RunStatus | undefined): number {
  return status !== undefined && isActive(status) ? RUN_POLL_MS : 0;
}

/**
 * The server's progress (a fraction in [0,1] that counts running trials' epochs too) as a
 * whole percentage, rounded down so that 100% means all work is done.
 */
export function progressPercent(progress: number): number {
  if (!Number.isFinite(progress) || progress <= 0) return 0;
  if (progress >= 1) return 100;
  return Math.min(99, Math.floor(progress * 100));
}

export type CountedStatus = keyof Omit<TrialCounts, 'total' | '__typename'>;

/** The trial statuses the run page counts, in the order a trial passes through them. */
export const COUNTED_STATUSES: readonly CountedStatus[] = [
  'queued',
  'running',
  'completed',
  'failed',
  'cancelled',
];

export interface StatusCount {
  readonly status: CountedStatus;
  readonly count: number;
}

/** One row per status (zeros included), and whether they add up to the total the server gave. */
export function statusRows(counts: Omit<TrialCounts, '__typename'>): {
  rows: StatusCount[];
  consistent: boolean;
} {
  const rows = COUNTED_STATUSES.map((status) => ({ status, count: counts[status] }));
  return { rows, consistent: rows.reduce((sum, r) => sum + r.count, 0) === counts.total };
}

/** Lower-case words for a status enum value: RUNNING -> running. */
export function statusLabel(status: string): string {
  return status.toLowerCase();
}
