import { join } from 'node:path';
import { registerJob, type JobContext } from '@transferlab/engine';
import type { EngineApi, PluginContext, PluginRegistry } from '@transferlab/sdk';
import { buildRegistry } from '../../plugins/build-registry';
import { trialEngine } from './trial-engine';

export const RUN_TRIAL_JOB = 'transferlab.run-trial';

/** Sent to the worker with each trial: the analysis, the config, and where plugins and data are. */
export interface RunTrialPayload {
  readonly analysis: string;
  readonly config: Readonly<Record<string, unknown>>;
  readonly pluginConfigFile: string | undefined;
  readonly dataDir: string;
  readonly datasetRoots: readonly string[];
  readonly modelRoots: readonly string[];
}

/** What a trial's worker sends through the pool's progress channel. */
export interface TrialProgressMessage {
  readonly fraction: number;
  readonly message: string | null;
}

/** Least time between two progress messages of a trial (an analysis may report every batch). */
const PROGRESS_INTERVAL_MS = 200;

/** Forwards an analysis's reports to the pool, at most one per interval, the final one (1) always. */
function progressReporter(job: JobContext): PluginContext['progress'] {
  let last = 0;
  return {
    report: (fraction, message) => {
      const now = Date.now();
      if (fraction < 1 && now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      const m: TrialProgressMessage = { fraction, message: message ?? null };
      job.progress(m);
    },
  };
}

export interface RunTrialResult {
  readonly metrics: Record<string, number>;
  readonly series: Record<string, number>[] | null;
  readonly pluginVersion: string;
}

/** The worker builds the same frozen registry as the server, once, from the same configuration. */
const registries = new Map<string, Promise<PluginRegistry>>();
export function registryFor(pluginConfigFile: string | undefined): Promise<PluginRegistry> {
  const key = pluginConfigFile ?? '';
  let r = registries.get(key);
  if (!r) registries.set(key, (r = buildRegistry({ pluginConfigFile })));
  return r;
}

/** One engine per worker and registry, so its caches (sessions, prefix features) outlive a trial. */
const engines = new Map<PluginRegistry, EngineApi>();

export function pluginContext(registry: PluginRegistry, p: RunTrialPayload, ctx: JobContext): PluginContext {
  let engine = engines.get(registry);
  if (!engine) {
    engine = trialEngine(registry, () => context, { threads: ctx.config.threads, dataDir: p.dataDir });
    engines.set(registry, engine);
  }
  const context: PluginContext = {
    engine,
    data: {
      dataset: (name) => {
        const plugin = registry.get('dataset', name);
        return plugin.load(plugin.params.parse({}), context);
      },
      model: (ref) => Promise.reject(new Error(`model '${ref.id}': source models are not yet served to trial workers`)),
      attack: (name) => registry.get('attack', name),
    },
    progress: progressReporter(ctx),
    log: { info: (m) => process.stderr.write(`[trial] ${m}\n`), warn: (m) => process.stderr.write(`[trial] warning: ${m}\n`) },
    signal: new AbortController().signal,
    cacheDir: join(p.dataDir, 'cache'),
    roots: { datasets: p.datasetRoots, models: p.modelRoots },
  };
  return context;
}

/** Runs one trial of an analysis plugin inside a pool worker. */
export async function runTrial(payload: unknown, ctx: JobContext): Promise<RunTrialResult> {
  const p = payload as RunTrialPayload;
  const registry = await registryFor(p.pluginConfigFile);
  const analysis = registry.get('analysis', p.analysis);
  const result = await analysis.run({ config: p.config }, pluginContext(registry, p, ctx));
  return {
    metrics: { ...result.metrics },
    series: result.series ? result.series.map((s) => ({ ...s })) : null,
    pluginVersion: analysis.version,
  };
}

export function registerTrialJob(): void {
  registerJob(RUN_TRIAL_JOB, runTrial);
}
