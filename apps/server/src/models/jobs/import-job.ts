import { readFile, stat } from 'node:fs/promises';
import { importClassifier, ModelImportError, ModelValidationError, registerJob, type JobContext } from '@transferlab/engine';
import type { InputSpec, TrainingInfo } from '@transferlab/sdk';
import type { WorkerBase } from '../../job-host/worker-payload';
import { gradientProblem } from './gradient-probe';

export const MODEL_IMPORT_JOB = 'transferlab.models.import';

/** What the caller declares about the model; featureTensor and blocks override detection. */
export interface DeclaredModel {
  readonly input: InputSpec;
  readonly training: TrainingInfo;
  readonly featureTensor?: string;
  readonly blocks?: readonly string[];
}

export interface ImportPayload extends WorkerBase {
  /** The completed upload, in the model store's uploads folder. */
  readonly path: string;
  readonly maxBytes: number;
  readonly declared: DeclaredModel;
}

/** What the graph says, with the declared facts it was checked against. */
export interface DetectedModel {
  readonly checksum: string;
  readonly size: number;
  readonly numClasses: number;
  readonly input: InputSpec;
  readonly training: TrainingInfo;
  readonly featureTensor: string;
  readonly blocks: string[];
  /** Why gradients cannot flow through it (forward only), or null. */
  readonly gradientProblem: string | null;
}

/** Why a model was refused: the file itself, or one of the declared fields (named when it is one). */
export interface ImportRefusal {
  readonly kind: 'file' | 'input';
  readonly field?: string;
  readonly message: string;
}

export type ImportOutcome = { readonly ok: true; readonly model: DetectedModel } | { readonly ok: false; readonly refusal: ImportRefusal };

/** The declared field an import error is about, from its message (the engine's messages name what to declare). */
export function fieldOfImportError(message: string): string | undefined {
  if (/input spec/.test(message)) return 'input';
  if (/feature tensor/.test(message)) return 'featureTensor';
  if (/block boundar/.test(message)) return 'blocks';
  if (/train/.test(message)) return 'training';
  return undefined;
}

/** The engine's refusals as values; anything else (a bug, a crash) stays an error. */
export function refusalOf(e: unknown): ImportRefusal {
  if (e instanceof ModelValidationError) return { kind: 'file', message: e.message };
  if (e instanceof ModelImportError) {
    const field = fieldOfImportError(e.message);
    return field !== undefined ? { kind: 'input', field, message: e.message } : { kind: 'file', message: e.message };
  }
  throw e;
}

/**
 * Validates and inspects an uploaded ONNX classifier with the engine's importClassifier
 * (validation rules, layout detection, training facts). Runs in the data worker: decoding and
 * shape inference of a large model take seconds of CPU.
 */
export async function importModel(payload: unknown, _job: JobContext): Promise<ImportOutcome> {
  const p = payload as ImportPayload;
  const size = (await stat(p.path)).size;
  if (size > p.maxBytes) return { ok: false, refusal: { kind: 'file', message: `model file is ${size} bytes, over the limit of ${p.maxBytes} bytes` } };
  const bytes = new Uint8Array(await readFile(p.path));
  try {
    const { declared } = p;
    const imported = importClassifier(bytes, {
      input: declared.input,
      training: declared.training,
      ...(declared.featureTensor !== undefined ? { featureTensor: declared.featureTensor } : {}),
      ...(declared.blocks !== undefined ? { blocks: declared.blocks } : {}),
      validate: { limits: { maxBytes: p.maxBytes } },
    });
    const { layout } = imported;
    return {
      ok: true,
      model: {
        checksum: imported.checksum,
        size,
        numClasses: layout.numClasses,
        input: layout.input,
        training: imported.training,
        featureTensor: layout.featureTensor,
        blocks: [...layout.blocks],
        gradientProblem: gradientProblem(imported.model),
      },
    };
  } catch (e) {
    return { ok: false, refusal: refusalOf(e) };
  }
}

export function registerModelImportJob(): void {
  registerJob(MODEL_IMPORT_JOB, importModel);
}
