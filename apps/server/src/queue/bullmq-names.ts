import { createHash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import type { TrialGroupJob, TrialGroupMember, TrialJob } from './trial-queue';

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

/**
 * A group job's id: its run and a digest of its sorted trial keys, so the same trials grouped
 * again (a server restart re-forms its groups alike) find their job instead of adding another.
 */
export function groupJobId(runId: string, trialKeys: readonly string[]): string {
  const digest = createHash('sha256')
    .update([...trialKeys].sort().join(','))
    .digest('hex')
    .slice(0, 32);
  return `${runId}.group.${digest}`;
}

/** What a BullMQ group job carries: trials of one run and group key, each with its key and checksums. */
export interface QueuedGroup extends TrialGroupJob {
  readonly runId: string;
  readonly trials: readonly (TrialGroupMember & {
    readonly trialKey: string;
    readonly checksums: Readonly<Record<string, string>>;
  })[];
}

/** Whether a job's data is a group's. */
export function isQueuedGroup(data: QueuedTrial | QueuedGroup): data is QueuedGroup {
  return Array.isArray((data as Partial<QueuedGroup>).trials);
}

/** The trial job ids a job stands for: its own, or its group's members'. */
export function memberJobIds(data: QueuedTrial | QueuedGroup): string[] {
  return isQueuedGroup(data)
    ? data.trials.map((t) => trialJobId(data.runId, t.trialKey))
    : [trialJobId(data.runId, data.trialKey)];
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
