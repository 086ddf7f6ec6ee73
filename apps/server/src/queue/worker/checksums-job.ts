import { registerJob, type JobContext } from '@transferlab/engine';
import type { PluginContext } from '@transferlab/sdk';
import { pluginContext, registryFor, type RunTrialPayload } from './trial-job';
import { workerDataset } from './worker-datasets';

export const CHECKSUMS_JOB = 'transferlab.checksums';

/** Names found in a run's trial configs, with where plugins and data are. */
export interface ChecksumsPayload extends Omit<RunTrialPayload, 'analysis' | 'config'> {
  readonly names: readonly string[];
}

/** `dataset:<name>` and `model:<id>` -> sha256 content checksum, for the names that are one. */
export type Checksums = Record<string, string>;

let modelChecksums: Promise<Map<string, string>> | undefined;

async function listModels(ctx: PluginContext, registry: Awaited<ReturnType<typeof registryFor>>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const { plugin } of registry.list('model')) {
    try {
      for (const m of await plugin.list(plugin.params.parse({}), ctx)) out.set(m.id, m.checksum);
    } catch {
      // A source that needs params of its own (an ONNX file) lists nothing by default.
    }
  }
  return out;
}

/**
 * Content checksums of the datasets and source models a run names, computed in a worker
 * (loading a dataset is real work) and cached there for the worker's life.
 */
export async function checksums(payload: unknown, job: JobContext): Promise<Checksums> {
  const p = payload as ChecksumsPayload;
  const registry = await registryFor(p.pluginConfigFile);
  const ctx = pluginContext(registry, { ...p, analysis: '', config: {} }, job);
  modelChecksums ??= listModels(ctx, registry);
  const models = await modelChecksums;
  const out: Checksums = {};
  for (const name of p.names) {
    if (registry.has('dataset', name)) {
      out[`dataset:${name}`] = (await workerDataset(ctx, name)).checksum;
    }
    const model = models.get(name);
    if (model !== undefined) out[`model:${name}`] = model;
  }
  return out;
}

export function registerChecksumsJob(): void {
  registerJob(CHECKSUMS_JOB, checksums);
}
