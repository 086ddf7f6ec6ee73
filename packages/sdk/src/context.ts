import type { Dataset, DatasetSpec } from './dataset';
import type { EngineApi, ModelRef } from './engine-api';
import type { SourceModel } from './model-source';
import type { AttackPlugin } from './attack';

export interface ProgressReporter {
  /** fraction in [0,1]; message is shown next to the bar. */
  report(fraction: number, message?: string): void;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** Access to registered datasets, models and attacks. */
export interface DataApi {
  /** A dataset plugin loaded with params (memoised per worker by name and params). */
  dataset(spec: DatasetSpec): Promise<Dataset>;
  /** A source model record by id: its facts, structure and bytes. */
  model(ref: ModelRef): Promise<SourceModel>;
  attack(name: string): AttackPlugin;
}

/** Everything a plugin may reach: the engine, data, progress, cancellation. */
export interface PluginContext {
  readonly engine: EngineApi;
  readonly data: DataApi;
  readonly progress: ProgressReporter;
  readonly log: Logger;
  /** Aborted when the trial's run is cancelled (or the worker shuts down); check it between batches. */
  readonly signal: AbortSignal;
  /** Folder a plugin may use for caches (inside the configured data directory). */
  readonly cacheDir: string;
  /** Folders under which user-supplied dataset and model files may be read. */
  readonly roots: { readonly datasets: readonly string[]; readonly models: readonly string[] };
}
