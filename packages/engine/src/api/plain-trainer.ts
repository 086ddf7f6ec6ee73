import { Tensor, type InferenceSession } from 'onnxruntime-node';
import { encodeModel } from '../onnx/codec';
import type { TensorData } from '../onnx/ir';
import { sessionCache } from '../runtime/session-cache';
import type { TrainerOptions } from '../train/trainer';
import type { TrainingStepGraph } from '../train/training-step';
import type { EngineTensor } from './local-engine';

export interface PlainStepResult {
  /** Mean cross-entropy of the batch before the update. */
  readonly loss: number;
  /** Examples whose logits (before the update) put the label first. */
  readonly correct: number;
}

/** Everything a training-step graph carries (parameters, optimiser state, BatchNorm statistics) and the step count. */
export interface TrainerState {
  readonly step: number;
  /** By carried input name. */
  readonly tensors: ReadonlyMap<string, TensorData>;
}

function toTensor(t: TensorData): Tensor {
  return new Tensor('float32', Float32Array.from(t.values as Float32Array), [...t.dims]);
}

function toData(name: string, t: Tensor): TensorData {
  return { name, dataType: 'float32', dims: [...t.dims], values: Float32Array.from(t.data as Float32Array) };
}

/**
 * Runs a training-step graph as the engine's Trainer does (each step's outputs are the next
 * step's inputs, kept as ONNX Runtime tensors), fed with plain typed arrays so callers need no
 * ONNX Runtime import, and with its whole state readable and restorable, so that a long
 * training run can resume exactly (optimiser momentum included) after an interruption.
 */
export class PlainTrainer {
  private readonly values = new Map<string, Tensor>();
  private steps: number;

  private constructor(
    private readonly session: InferenceSession,
    readonly graph: TrainingStepGraph,
    state: TrainerState | undefined,
  ) {
    for (const c of graph.carried) {
      const saved = state?.tensors.get(c.input);
      if (state && !saved) throw new Error(`trainer state has no '${c.input}'`);
      if (saved && saved.dims.join() !== c.initial.dims.join()) throw new Error(`trainer state '${c.input}' has dims [${saved.dims.join(', ')}], the graph [${c.initial.dims.join(', ')}]`);
      this.values.set(c.input, toTensor(saved ?? c.initial));
    }
    this.steps = state?.step ?? 0;
  }

  static async create(graph: TrainingStepGraph, options: TrainerOptions = {}, state?: TrainerState): Promise<PlainTrainer> {
    const session = await (options.cache ?? sessionCache).get(encodeModel(graph.model), options);
    return new PlainTrainer(session, graph, state);
  }

  get stepCount(): number {
    return this.steps;
  }

  async step(images: EngineTensor, labels: Int32Array, lr: number): Promise<PlainStepResult> {
    const n = images.dims[0] ?? 0;
    if (labels.length !== n) throw new Error(`trainer: ${labels.length} labels for ${n} images`);
    const g = this.graph;
    const feeds: Record<string, Tensor> = {
      [g.inputs.input]: new Tensor('float32', images.data, [...images.dims]),
      [g.inputs.labels]: new Tensor('int64', BigInt64Array.from(labels, (v) => BigInt(v)), [n]),
      [g.inputs.lr]: new Tensor('float32', Float32Array.of(lr), []),
    };
    if (g.inputs.step) feeds[g.inputs.step] = new Tensor('float32', Float32Array.of(this.steps + 1), []);
    for (const [name, t] of this.values) feeds[name] = t;
    const out = await this.session.run(feeds);
    for (const c of g.carried) {
      const next = out[c.output];
      if (!next) throw new Error(`training step returned no '${c.output}'`);
      this.values.set(c.input, next);
    }
    this.steps++;
    const z = out[g.outputs.logits]!.data as Float32Array;
    const classes = z.length / Math.max(n, 1);
    let correct = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let k = 1; k < classes; k++) if (z[i * classes + k]! > z[i * classes + best]!) best = k;
      if (best === labels[i]) correct++;
    }
    return { loss: (out[g.outputs.loss]!.data as Float32Array)[0]!, correct };
  }

  /** Current parameters and BatchNorm statistics by their forward-model names (for withParameters). */
  trainedValues(): Map<string, TensorData> {
    const result = new Map<string, TensorData>();
    for (const c of this.graph.carried) {
      if (c.kind === 'parameter' || c.kind === 'bn-mean' || c.kind === 'bn-var') result.set(c.of, toData(c.of, this.values.get(c.input)!));
    }
    return result;
  }

  /** The whole state, to save and pass back to create(). */
  state(): TrainerState {
    return { step: this.steps, tensors: new Map([...this.values].map(([name, t]) => [name, toData(name, t)])) };
  }
}
