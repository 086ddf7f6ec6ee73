import { readProjectConfigFile, z } from '@transferlab/sdk';

/** A model id: the slug trials name. */
export const MODEL_ID = /^[a-z0-9][a-z0-9._-]{0,99}$/;

const inputSpec = z
  .object({
    channels: z.union([z.literal(1), z.literal(3)]),
    height: z.number().int().min(1).max(4096),
    width: z.number().int().min(1).max(4096),
    mean: z.array(z.number().finite()).min(1).max(3),
    std: z.array(z.number().positive().finite()).min(1).max(3),
  })
  .strict()
  .refine((s) => s.mean.length === s.channels && s.std.length === s.channels, { message: 'mean and std need one value per channel' });

const training = z
  .object({
    kind: z.enum(['natural', 'adversarial']),
    norm: z.enum(['L2', 'Linf']).optional(),
    eps: z.number().min(0).max(1000).optional(),
    recipe: z.string().max(200).optional(),
    seed: z.number().int().optional(),
    dataset: z.string().max(200).optional(),
    notes: z.string().max(2000).optional(),
  })
  .strict()
  .refine((t) => t.kind === 'natural' || (t.norm !== undefined && t.eps !== undefined), { message: 'an adversarially trained model needs norm and eps' });

/** One entry of `models` in transferlab.config.json: an ONNX file under a model root and its facts. */
export const configModelSchema = z
  .object({
    id: z.string().regex(MODEL_ID, 'id must match ^[a-z0-9][a-z0-9._-]{0,99}$'),
    file: z.string().min(1).max(4096).describe('path under a model root (TRANSFERLAB_MODEL_ROOTS)'),
    name: z.string().min(1).max(200).optional(),
    architecture: z.string().min(1).max(200).optional(),
    input: inputSpec,
    training,
    featureTensor: z.string().min(1).max(1000).optional(),
    blocks: z.array(z.string().min(1).max(1000)).max(200).optional(),
  })
  .strict();

export type ConfigModelEntry = z.output<typeof configModelSchema>;

/** A configuration entry that cannot be used; boot stops with its message. */
export class ConfigModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigModelError';
  }
}

/** How an entry is named in messages: `transferlab.config.json models[2] ('resnet18-robust')`. */
export function entryLabel(file: string, index: number, id: unknown): string {
  return `${file} models[${index}]${typeof id === 'string' ? ` ('${id}')` : ''}`;
}

/** The `models` entries of the project configuration file, each validated; the first bad one throws, naming it. */
export function readConfigModels(configFile: string | undefined): ConfigModelEntry[] {
  if (configFile === undefined) return [];
  const raw = readProjectConfigFile(configFile).models;
  const seen = new Map<string, number>();
  return raw.map((entry, i) => {
    const parsed = configModelSchema.safeParse(entry);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((x) => `${x.path.length > 0 ? x.path.join('.') : '(entry)'}: ${x.message}`);
      throw new ConfigModelError(`${entryLabel(configFile, i, entry.id)}: ${issues.join('; ')}`);
    }
    const before = seen.get(parsed.data.id);
    if (before !== undefined) throw new ConfigModelError(`${entryLabel(configFile, i, parsed.data.id)}: id '${parsed.data.id}' is already used by models[${before}]`);
    seen.set(parsed.data.id, i);
    return parsed.data;
  });
}
