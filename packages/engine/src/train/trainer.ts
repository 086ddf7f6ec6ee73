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
 * Runs a training-step graph repeatedly. Parameters, optimiser state and BatchNorm running
 * statistics stay ONNX Runtime tensors between steps: each step's outputs are the next
 * step's inputs, with no copies in JavaScript. The whole state can be read and restored, so
 * a long run resumes exactly (optimiser momentum included) after an interruption.
 */
export class Trainer {
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

  static async create(graph: TrainingStepGraph, options: TrainerOptions = {}, state?: TrainerState): Promise<Trainer> {
    const session = await (options.cache ?? sessionCache).get(encodeModel(graph.model), options);
    return new Trainer(session, graph, state);
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
      if (c.kind === 'parameter' || c.kind === 'bn-mean' || c.kind === 'bn-var') result.set(c.of, toData(c.of, this.values.get(c.input)!));
    }
    return result;
  }

  /** The whole state, to save and pass back to create(). */
  state(): TrainerState {
    return { step: this.steps, tensors: new Map([...this.values].map(([name, t]) => [name, toData(name, t)])) };
  }
}
