import { Tensor } from 'onnxruntime-node';
import type { TensorData } from '../onnx/ir';
import { Trainer, type TrainerOptions } from '../train/trainer';
import type { TrainingStepGraph } from '../train/training-step';
import type { EngineTensor } from './local-engine';

export interface PlainStepResult {
  /** Mean cross-entropy of the batch before the update. */
  readonly loss: number;
  /** Examples whose logits (before the update) put the label first. */
  readonly correct: number;
}

/**
 * A Trainer fed with plain typed arrays, so callers outside the engine (training recipes)
 * need no ONNX Runtime import.
 */
export class PlainTrainer {
  private constructor(private readonly trainer: Trainer) {}

  static async create(graph: TrainingStepGraph, options: TrainerOptions = {}): Promise<PlainTrainer> {
    return new PlainTrainer(await Trainer.create(graph, options));
  }

  get stepCount(): number {
    return this.trainer.stepCount;
  }

  async step(images: EngineTensor, labels: Int32Array, lr: number): Promise<PlainStepResult> {
    const n = images.dims[0] ?? 0;
    if (labels.length !== n) throw new Error(`trainer: ${labels.length} labels for ${n} images`);
    const res = await this.trainer.step(
      new Tensor('float32', images.data, [...images.dims]),
      new Tensor('int64', BigInt64Array.from(labels, (v) => BigInt(v)), [n]),
      lr,
    );
    const z = res.logits.data as Float32Array;
    const c = z.length / Math.max(n, 1);
    let correct = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let k = 1; k < c; k++) if (z[i * c + k]! > z[i * c + best]!) best = k;
      if (best === labels[i]) correct++;
    }
    return { loss: res.loss, correct };
  }

  /** Current parameters and BatchNorm statistics by their forward-model names. */
  trainedValues(): Map<string, TensorData> {
    return this.trainer.trainedValues();
  }
}
