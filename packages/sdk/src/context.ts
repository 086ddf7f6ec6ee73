import type { Dataset } from './dataset';
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

/** Access to registered datasets, models and attacks by name. */
export interface DataApi {
  dataset(name: string): Promise<Dataset>;
  model(ref: ModelRef): Promise<SourceModel>;
  attack(name: string): AttackPlugin;
}

/** Everything a plugin may reach: the engine, data, progress, cancellation. */
export interface PluginContext {
  readonly engine: EngineApi;
  readonly data: DataApi;
  readonly progress: ProgressReporter;
  readonly log: Logger;
  readonly signal: AbortSignal;
  /** Folder a plugin may use for caches (inside the configured data directory). */
  readonly cacheDir: string;
  /** Folders under which user-supplied dataset and model files may be read. */
  readonly roots: { readonly datasets: readonly string[]; readonly models: readonly string[] };
}
