import type { TrainingInfo } from '@transferlab/sdk';
import type { ModelDef } from '../onnx/ir';
import { modelHash } from '../runtime/session-cache';
import { validateModel, type ValidateOptions } from '../validate/validate-model';
import { fromMetadata, inspectClassifier, ModelImportError, type ClassifierLayout, type DeclaredLayout } from './classifier';
import { readTraining } from './metadata';

export interface ImportClassifierOptions extends DeclaredLayout {
  /** How the model was trained; default: the 'transferlab.training' metadata. */
  readonly training?: TrainingInfo;
  /** Limits and op set for validateModel (default: the engine's). */
  readonly validate?: ValidateOptions;
}

export interface ImportedClassifier {
  /** The decoded, validated model. */
  readonly model: ModelDef;
  readonly layout: ClassifierLayout;
  readonly training: TrainingInfo;
  /** sha256 hex of the bytes. */
  readonly checksum: string;
}

/**
 * An external ONNX classifier (e.g. a torchvision ResNet exported by torch.onnx.export) as the
 * platform needs it: validated by the engine's rules (size, external data, supported ops,
 * wiring; ModelValidationError), then its layout found (inspectClassifier) and its training
 * facts taken from the options or the metadata (ModelImportError when missing or incomplete).
 */
export function importClassifier(bytes: Uint8Array, o: ImportClassifierOptions = {}): ImportedClassifier {
  const model = validateModel(bytes, o.validate);
  const layout = inspectClassifier(model, o);
  const training = o.training ?? fromMetadata(() => readTraining(model.metadata));
  if (!training) throw new ModelImportError('declare how the model was trained (training.kind natural|adversarial, norm, eps): the model has no transferlab.training metadata');
  if (training.kind !== 'natural' && training.kind !== 'adversarial') throw new ModelImportError(`training.kind must be natural or adversarial, got ${JSON.stringify(training.kind)}`);
  if (training.kind === 'adversarial' && (training.norm === undefined || training.eps === undefined)) {
    throw new ModelImportError('an adversarially trained model needs training.norm and training.eps');
  }
  return { model, layout, training, checksum: modelHash(bytes) };
}
