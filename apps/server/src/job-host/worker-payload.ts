import type { DatasetFacts, DatasetSpec, TrialUses } from '@transferlab/sdk';
import type { ModelDescriptor } from './model-descriptor';

/** Where plugins and data are; every worker job's payload starts with it. */
export interface WorkerBase {
  readonly pluginConfigFile: string | undefined;
  readonly dataDir: string;
  readonly datasetRoots: readonly string[];
  readonly modelRoots: readonly string[];
}

/**
 * A job's trials as a worker receives them: the analysis, each trial's config and what it
 * uses, and the resolved models. One trial runs alone (the analysis's run); several are
 * trials of one group key, run together (its runGroup).
 */
export interface TrialsPayload extends WorkerBase {
  readonly analysis: string;
  readonly trials: readonly { readonly config: Readonly<Record<string, unknown>>; readonly uses: TrialUses }[];
  /** Every model the trials declared, as stored (plus any the host may need to resolve by id). */
  readonly models: readonly ModelDescriptor[];
  /** A remote worker's packed datasets (datasetKey -> file), checked against `checksums` (`dataset:<key>`) on load. */
  readonly datasetFiles?: Readonly<Record<string, string>>;
  readonly checksums?: Readonly<Record<string, string>>;
}

/** What a trial's worker sends through the pool's progress channel. */
export interface TrialProgressMessage {
  readonly fraction: number;
  readonly message: string | null;
}

/** What comes back from a trial. */
export interface TrialJobResult {
  readonly metrics: Record<string, number>;
  readonly series: Record<string, number>[] | null;
  readonly details: Record<string, unknown> | null;
  readonly pluginVersion: string;
  /** The execution provider the worker's sessions ran on. */
  readonly provider: string;
}

/** Datasets to load (with params) for their checksums. */
export interface ResourcesPayload extends WorkerBase {
  readonly datasets: readonly DatasetSpec[];
}

/** datasetKey(spec) -> checksum, split sizes and class count. */
export type DatasetFactsByKey = Record<string, DatasetFacts>;
