import { Inject } from '@nestjs/common';
import type { TrialUses } from '@transferlab/sdk';
import type { ModelDescriptor } from '../job-host/model-descriptor';
import type { TrialJobResult } from '../job-host/worker-payload';

/** What a driver needs to run one trial anywhere: the analysis, the trial's config, what it uses. */
export interface TrialJob {
  readonly analysis: string;
  readonly config: Readonly<Record<string, unknown>>;
  readonly uses: TrialUses;
  /** The declared models as stored, so a worker needs no database. */
  readonly models: readonly ModelDescriptor[];
  /** Where its result goes and what its key was made with: a remote worker stores the result and fetches what it lacks. */
  readonly runId?: string;
  readonly trialKey?: string;
  readonly checksums?: Readonly<Record<string, string>>;
  /** A remote worker's packed copies of the trial's datasets (datasetKey -> file); absent: each is loaded by its plugin. */
  readonly datasetFiles?: Readonly<Record<string, string>>;
}

/** One trial of a group job; `trialKey` and `checksums` as in TrialJob (what a remote worker stores and fetches). */
export interface TrialGroupMember {
  readonly config: Readonly<Record<string, unknown>>;
  readonly uses: TrialUses;
  readonly trialKey?: string;
  readonly checksums?: Readonly<Record<string, string>>;
}

/** Trials of one run and one group key (AnalysisPlugin.groupKey) as one job: `runGroup` runs them together. */
export interface TrialGroupJob {
  readonly analysis: string;
  readonly trials: readonly TrialGroupMember[];
  /** Every model the trials declared, as stored. */
  readonly models: readonly ModelDescriptor[];
  /** The run the trials belong to (a remote worker stores their results). */
  readonly runId?: string;
  /** A remote worker's packed datasets of all the trials, and their checksums (`dataset:<key>`). */
  readonly datasetFiles?: Readonly<Record<string, string>>;
  readonly checksums?: Readonly<Record<string, string>>;
}

/** What came back: the analysis's result, the plugin version and the provider that ran it (as the worker sends it). */
export type TrialOutcome = TrialJobResult;

/** How the executor follows and stops one trial. */
export interface TrialExecution {
  /** Aborting stops the trial (its signal is aborted; its worker killed if it does not stop in time); execute then rejects. */
  readonly signal?: AbortSignal;
  /** Called when a worker takes the trial, for drivers with `startsLater` (each retry calls it again). */
  readonly onStart?: () => void;
  /** The analysis's own progress report: fraction in [0,1] and a message. */
  readonly onProgress?: (fraction: number, message: string | null) => void;
}

/**
 * Where trials execute. The database, not the queue, is the record: a driver only runs a
 * job and reports how it ended; the executor decides retries and writes results.
 */
export interface TrialQueueDriver {
  /** Trials the driver runs at the same time (the executor keeps that many in flight). */
  readonly concurrency: number;
  /** True when queued trials wait for a worker: the trial counts as running from `onStart`, not from `execute`. */
  readonly startsLater?: boolean;
  execute(job: TrialJob, execution?: TrialExecution): Promise<TrialOutcome>;
  /**
   * Runs a group of trials as one job, one outcome per trial in order (optional: a driver
   * without it gets every trial alone). Progress and the signal are the group's.
   */
  executeGroup?(job: TrialGroupJob, execution?: TrialExecution): Promise<TrialOutcome[]>;
  /**
   * The worker slots queued trials are shared over when groups are formed, where that is not
   * the driver's free in-flight slots (bullmq: the live workers' slots, however many jobs wait).
   */
  groupSlots?(): number;
  /**
   * True when the error means the worker was lost (a crash, a kill from outside) rather than
   * the analysis failing: such a trial is retried. A trial over its memory cap or timeout is
   * not lost: it would fail the same way again.
   */
  isWorkerLost(error: unknown): boolean;
  /** At start, with the job ids (trialJobId) of every trial still without a result: drop the queue's other jobs. */
  reconcile?(wanted: ReadonlySet<string>): Promise<number>;
  close(): Promise<void>;
}

export const TRIAL_QUEUE_DRIVER = Symbol('TRIAL_QUEUE_DRIVER');
export const InjectTrialQueueDriver = (): ParameterDecorator => Inject(TRIAL_QUEUE_DRIVER);

/** How often a trial whose worker died is tried again before it is marked failed. */
export const TRIAL_RETRIES = Symbol('TRIAL_RETRIES');
export const DEFAULT_TRIAL_RETRIES = 2;
