import { Inject } from '@nestjs/common';

/** What a driver needs to run one trial anywhere: the analysis and the trial's config. */
export interface TrialJob {
  readonly analysis: string;
  readonly config: Readonly<Record<string, unknown>>;
}

/** What came back: the analysis's result and the version of the plugin that produced it. */
export interface TrialOutcome {
  readonly metrics: Record<string, number>;
  readonly series: Record<string, number>[] | null;
  readonly pluginVersion: string;
}

/** How the executor follows and stops one trial. */
export interface TrialExecution {
  /** Aborting stops the trial now (its worker is killed); execute then rejects. */
  readonly signal?: AbortSignal;
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
  execute(job: TrialJob, execution?: TrialExecution): Promise<TrialOutcome>;
  /**
   * True when the error means the worker was lost (a crash, a kill, a timeout) rather than
   * the analysis failing: such a trial is retried.
   */
  isWorkerLost(error: unknown): boolean;
  close(): Promise<void>;
}

export const TRIAL_QUEUE_DRIVER = Symbol('TRIAL_QUEUE_DRIVER');
export const InjectTrialQueueDriver = (): ParameterDecorator => Inject(TRIAL_QUEUE_DRIVER);

/** How often a trial whose worker died is tried again before it is marked failed. */
export const TRIAL_RETRIES = Symbol('TRIAL_RETRIES');
export const DEFAULT_TRIAL_RETRIES = 2;
