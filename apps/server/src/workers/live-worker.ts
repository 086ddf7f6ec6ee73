/** Redis key prefix of worker announcements; each key expires unless its worker refreshes it. */
export const LIVE_WORKER_PREFIX = 'transferlab:worker:';
/** A worker refreshes its announcement this often ... */
export const HEARTBEAT_MS = 5000;
/** ... and it expires after this long without one (a worker gone quietly drops off the list). */
export const HEARTBEAT_TTL_MS = 15_000;
/** Most workers the System page lists. */
export const MAX_LISTED_WORKERS = 500;

/** What a worker command announces about itself. */
export interface LiveWorkerRecord {
  readonly id: string;
  readonly host: string;
  readonly pid: number;
  /** The configured execution provider, then the one its last trial actually ran on. */
  readonly provider: string;
  readonly threads: number;
  /** Trials it runs at once. */
  readonly slots: number;
  readonly startedAt: string;
  readonly lastSeen: string;
  readonly completed: number;
  readonly trials: readonly { readonly runId: string; readonly trialKey: string }[];
}
