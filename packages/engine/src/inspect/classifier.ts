import type { InputSpec } from '@transferlab/sdk';
import { findLastLayer } from '../derive/last-layer';
import type { ModelDef } from '../onnx/ir';
import { inferShapes } from '../onnx/shape-inference';
import { blockBoundaries } from '../split/blocks';
import { readInputSpec } from './metadata';

/** A model that cannot serve as a source classifier; the message says what to declare or fix. */
export class ModelImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelImportError';
  }
}

export interface ClassifierLayout {
  readonly input: InputSpec;
  readonly numClasses: number;
  readonly featureTensor: string;
  readonly blocks: readonly string[];
  readonly logits: string;
}

/** What the caller declares about a model; each field overrides what metadata or detection would find. */
export interface DeclaredLayout {
  /** Input spec; default: the 'transferlab.input' metadata. */
  readonly input?: InputSpec;
  /** Penultimate tensor; default: the input of the final Gemm/MatMul. */
  readonly featureTensor?: string;
  /** Block-boundary tensors, input side first; default: the 'transferlab.blocks' metadata, else detected (`detectBlocks`). */
  readonly blocks?: readonly string[];
}

/** A value read from the model's transferlab metadata; a malformed entry is an import error. */
export function fromMetadata<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw e instanceof ModelImportError ? e : new ModelImportError((e as Error).message);
  }
}

/**
 * What the platform needs to know about an ONNX classifier: its input spec (declared, or
 * from the 'transferlab.input' metadata), the number of classes (the logits' static last
 * dim), the penultimate feature tensor (declared, or the input of the final Gemm/MatMul),
 * and block boundaries (declared, from metadata, or detected: `detectBlocks`).
 */
export function inspectClassifier(model: ModelDef, declared: DeclaredLayout = {}): ClassifierLayout {
  const g = model.graph;
  if (g.inputs.length !== 1) throw new ModelImportError(`a classifier must have one input (the images), this model has ${g.inputs.length}: ${g.inputs.map((i) => i.name).join(', ')}`);
  const imageInput = g.inputs[0]!;
  const logits = g.outputs[0]?.name;
  if (!logits) throw new ModelImportError('the model has no outputs');
  const info = inferShapes(g, model.opsetVersion);
  const shape = info.get(logits)?.shape;
  const classes = shape?.[shape.length - 1];
  if (shape?.length !== 2 || typeof classes !== 'number' || classes < 2) {
    throw new ModelImportError(`the first output '${logits}' must be logits of static shape [N, classes >= 2], got ${JSON.stringify(shape)}`);
  }
  const input = declared.input ?? fromMetadata(() => readInputSpec(model.metadata));
  if (!input) throw new ModelImportError('declare the input spec (channels, height, width, mean, std): the model has no transferlab.input metadata');
  const dims = imageInput.shape;
  if (dims?.length !== 4) throw new ModelImportError(`input '${imageInput.name}' must be NCHW (rank 4), has shape ${JSON.stringify(dims)}`);
  const expect = [input.channels, input.height, input.width];
  dims.slice(1).forEach((d, i) => {
    if (typeof d === 'number' && d !== expect[i]) throw new ModelImportError(`input '${imageInput.name}' has shape [${dims.join(', ')}], the input spec says [N, ${expect.join(', ')}]`);
  });
  let featureTensor = declared.featureTensor;
  if (featureTensor === undefined) {
    try {
      featureTensor = findLastLayer(model, logits).features;
    } catch (e) {
      throw new ModelImportError(`cannot find the feature tensor: ${(e as Error).message}; declare featureTensor`);
    }
  }
  const produced = new Set(g.nodes.flatMap((n) => n.outputs));
  if (!produced.has(featureTensor)) throw new ModelImportError(`feature tensor '${featureTensor}' is produced by no node`);
  const blocks = declared.blocks ?? fromMetadata(() => blockBoundaries(model));
  const missing = blocks.filter((b) => !produced.has(b));
  if (missing.length > 0) throw new ModelImportError(`block boundaries name tensors no node produces: ${missing.join(', ')}`);
  return { input, numClasses: classes, featureTensor, blocks, logits };
}
