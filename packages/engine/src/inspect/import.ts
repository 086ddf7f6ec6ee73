import { modelHash, validateModel } from '@transferlab/engine';
import { defineModelSource, z, type SourceModel, type TrainingInfo } from '@transferlab/sdk';
import { readFile } from 'node:fs/promises';
import { readTraining } from '../architecture/metadata';
import { inspectClassifier, ModelImportError, type DeclaredLayout } from './inspect';
import { resolveModelPath } from './model-path';

const inputSpec = z.object({
  channels: z.union([z.literal(1), z.literal(3)]),
  height: z.number().int().min(1).max(4096),
  width: z.number().int().min(1).max(4096),
  mean: z.array(z.number()).min(1).max(3),
  std: z.array(z.number().positive()).min(1).max(3),
});

const training = z.object({
  kind: z.enum(['natural', 'adversarial']),
  norm: z.enum(['L2', 'Linf']).optional(),
  eps: z.number().min(0).optional(),
  recipe: z.string().optional(),
  seed: z.number().int().optional(),
});

const params = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/).default('onnx-model').describe('id of the model on the platform'),
    file: z.string().max(4096).optional().describe('path of the .onnx file under a configured model root'),
    bytesBase64: z.string().optional().describe('the .onnx file itself, base64 (instead of file)'),
    architecture: z.string().max(200).default('onnx'),
    input: inputSpec.optional().describe('input spec; default: the transferlab.input metadata'),
    featureTensor: z.string().optional().describe('penultimate tensor; default: the input of the final Gemm/MatMul'),
    blocks: z.array(z.string()).optional().describe('block-boundary tensors, input side first; default: metadata, else residual Add -> Relu'),
    training: training.optional().describe('how it was trained; default: the transferlab.training metadata'),
  })
  .strict();

export interface ImportOptions extends DeclaredLayout {
  readonly id: string;
  readonly architecture?: string;
  readonly training?: TrainingInfo;
}

/** An external ONNX classifier as a SourceModel: validated by the engine's rules, layout found, checksum kept. */
export function importOnnxModel(bytes: Uint8Array, o: ImportOptions): SourceModel {
  const model = validateModel(bytes);
  const layout = inspectClassifier(model, o);
  const training = o.training ?? readTraining(model.metadata);
  if (!training) throw new ModelImportError('declare how the model was trained (training.kind natural|adversarial, norm, eps): the model has no transferlab.training metadata');
  if (training.kind === 'adversarial' && (training.norm === undefined || training.eps === undefined)) {
    throw new ModelImportError('an adversarially trained model needs training.norm and training.eps');
  }
  const copy = bytes.slice();
  return {
    id: o.id,
    architecture: o.architecture ?? 'onnx',
    training,
    input: layout.input,
    numClasses: layout.numClasses,
    featureTensor: layout.featureTensor,
    blocks: layout.blocks,
    checksum: modelHash(copy),
    bytes: () => Promise.resolve(copy.slice()),
  };
}

/** Registers one external ONNX classifier, from bytes or from a file under ctx.roots.models. */
export const onnxSource = defineModelSource({
  name: 'onnx',
  version: '1.0.0',
  description: 'An external ONNX classifier (e.g. a torchvision ResNet exported with torch.onnx.export), validated and inspected.',
  params,
  async list(p, ctx) {
    if ((p.file === undefined) === (p.bytesBase64 === undefined)) throw new ModelImportError('give exactly one of file or bytesBase64');
    const bytes = p.file !== undefined ? new Uint8Array(await readFile(resolveModelPath(ctx.roots.models, p.file))) : new Uint8Array(Buffer.from(p.bytesBase64!, 'base64'));
    const { id, architecture, input, featureTensor, blocks, training: declaredTraining } = p;
    return [importOnnxModel(bytes, {
      id, architecture,
      ...(input ? { input } : {}), ...(featureTensor ? { featureTensor } : {}), ...(blocks ? { blocks } : {}), ...(declaredTraining ? { training: declaredTraining } : {}),
    })];
  },
});
