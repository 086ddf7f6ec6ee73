import { trialJobId, type QueuedTrials } from './bullmq-names';
import type { TrialExecution, TrialOutcome } from './trial-queue';

/** A job found in the queue at start (an earlier server's), with the trials it holds. */
export interface HeldJob {
  readonly id: string;
  readonly data: QueuedTrials;
  /** A worker had it already: its trials count as started when followed. */
  readonly active: boolean;
}

interface Followed {
  readonly outcomes: Promise<unknown>;
  readonly listeners: Set<TrialExecution>;
}

/**
 * The jobs an earlier server left in the queue for trials still wanted. A restarted server may
 * group the same trials otherwise (other live slots, fewer trials left), so a new group's id
 * differs from the old one's: its trials held here wait for the old job instead of being
 * queued again. Several new groups may share one old job; it is waited for once.
 */
export class HeldJobs {
  /** By trial job id (run and trial key). */
  private readonly byTrial = new Map<string, HeldJob>();
  private readonly followed = new Map<HeldJob, Followed>();

  add(id: string, data: QueuedTrials, active: boolean): void {
    const job: HeldJob = { id, data, active };
    for (const t of data.trials) this.byTrial.set(trialJobId(data.runId, t.trialKey), job);
  }

  holder(runId: string, trialKey: string): HeldJob | undefined {
    return this.byTrial.get(trialJobId(runId, trialKey));
  }

  /**
   * The job's outcomes, waited for once through `wait` (whose start and progress reach every
   * follower). A job that fails lets go of its trials: tried again, they go into new jobs.
   */
  follow(job: HeldJob, execution: TrialExecution, wait: (fanOut: TrialExecution) => Promise<unknown>): Promise<unknown> {
    let f = this.followed.get(job);
    if (!f) {
      const listeners = new Set<TrialExecution>();
      const outcomes = wait({
        onStart: () => listeners.forEach((l) => l.onStart?.()),
        onProgress: (fraction, message) => listeners.forEach((l) => l.onProgress?.(fraction, message)),
      });
      outcomes.catch(() => this.release(job));
      f = { outcomes, listeners };
      this.followed.set(job, f);
    }
    f.listeners.add(execution);
    if (job.active) execution.onStart?.();
    return f.outcomes;
  }

  /** A trial's outcome in the job's answer (the job's trials in its own order). */
  static outcomeOf(job: HeldJob, outcomes: unknown, trialKey: string): TrialOutcome {
    const i = job.data.trials.findIndex((t) => t.trialKey === trialKey);
    if (!Array.isArray(outcomes) || outcomes.length !== job.data.trials.length || i < 0) {
      throw new Error(`job ${job.id}: its worker returned ${Array.isArray(outcomes) ? outcomes.length : 'no'} outcomes for ${job.data.trials.length} trials`);
    }
    return outcomes[i] as TrialOutcome;
  }

  private release(job: HeldJob): void {
    this.followed.delete(job);
    for (const t of job.data.trials) {
      const id = trialJobId(job.data.runId, t.trialKey);
      if (this.byTrial.get(id) === job) this.byTrial.delete(id);
    }
  }
}
