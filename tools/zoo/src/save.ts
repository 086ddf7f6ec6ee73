import { MANIFEST_FILE, manifestEntrySchema, readManifest, type Manifest, type ManifestEntry } from '@transferlab/plugins-models';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrainResult } from './training/train-model';

/** Largest model file the zoo bundles. */
export const MAX_MODEL_BYTES = 2 * 1024 * 1024;

export function zooModelId(r: Pick<TrainResult, 'architecture' | 'recipe'>, dataset: string): string {
  return `${dataset}-${r.architecture}-${r.recipe}`.toLowerCase();
}

/** Adds or replaces (by id) an entry of the zoo manifest in `dir` and writes it, models sorted by id. */
export function upsertManifestEntry(dir: string, entry: ManifestEntry): Manifest {
  const current = readManifest(dir) ?? { version: 1 as const, models: [] };
  const models = [...current.models.filter((m) => m.id !== entry.id), manifestEntrySchema.parse(entry)].sort((a, b) => a.id.localeCompare(b.id));
  const next: Manifest = { version: 1, models };
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

/**
 * Writes the trained model as `<recipe>.onnx` into `dir` and records it in the manifest
 * (unless `manifest` is false: parallel runs leave that to one writer).
 */
export function saveToZoo(dir: string, r: TrainResult, options: { readonly manifest?: boolean } = {}): ManifestEntry {
  if (r.bytes.length > MAX_MODEL_BYTES) throw new Error(`model ${r.recipe} is ${r.bytes.length} bytes; the zoo keeps files under ${MAX_MODEL_BYTES}`);
  const file = `${r.recipe}.onnx`;
  writeFileSync(join(dir, file), r.bytes);
  const entry: ManifestEntry = {
    id: zooModelId(r, r.dataset),
    file,
    sha256: r.sha256,
    bytes: r.bytes.length,
    architecture: r.architecture,
    parameterCount: r.parameterCount,
    recipe: r.recipe,
    seed: r.seed,
    training: r.training,
    dataset: r.dataset,
    trainSize: r.trainSize,
    input: { ...r.input, mean: [...r.input.mean], std: [...r.input.std] },
    numClasses: r.numClasses,
    featureTensor: r.featureTensor,
    blocks: [...r.blocks],
    trainingSeconds: Number(r.trainingSeconds.toFixed(1)),
    epochs: r.epochs.map((e) => ({ ...e })),
    cleanAccuracy: r.evaluation.cleanAccuracy,
    robustAccuracy: { ...r.evaluation.robust },
    robustCount: r.evaluation.robustCount,
  };
  if (options.manifest !== false) upsertManifestEntry(dir, entry);
  return entry;
}
