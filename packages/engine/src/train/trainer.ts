import { Tensor, type InferenceSession } from 'onnxruntime-node';
import { encodeModel } from '../onnx/codec';
import type { TensorData } from '../onnx/ir';
import { sessionCache, type SessionCache, type SessionOptions } from '../runtime/session-cache';
import type { TrainingStepGraph } from './training-step';

export interface TrainerOptions extends SessionOptions {
  readonly cache?: SessionCache;
}

export interface StepResult {
  readonly loss: number;
  readonly logits: Tensor;
}

function toTensor(t: TensorData): Tensor {
  return new Tensor('float32', Float32Array.from(t.values as Float32Array), t.dims);
}

/**
 * Runs a training-step graph repeatedly. Parameters, optimiser state and BatchNorm running
 * statistics stay ONNX Runtime tensors between steps: each step's outputs are the next
 * step's inputs, with no copies in JavaScript.
 */
export class Trainer {
  private readonly values = new Map<string, Tensor>();
  private steps = 0;

  private constructor(
    private readonly session: InferenceSession,
    readonly graph: TrainingStepGraph,
  ) {
    for (const c of graph.carried) this.values.set(c.input, toTensor(c.initial));
  }

  static async create(graph: TrainingStepGraph, options: TrainerOptions = {}): Promise<Trainer> {
    const session = await (options.cache ?? sessionCache).get(encodeModel(graph.model), options);
    return new Trainer(session, graph);
  }

  get stepCount(): number {
    return this.steps;
  }

  async step(input: Tensor, labels: Tensor, lr: number): Promise<StepResult> {
    const g = this.graph;
    const feeds: Record<string, Tensor> = { [g.inputs.input]: input, [g.inputs.labels]: labels, [g.inputs.lr]: new Tensor('float32', Float32Array.of(lr), []) };
    if (g.inputs.step) feeds[g.inputs.step] = new Tensor('float32', Float32Array.of(this.steps + 1), []);
    for (const [name, t] of this.values) feeds[name] = t;
    const out = await this.session.run(feeds);
    for (const c of g.carried) {
      const next = out[c.output];
      if (!next) throw new Error(`training step returned no '${c.output}'`);
      this.values.set(c.input, next);
    }
    this.steps++;
    const loss = out[g.outputs.loss]!.data as Float32Array;
    return { loss: loss[0]!, logits: out[g.outputs.logits] as Tensor };
  }

  /** Current parameters and BatchNorm statistics by their forward-model names (for withParameters). */
  trainedValues(): Map<string, TensorData> {
    const result = new Map<string, TensorData>();
    for (const c of this.graph.carried) {
      if (c.kind !== 'parameter' && c.kind !== 'bn-mean' && c.kind !== 'bn-var') continue;
      const t = this.values.get(c.input)!;
      result.set(c.of, { name: c.of, dataType: 'float32', dims: [...t.dims], values: Float32Array.from(t.data as Float32Array) });
    }
    return result;
  }
}
