import type { z } from 'zod';
import type { PluginContext } from './context';
import type { ParamsSchema, PluginBase } from './plugin';

/** The smallest unit of work; its config is hashed (with plugin versions and checksums) into the trial key. */
export interface TrialSpec {
  readonly config: Readonly<Record<string, unknown>>;
}

/** One row of results: named scalar metrics, optionally a series per epoch. */
export interface TrialResult {
  readonly metrics: Readonly<Record<string, number>>;
  readonly series?: readonly Readonly<Record<string, number>>[];
}

export interface AnalysisPlugin<P extends ParamsSchema = ParamsSchema> extends PluginBase<'analysis', P> {
  /** Expand a run's params into its trials (deterministic, no work done). */
  expand(params: z.output<P>): TrialSpec[];
  /** Run one trial (the main method). */
  run(trial: TrialSpec, ctx: PluginContext): Promise<TrialResult>;
}
