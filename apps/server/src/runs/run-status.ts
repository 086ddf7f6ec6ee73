/** Lifecycle of a run; stored as text. */
export enum RunStatus {
  Queued = 'queued',
  Running = 'running',
  Completed = 'completed',
  Failed = 'failed',
  Cancelled = 'cancelled',
}

/** Lifecycle of a trial; `done` means its result row exists. */
export enum TrialStatus {
  Pending = 'pending',
  Running = 'running',
  Done = 'done',
  Failed = 'failed',
  Cancelled = 'cancelled',
}

/** Runs the server picks up again after a restart. */
export const UNFINISHED_RUN_STATUSES: readonly RunStatus[] = [RunStatus.Queued, RunStatus.Running];
