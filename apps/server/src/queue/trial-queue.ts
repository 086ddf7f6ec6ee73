import { Inject } from '@nestjs/common';
import type { TrialUses } from '@transferlab/sdk';
import type { ModelDescriptor } from '../job-host/model-descriptor';
import type { TrialJobResult } from '../job-host/worker-payload';

/** One trial of a job: its config and what it uses; `trialKey` and `checksums` tell a remote worker where its result goes and what to fetch. */
export interface TrialJobMember {
  readonly config: Readonly<Record<string, unknown>>;
  readonly uses: TrialUses;
  readonly trialKey?: string;
  readonly checksums?: Readonly<Record<string, string>>;
}

/**
 * What a driver needs to run trials of one run anywhere, as one job: a trial alone, or trials
 * of one group key (AnalysisPlugin.groupKey) that the analysis's runGroup runs together.
 */
export interface TrialJob {
  readonly analysis: string;
  readonly trials: readonly TrialJobMember[];
  /** Every model the trials declared, as stored, so a worker needs no database. */
  readonly models: readonly ModelDescriptor[];
  /** The run the trials belong to (a remote worker stores their results). */
  readonly runId?: string;
  /** A remote worker's packed datasets of all the trials (datasetKey -> file) and their checksums (`dataset:<key>`); absent: each is loaded by its plugin. */
  readonly datasetFiles?: Readonly<Record<string, string>>;
  readonly checksums?: Readonly<Record<string, string>>;
}

/** What came back: the analysis's result, the plugin version and the provider that ran it (as the worker sends it). */
export type TrialOutcome = TrialJobResult;

/** How the executor follows and stops one job. */
export interface TrialExecution {
  /** Aborting stops the job (its signal is aborted; its worker killed if it does not stop in time); execute then rejects. */
  readonly signal?: AbortSignal;
  /** Called when a worker takes the job, for drivers with `startsLater` (each retry calls it again). */
  readonly onStart?: () => void;
  /** The analysis's own progress report (a group's is the group's): fraction in [0,1] and a message. */
  readonly onProgress?: (fraction: number, message: string | null) => void;
}

/**
 * Where trials execute. The database, not the queue, is the record: a driver only runs a
 * job and reports how it ended; the executor decides retries and writes results.
 */
export interface TrialQueueDriver {
  /** Trials the driver runs at the same time (the executor keeps that many in flight). */
  readonly concurrency: number;
  /** True when queued trials wait for a worker: the trials count as running from `onStart`, not from `execute`. */
  readonly startsLater?: boolean;
  /** Runs the job's trials (one, or a group) as one job: one outcome per trial, in order. */
  execute(job: TrialJob, execution?: TrialExecution): Promise<TrialOutcome[]>;
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
