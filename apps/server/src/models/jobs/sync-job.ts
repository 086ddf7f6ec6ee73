import { createHash, randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importClassifier, ModelImportError, ModelValidationError, openModelFile, registerJob, type JobContext } from '@transferlab/engine';
import { BUNDLED_ZOO_DIR, readManifest, type ManifestEntry } from '@transferlab/plugins-models';
import { readOpened, type InputSpec, type SourceModel, type TrainingInfo } from '@transferlab/sdk';
import { hostJob } from '../../job-host/plugin-host';
import type { WorkerBase } from '../../job-host/worker-payload';
import { entryLabel, MODEL_ID, type ConfigModelEntry } from '../config-models';
import { gradientProblem } from './gradient-probe';

export const MODEL_SYNC_JOB = 'transferlab.models.sync';

export interface SyncPayload extends WorkerBase {
  readonly storeDir: string;
  readonly maxBytes: number;
  /** The configuration file the entries come from (for messages). */
  readonly configFile: string;
  readonly entries: readonly ConfigModelEntry[];
}

/** A model to hold in the table, its bytes already in the store under its checksum. */
export interface SyncedModel {
  readonly id: string;
  readonly name: string;
  /** 'config' or the model plugin's name. */
  readonly origin: string;
  /** Where it was listed, for messages: `transferlab.config.json models[0] ('x')`, `model plugin 'zoo' (built-in ...)`. */
  readonly source: string;
  readonly checksum: string;
  readonly size: number;
  readonly architecture: string;
  readonly numClasses: number;
  readonly input: InputSpec;
  readonly training: TrainingInfo;
  readonly featureTensor: string;
  readonly blocks: string[];
  readonly metrics: Record<string, number> | null;
  /** Why gradients cannot flow through it (config entries are probed; a plugin's models are taken as stated: null). */
  readonly gradientProblem: string | null;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Writes bytes to `<store>/<sha256>.onnx` unless that file is already there (temp file + rename: never a partial file). */
async function store(storeDir: string, checksum: string, bytes: Uint8Array): Promise<void> {
  const target = join(storeDir, `${checksum}.onnx`);
  if (await stat(target).then((s) => s.size === bytes.byteLength, () => false)) return;
  const tmp = join(storeDir, `.${checksum}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, bytes, { mode: 0o644 });
    await rename(tmp, target);
  } finally {
    await rm(tmp, { force: true });
  }
}

async function configModel(p: SyncPayload, entry: ConfigModelEntry, index: number): Promise<SyncedModel> {
  const source = entryLabel(p.configFile, index, entry.id);
  try {
    // Opened once, checked on the descriptor, and read only through it (no second open by path).
    const file = await openModelFile(p.modelRoots, entry.file);
    let bytes: Uint8Array;
    try {
      if (file.size > p.maxBytes) throw new Error(`model file is ${file.size} bytes, over the limit of ${p.maxBytes} bytes (TRANSFERLAB_MAX_MODEL_BYTES)`);
      bytes = new Uint8Array(await readOpened(file));
    } finally {
      await file.handle.close();
    }
    const size = bytes.byteLength;
    const imported = importClassifier(bytes, {
      input: entry.input,
      training: entry.training,
      ...(entry.featureTensor !== undefined ? { featureTensor: entry.featureTensor } : {}),
      ...(entry.blocks !== undefined ? { blocks: entry.blocks } : {}),
      validate: { limits: { maxBytes: p.maxBytes } },
    });
    await store(p.storeDir, imported.checksum, bytes);
    const { layout } = imported;
    return {
      id: entry.id,
      name: entry.name ?? entry.id,
      origin: 'config',
      source,
      checksum: imported.checksum,
      size,
      architecture: entry.architecture ?? 'onnx',
      numClasses: layout.numClasses,
      input: layout.input,
      training: imported.training,
      featureTensor: layout.featureTensor,
      blocks: [...layout.blocks],
      metrics: null,
      gradientProblem: gradientProblem(imported.model),
    };
  } catch (e) {
    const why = e instanceof ModelValidationError || e instanceof ModelImportError || e instanceof Error ? e.message : String(e);
    throw new Error(`${source}: ${why}`);
  }
}

/** What the bundled zoo's manifest adds to a SourceModel: training set, recipe, seed and the figures of its training. */
function withManifest(m: SourceModel, entry: ManifestEntry | undefined): Pick<SyncedModel, 'training' | 'metrics'> {
  const metrics: Record<string, number> = { ...(m.metrics ?? {}) };
  if (!entry) return { training: { ...m.training }, metrics: Object.keys(metrics).length > 0 ? metrics : null };
  Object.assign(metrics, {
    parameterCount: entry.parameterCount,
    trainSize: entry.trainSize,
    trainingSeconds: metrics.trainingSeconds ?? entry.trainingSeconds,
    cleanAccuracy: metrics.cleanAccuracy ?? entry.cleanAccuracy,
    robustCount: entry.robustCount,
    epochs: entry.epochs.length,
  });
  const training: TrainingInfo = {
    ...m.training,
    dataset: m.training.dataset ?? entry.dataset,
    recipe: m.training.recipe ?? entry.recipe,
    seed: m.training.seed ?? entry.seed,
  };
  return { training, metrics };
}

async function pluginModels(p: SyncPayload, job: JobContext): Promise<SyncedModel[]> {
  const { registry, context } = await hostJob(p, job);
  const out: SyncedModel[] = [];
  for (const { plugin, origin } of registry.list('model')) {
    const params = plugin.params.safeParse({});
    if (!params.success) continue;
    let models: SourceModel[];
    try {
      models = await plugin.list(params.data, context);
    } catch {
      // A source that needs params of its own lists nothing by default.
      continue;
    }
    const manifest = plugin.name === 'zoo' && origin.startsWith('built-in') ? readManifest(BUNDLED_ZOO_DIR) : undefined;
    const entries = new Map((manifest?.models ?? []).map((e) => [e.id, e]));
    for (const m of models) {
      const source = `model '${m.id}' of model plugin '${plugin.name}' (${origin})`;
      if (!MODEL_ID.test(m.id)) throw new Error(`${source}: the id must match ${MODEL_ID.source}`);
      const target = join(p.storeDir, `${m.checksum}.onnx`);
      let size = await stat(target).then((s) => s.size, () => -1);
      if (size < 0) {
        const bytes = await m.bytes();
        const actual = sha256(bytes);
        if (actual !== m.checksum) throw new Error(`${source}: its bytes have sha256 ${actual}, the plugin says ${m.checksum}`);
        if (bytes.byteLength > p.maxBytes) throw new Error(`${source}: ${bytes.byteLength} bytes, over the limit of ${p.maxBytes} bytes (TRANSFERLAB_MAX_MODEL_BYTES)`);
        await store(p.storeDir, m.checksum, bytes);
        size = bytes.byteLength;
      }
      const entry = entries.get(m.id);
      out.push({
        id: m.id,
        name: m.name ?? m.id,
        origin: plugin.name,
        source,
        checksum: m.checksum,
        size,
        architecture: m.architecture,
        numClasses: m.numClasses,
        input: { ...m.input, mean: [...m.input.mean], std: [...m.input.std] },
        featureTensor: m.featureTensor,
        blocks: [...m.blocks],
        gradientProblem: null,
        ...withManifest(m, entry?.sha256 === m.checksum ? entry : undefined),
      });
    }
  }
  return out;
}

/**
 * Every model the configuration and the model plugins list, their bytes put in the model
 * store by checksum. Config entries are validated and inspected like uploads; a plugin's
 * facts are taken as it states them (its bytes are checked against its checksum). The first
 * entry that cannot be stored throws, naming it.
 */
export async function syncModels(payload: unknown, job: JobContext): Promise<SyncedModel[]> {
  const p = payload as SyncPayload;
  const out: SyncedModel[] = [];
  for (const [i, entry] of p.entries.entries()) out.push(await configModel(p, entry, i));
  out.push(...(await pluginModels(p, job)));
  return out;
}

export function registerModelSyncJob(): void {
  registerJob(MODEL_SYNC_JOB, syncModels);
}
