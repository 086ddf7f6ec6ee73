import type { JobsOptions } from 'bullmq';
import type { TrialJob } from './trial-queue';

/** The one BullMQ queue of trials; every server and worker of a deployment uses it. */
export const TRIAL_QUEUE_NAME = 'transferlab-trials';

/** Redis pub/sub channel on which the server names jobs to stop (a cancelled run's running trials). */
export const CANCEL_CHANNEL = 'transferlab:cancel';

/** A trial's job id: its run and trial key, so re-adding a trial while its job exists is a no-op. */
export function trialJobId(runId: string, trialKey: string): string {
  return `${runId}.${trialKey}`;
}

/** What a BullMQ job carries: the trial as any driver runs it, plus where its result goes. */
export interface QueuedTrial extends TrialJob {
  readonly runId: string;
  readonly trialKey: string;
  /** `model:<id>` and `dataset:<key>` -> sha256: what the worker fetches and checks. */
  readonly checksums: Readonly<Record<string, string>>;
}

/** Retries of a lost worker (a crash, a failed child): 3 tries, 2 s then 4 s apart. */
export const TRIAL_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  // The database is the record: finished jobs only bridge the time until the server reads them.
  removeOnComplete: { age: 3600 },
  removeOnFail: { age: 24 * 3600 },
};

/** How often a running trial may stall (its worker gone) before it fails: each stall is a retry elsewhere. */
export const MAX_STALLED_COUNT = 2;
