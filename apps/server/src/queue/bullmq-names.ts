import { createHash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import type { TrialJob, TrialJobMember } from './trial-queue';

/** The one BullMQ queue of trials; every server and worker of a deployment uses it. */
export const TRIAL_QUEUE_NAME = 'transferlab-trials';

/** Redis pub/sub channel on which the server names jobs to stop (a cancelled run's running trials). */
export const CANCEL_CHANNEL = 'transferlab:cancel';

/** A trial's job id: its run and trial key, so re-adding a trial while its job exists is a no-op. */
export function trialJobId(runId: string, trialKey: string): string {
  return `${runId}.${trialKey}`;
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

/** A job's id: a trial alone has its trialJobId, a group its groupJobId. */
export function queuedJobId(runId: string, trialKeys: readonly string[]): string {
  return trialKeys.length === 1 ? trialJobId(runId, trialKeys[0]!) : groupJobId(runId, trialKeys);
}

/** What a BullMQ job carries: trials of one run (one, or a group), each with its key and checksums (what the worker fetches and checks). */
export interface QueuedTrials extends TrialJob {
  readonly runId: string;
  readonly trials: readonly (TrialJobMember & {
    readonly trialKey: string;
    /** `model:<id>` and `dataset:<key>` -> sha256. */
    readonly checksums: Readonly<Record<string, string>>;
  })[];
}

/** A one-trial job as an earlier version queued it: the trial at the top level, no `trials`. */
export type EarlierQueuedTrial = Omit<QueuedTrials, 'trials'> & QueuedTrials['trials'][number];

/** A job's data as QueuedTrials: a job of an earlier version still in Redis is a job of its one trial. */
export function queuedTrials(data: QueuedTrials | EarlierQueuedTrial): QueuedTrials {
  if ('trials' in data) return data;
  const { analysis, models, runId, config, uses, trialKey, checksums } = data;
  return { analysis, models, runId, trials: [{ config, uses, trialKey, checksums }] };
}

/** The trial job ids a job stands for (each of its trials'). */
export function memberJobIds(data: QueuedTrials | EarlierQueuedTrial): string[] {
  return queuedTrials(data).trials.map((t) => trialJobId(data.runId, t.trialKey));
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
