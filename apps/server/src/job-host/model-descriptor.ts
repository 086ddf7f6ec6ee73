import type { InputSpec, TrainingInfo } from '@transferlab/sdk';

/**
 * A stored source model as a trial worker receives it: every fact of its record and the
 * absolute path of its ONNX file in the model store (`<data dir>/model-store/<sha256>.onnx`).
 * Plain data, so a queue can carry it; the worker checks the file's sha256 on read.
 */
export interface ModelDescriptor {
  readonly id: string;
  readonly name: string;
  /** Where the record came from: 'upload', 'config', or the model plugin that listed it ('zoo'). */
  readonly origin: string;
  readonly checksum: string;
  readonly file: string;
  readonly architecture: string;
  readonly numClasses: number;
  readonly input: InputSpec;
  readonly training: TrainingInfo;
  readonly featureTensor: string;
  readonly blocks: readonly string[];
  readonly metrics: Readonly<Record<string, number>> | null;
  /** Why gradients cannot flow through the model (forward only), or null; absent from older queues' payloads. */
  readonly gradientProblem?: string | null;
}
