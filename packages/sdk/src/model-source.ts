import type { z } from 'zod';
import type { PluginContext } from './context';
import type { ParamsSchema, PluginBase } from './plugin';

/** What the model expects; the engine folds it into the graph as a differentiable prefix. */
export interface InputSpec {
  readonly channels: 1 | 3;
  readonly height: number;
  readonly width: number;
  /** Per-channel mean and std applied after scaling to [0,1]. */
  readonly mean: readonly number[];
  readonly std: readonly number[];
}

export interface TrainingInfo {
  readonly kind: 'natural' | 'adversarial';
  readonly norm?: 'L2' | 'Linf';
  readonly eps?: number;
  readonly recipe?: string;
  readonly seed?: number;
  /** The dataset it was trained on (e.g. imagenet, fashion-mnist-a). */
  readonly dataset?: string;
  readonly notes?: string;
}

/** A source model as the platform sees it: an ONNX classifier and what is known about it. */
export interface SourceModel {
  readonly id: string;
  /** Display name (default: the id). */
  readonly name?: string;
  readonly architecture: string;
  readonly training: TrainingInfo;
  readonly input: InputSpec;
  readonly numClasses: number;
  /** Name of the penultimate feature tensor (input of the final linear layer). */
  readonly featureTensor: string;
  /** Names of block-boundary tensors, input side first. */
  readonly blocks: readonly string[];
  /** sha256 hex of the ONNX bytes. */
  readonly checksum: string;
  /** Extra figures from a manifest (clean accuracy, robust accuracy at eps, ...). */
  readonly metrics?: Readonly<Record<string, number>>;
  bytes(): Promise<Uint8Array>;
}

export interface ModelSourcePlugin<P extends ParamsSchema = ParamsSchema> extends PluginBase<'model', P> {
  /** The models this source provides for the given params. */
  list(params: z.output<P>, ctx: PluginContext): Promise<SourceModel[]>;
}
