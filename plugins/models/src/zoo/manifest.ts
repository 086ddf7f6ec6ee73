import { z } from '@transferlab/sdk';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const inputSpec = z.object({
  channels: z.union([z.literal(1), z.literal(3)]),
  height: z.number().int().positive(),
  width: z.number().int().positive(),
  mean: z.array(z.number()),
  std: z.array(z.number().positive()),
});

const training = z.object({
  kind: z.enum(['natural', 'adversarial']),
  norm: z.enum(['L2', 'Linf']).optional(),
  eps: z.number().min(0).optional(),
  recipe: z.string().optional(),
  seed: z.number().int().optional(),
});

export const manifestEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  /** File name inside the zoo folder (no path). */
  file: z.string().regex(/^[\w.-]+\.onnx$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  architecture: z.string(),
  parameterCount: z.number().int().positive(),
  recipe: z.string(),
  seed: z.number().int(),
  training,
  dataset: z.string(),
  trainSize: z.number().int().positive(),
  input: inputSpec,
  numClasses: z.number().int().min(2),
  featureTensor: z.string(),
  blocks: z.array(z.string()),
  trainingSeconds: z.number().nonnegative(),
  epochs: z.array(z.object({ epoch: z.number(), loss: z.number(), trainAccuracy: z.number(), lr: z.number(), seconds: z.number(), imagesPerSecond: z.number() })),
  cleanAccuracy: z.number().min(0).max(1),
  /** PGD-20 accuracy by `robust:<norm>:<eps>`, over `robustCount` stratified test images. */
  robustAccuracy: z.record(z.string(), z.number().min(0).max(1)),
  robustCount: z.number().int().nonnegative(),
});

export const manifestSchema = z.object({
  version: z.literal(1),
  models: z.array(manifestEntrySchema),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export const MANIFEST_FILE = 'manifest.json';

/** The manifest in `dir`, validated; undefined when the folder has none. */
export function readManifest(dir: string): Manifest | undefined {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`zoo manifest ${path} is not JSON: ${(e as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`zoo manifest ${path} is invalid: ${parsed.error.message}`);
  const ids = parsed.data.models.map((m) => m.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new Error(`zoo manifest ${path} lists model '${dup}' twice`);
  return parsed.data;
}
