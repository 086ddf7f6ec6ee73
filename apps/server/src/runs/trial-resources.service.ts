import { Injectable } from '@nestjs/common';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { JobFailedError } from '@transferlab/engine';
import { datasetKey, datasetRef, type AnalysisPlugin, type DatasetFacts, type DatasetSpec, type PluginRegistry, type TrialUses } from '@transferlab/sdk';
import type { ModelDescriptor } from '../job-host/model-descriptor';
import { ModelsService } from '../models/models.service';
import { relativeToRoots, serverRoots } from '../catalog/server-paths';
import { InjectConfig } from '../config/config.constants';
import { InjectPluginRegistry } from '../plugins/plugins.constants';
import { DataWorker } from '../job-host/data-worker.service';
import { DATASET_BUNDLE_JOB } from '../job-host/dataset-bundle-job';
import { DATASET_FACTS_JOB } from '../job-host/resources-job';
import type { DatasetFactsByKey } from '../job-host/worker-payload';
import { packingProblem, remoteDatasetIssues, specTooLong } from './remote-dataset-check';
import { RunsErrorCode, RunsException } from './runs.exception';

/** What one trial uses, resolved: content checksums and plugin versions, the inputs of its key. */
export interface ResolvedUses {
  /** `model:<id>` and `dataset:<key>` -> sha256. */
  readonly checksums: Record<string, string>;
  /** `<kind>:<name>` -> version, the analysis's included. */
  readonly pluginVersions: Record<string, string>;
}

/** Most distinct datasets one run may declare (each is loaded to checksum it). */
export const MAX_RUN_DATASETS = 64;
/** Most distinct models one run may declare. */
export const MAX_RUN_MODELS = 256;

function why(e: unknown): string {
  if (e instanceof JobFailedError) return e.remote.message;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Resolves what a run's trials declare (uses): models from the models table, datasets (with
 * params) loaded in the data worker for their checksums, attacks and datasets to their plugin
 * versions. Anything that cannot be resolved refuses the run, naming it.
 */
@Injectable()
export class TrialResources {
  constructor(
    private readonly worker: DataWorker,
    private readonly models: ModelsService,
    @InjectPluginRegistry() private readonly registry: PluginRegistry,
    @InjectConfig() private readonly config: TransferlabConfig,
  ) {}

  /** Checksums and versions for every trial's uses, computed once per distinct model and dataset. */
  async resolve(analysis: AnalysisPlugin, uses: readonly TrialUses[]): Promise<{ perTrial: ResolvedUses[]; models: ModelDescriptor[]; datasets: ReadonlyMap<string, DatasetFacts> }> {
    const modelIds = [...new Set(uses.flatMap((u) => u.models ?? []))].sort();
    const datasets = new Map<string, DatasetSpec>();
    for (const u of uses) for (const d of u.datasets ?? []) datasets.set(datasetKey(d), datasetRef(d));
    if (modelIds.length > MAX_RUN_MODELS) throw this.refuse(analysis, `${modelIds.length} distinct models; at most ${MAX_RUN_MODELS}`);
    if (datasets.size > MAX_RUN_DATASETS) throw this.refuse(analysis, `${datasets.size} distinct datasets; at most ${MAX_RUN_DATASETS}`);
    for (const { name } of [...datasets.values()].map(datasetRef)) {
      if (!this.registry.has('dataset', name)) throw this.refuse(analysis, `no dataset plugin named '${name}'; available: ${this.registry.names('dataset').join(', ') || '(none)'}`);
    }
    for (const a of new Set(uses.flatMap((u) => u.attacks ?? []))) {
      if (!this.registry.has('attack', a)) throw this.refuse(analysis, `no attack plugin named '${a}'; available: ${this.registry.names('attack').join(', ') || '(none)'}`);
    }
    let descriptors: ModelDescriptor[];
    try {
      descriptors = await this.models.descriptors(modelIds);
    } catch (e) {
      throw this.refuse(analysis, why(e));
    }
    let datasetFacts: DatasetFactsByKey = {};
    if (datasets.size > 0) {
      try {
        datasetFacts = await this.worker.run<DatasetFactsByKey>(DATASET_FACTS_JOB, { datasets: [...datasets.values()] });
      } catch (e) {
        throw this.refuse(analysis, `a dataset could not be read: ${why(e)}`);
      }
    }
    const modelSums = new Map(descriptors.map((d) => [d.id, d.checksum]));
    const perTrial = uses.map((u): ResolvedUses => {
      const checksums: Record<string, string> = {};
      const pluginVersions: Record<string, string> = { [`analysis:${analysis.name}`]: analysis.version };
      for (const id of u.models ?? []) checksums[`model:${id}`] = modelSums.get(id)!;
      for (const d of u.datasets ?? []) {
        const key = datasetKey(d);
        checksums[`dataset:${key}`] = datasetFacts[key]!.checksum;
        const name = datasetRef(d).name;
        pluginVersions[`dataset:${name}`] = this.registry.get('dataset', name).version;
      }
      for (const a of u.attacks ?? []) pluginVersions[`attack:${a}`] = this.registry.get('attack', a).version;
      return { checksums, pluginVersions };
    });
    return { perTrial, models: descriptors, datasets: new Map(Object.entries(datasetFacts)) };
  }

  /**
   * With remote workers (bullmq), the datasets they could not receive, one issue per params
   * field that names one: a spec too long for the worker's request, or one the server cannot pack
   * for them (a view whose checksum is not its images', images that are not 8-bit). Each is
   * packed here as a worker's first request would pack it (the file is kept for them); empty on
   * the local queue, whose workers load datasets themselves.
   */
  async remoteIssues(params: unknown, datasets: readonly DatasetSpec[], facts: ReadonlyMap<string, DatasetFacts>): Promise<string[]> {
    if (this.config.queue.driver !== 'bullmq') return [];
    const issues: string[] = [];
    for (const spec of datasets) {
      let reason = specTooLong(spec);
      const checksum = facts.get(datasetKey(spec))?.checksum;
      if (reason === undefined && checksum !== undefined) {
        try {
          await this.worker.run<string>(DATASET_BUNDLE_JOB, { spec: datasetRef(spec), checksum });
        } catch (e) {
          reason = packingProblem(why(e));
        }
      }
      if (reason !== undefined) issues.push(...remoteDatasetIssues(params, spec, relativeToRoots(reason, serverRoots(this.config))));
    }
    return issues;
  }

  /** The stored records of a trial's models, checked against the checksums its key was made with. */
  async modelsFor(uses: TrialUses, checksums: Readonly<Record<string, string>>): Promise<ModelDescriptor[]> {
    const descriptors = await this.models.descriptors([...new Set(uses.models ?? [])]);
    for (const d of descriptors) {
      const expected = checksums[`model:${d.id}`];
      if (expected !== undefined && expected !== d.checksum) {
        throw new Error(`model '${d.id}' changed since the run started (sha256 ${d.checksum}, the trial was keyed with ${expected})`);
      }
    }
    return descriptors;
  }

  /** The refusal, with server paths named relative to their roots (the message reaches any client). */
  private refuse(analysis: AnalysisPlugin, message: string): RunsException {
    return new RunsException(RunsErrorCode.InvalidParams, `params for analysis '${analysis.name}': ${relativeToRoots(message, serverRoots(this.config))}`);
  }
}
