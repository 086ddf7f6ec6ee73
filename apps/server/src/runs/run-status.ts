/** Lifecycle of a run; stored as text. */
export enum RunStatus {
  QUEUED = 'queued',
  RUNNING = 'running',
  COMPLETED = 'completed',
  FAILED = 'failed',
  CANCELLED = 'cancelled',
}

/** Lifecycle of a trial; `done` means its result row exists. */
export enum TrialStatus {
  PENDING = 'pending',
  RUNNING = 'running',
  DONE = 'done',
  FAILED = 'failed',
  CANCELLED = 'cancelled',
}

/** Runs the server picks up again after a restart. */
export const UNFINISHED_RUN_STATUSES: readonly RunStatus[] = [RunStatus.QUEUED, RunStatus.RUNNING];
