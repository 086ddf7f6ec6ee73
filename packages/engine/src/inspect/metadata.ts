import type { InputSpec, TrainingInfo } from '@transferlab/sdk';
import type { ModelDef } from '../onnx/ir';
import { BLOCKS_METADATA_KEY } from '../split/blocks';

/** ONNX metadata_props keys the zoo writes and model import reads. */
export const METADATA_KEYS = {
  input: 'transferlab.input',
  features: 'transferlab.features',
  blocks: BLOCKS_METADATA_KEY,
  architecture: 'transferlab.architecture',
  classes: 'transferlab.classes',
  training: 'transferlab.training',
} as const;

export interface ModelMetadata {
  readonly input: InputSpec;
  readonly featureTensor: string;
  readonly blocks: readonly string[];
  readonly architecture: string;
  readonly numClasses: number;
  readonly training?: TrainingInfo;
}

export function writeMetadata(meta: ModelMetadata): Record<string, string> {
  return {
    [METADATA_KEYS.input]: JSON.stringify(meta.input),
    [METADATA_KEYS.features]: meta.featureTensor,
    [METADATA_KEYS.blocks]: JSON.stringify(meta.blocks),
    [METADATA_KEYS.architecture]: meta.architecture,
    [METADATA_KEYS.classes]: String(meta.numClasses),
    ...(meta.training ? { [METADATA_KEYS.training]: JSON.stringify(meta.training) } : {}),
  };
}

/** The model with its training facts recorded in the 'transferlab.training' metadata. */
export function withTraining(model: ModelDef, training: TrainingInfo): ModelDef {
  return { ...model, metadata: { ...model.metadata, [METADATA_KEYS.training]: JSON.stringify(training) } };
}

function json(raw: string | undefined, key: string): unknown {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new Error(`metadata '${key}' is not JSON: ${raw.slice(0, 80)}`);
  }
}

/** The input spec recorded in a model's metadata, checked; undefined when absent. */
export function readInputSpec(metadata: Readonly<Record<string, string>>): InputSpec | undefined {
  const v = json(metadata[METADATA_KEYS.input], METADATA_KEYS.input) as Partial<InputSpec> | undefined;
  if (v === undefined) return undefined;
  const ok = (v.channels === 1 || v.channels === 3) && Number.isInteger(v.height) && Number.isInteger(v.width)
    && Array.isArray(v.mean) && Array.isArray(v.std) && v.mean.length === v.channels && v.std.length === v.channels;
  if (!ok) throw new Error(`metadata '${METADATA_KEYS.input}' must be {channels: 1|3, height, width, mean[], std[]} with one mean/std per channel`);
  return v as InputSpec;
}

/** The training facts recorded in a model's metadata; undefined when absent. */
export function readTraining(metadata: Readonly<Record<string, string>>): TrainingInfo | undefined {
  return json(metadata[METADATA_KEYS.training], METADATA_KEYS.training) as TrainingInfo | undefined;
}
