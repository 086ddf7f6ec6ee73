import { join } from 'node:path';
import type { JobContext } from '@transferlab/engine';
import { datasetRef, type AttackPlugin, type EngineApi, type PluginContext, type PluginRegistry, type SourceModel } from '@transferlab/sdk';
import { buildRegistry } from '../plugins/build-registry';
import type { ModelDescriptor } from './model-descriptor';
import { namedAttack, namedDatasetLoad } from './named-plugins';
import { storedModel } from './stored-model';
import { resetWorkerEngines, workerEngine } from './worker-engine';
import { workerDataset } from './worker-datasets';
import type { WorkerBase } from './worker-payload';

/** Least time between two progress messages of a job (an analysis may report every batch). */
const PROGRESS_INTERVAL_MS = 200;

/** The worker builds the same frozen registry as the server, once, from the same configuration. */
const registries = new Map<string, Promise<PluginRegistry>>();
export function registryFor(pluginConfigFile: string | undefined): Promise<PluginRegistry> {
  const key = pluginConfigFile ?? '';
  let r = registries.get(key);
  if (!r) registries.set(key, (r = buildRegistry({ pluginConfigFile })));
  return r;
}

/** Models this worker has been handed, by id (a later trial may reuse one without re-reading it). */
const known = new Map<string, { readonly descriptor: ModelDescriptor; readonly model: SourceModel }>();

function knownModel(id: string): SourceModel {
  const hit = known.get(id);
  if (!hit) throw new Error(`no source model '${id}' was handed to this worker; known: ${[...known.keys()].sort().join(', ') || '(none)'}`);
  return hit.model;
}

/** Forwards reports to the pool, at most one per interval, the final one (1) always. */
function progressReporter(job: JobContext): PluginContext['progress'] {
  let last = 0;
  return {
    report: (fraction, message) => {
      const now = Date.now();
      if (fraction < 1 && now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      job.progress({ fraction, message: message ?? null });
    },
  };
}

export interface HostedJob {
  readonly registry: PluginRegistry;
  readonly context: PluginContext;
  readonly engine: EngineApi;
}

/**
 * The context a plugin gets inside a worker: the whole engine (one per worker, so sessions and
 * frozen-prefix features outlive a trial), datasets by name and params (memoised per worker),
 * the source models the job was handed (`data.model` and the engine resolve them by id), the
 * job's live cancel signal, and progress sent back to the server.
 */
export interface HostOptions {
  /** Frozen-prefix feature cache on (default) or off (the transfer bench compares both). */
  readonly featureCache?: boolean;
}

export async function hostJob(base: WorkerBase, job: JobContext, models: readonly ModelDescriptor[] = [], options: HostOptions = {}): Promise<HostedJob> {
  const registry = await registryFor(base.pluginConfigFile);
  let changed = false;
  for (const d of models) {
    const had = known.get(d.id);
    if (had?.descriptor.checksum === d.checksum) continue;
    if (had) changed = true;
    known.set(d.id, { descriptor: d, model: storedModel(d) });
  }
  if (changed) await resetWorkerEngines();
  const declared = new Set(models.map((d) => d.id));
  const engine = workerEngine({
    threads: job.config.threads,
    provider: job.config.executionProvider,
    dataDir: base.dataDir,
    models: (id) => Promise.resolve(knownModel(id)),
    ...(options.featureCache === false ? { featureCache: false } : {}),
  });
  const context: PluginContext = {
    engine,
    data: {
      // Dataset and attack failures name their plugin, inside the analysis's name (trials-job).
      dataset: (spec) => {
        const name = datasetRef(spec).name;
        const plugin = registry.has('dataset', name) ? registry.get('dataset', name) : undefined;
        return namedDatasetLoad(plugin, () => workerDataset(registry, context, spec));
      },
      model: (ref) => {
        if (!declared.has(ref.id)) {
          return Promise.reject(new Error(`model '${ref.id}' is not among the models this trial declared (${[...declared].sort().join(', ') || 'none'}); an analysis declares them in expand() as uses.models`));
        }
        return Promise.resolve(knownModel(ref.id));
      },
      attack: (name): AttackPlugin => namedAttack(registry.get('attack', name)),
    },
    progress: progressReporter(job),
    log: { info: (m) => process.stderr.write(`[worker] ${m}\n`), warn: (m) => process.stderr.write(`[worker] warning: ${m}\n`) },
    signal: job.signal,
    cacheDir: join(base.dataDir, 'cache'),
    roots: { datasets: base.datasetRoots, models: base.modelRoots },
  };
  return { registry, context, engine };
}
