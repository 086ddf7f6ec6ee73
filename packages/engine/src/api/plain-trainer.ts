import type { Tensor as PlainTensor } from '@transferlab/sdk';
import { Tensor } from 'onnxruntime-node';
import type { TensorData } from '../onnx/ir';
import { Trainer, type TrainerOptions, type TrainerState } from '../train/trainer';
import type { TrainingStepGraph } from '../train/training-step';

export interface PlainStepResult {
  /** Mean cross-entropy of the batch before the update. */
  readonly loss: number;
  /** Examples whose logits (before the update) put the label first. */
  readonly correct: number;
}

/**
 * The engine's Trainer fed with plain typed arrays, so callers (the model zoo's recipes)
 * need no ONNX Runtime import; it counts correct predictions from the step's logits.
 */
export class PlainTrainer {
  private constructor(private readonly trainer: Trainer) {}

  static async create(graph: TrainingStepGraph, options: TrainerOptions = {}, state?: TrainerState): Promise<PlainTrainer> {
    return new PlainTrainer(await Trainer.create(graph, options, state));
  }

  get graph(): TrainingStepGraph {
    return this.trainer.graph;
  }

  get stepCount(): number {
    return this.trainer.stepCount;
  }

  async step(images: PlainTensor, labels: Int32Array, lr: number): Promise<PlainStepResult> {
    const n = images.dims[0] ?? 0;
    if (labels.length !== n) throw new Error(`trainer: ${labels.length} labels for ${n} images`);
    const { loss, logits } = await this.trainer.step(
      new Tensor('float32', images.data, [...images.dims]),
      new Tensor('int64', BigInt64Array.from(labels, (v) => BigInt(v)), [n]),
      lr,
    );
    const z = logits.data as Float32Array;
    const classes = z.length / Math.max(n, 1);
    let correct = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let k = 1; k < classes; k++) if (z[i * classes + k]! > z[i * classes + best]!) best = k;
      if (best === labels[i]) correct++;
    }
    return { loss, correct };
  }

  trainedValues(): Map<string, TensorData> {
    return this.trainer.trainedValues();
  }

  state(): TrainerState {
    return this.trainer.state();
  }
}
