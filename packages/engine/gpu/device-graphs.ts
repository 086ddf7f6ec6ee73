import { InferenceSession, Tensor } from 'onnxruntime-node';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { encodeModel } from '../src/onnx/codec';
import type { ModelDef, TensorData } from '../src/onnx/ir';
import { ortSessionOptions, type ActiveProvider } from '../src/runtime/session-options';
import { deriveTrainingStep } from '../src/train/training-step';

/** The three graphs a user's runs put on a device: logits, loss + input gradient, one SGD training step of every layer. */
export const STEPS = ['forward', 'inputGradient', 'trainingStep'] as const;
export type Step = (typeof STEPS)[number];

export interface DeviceGraph {
  readonly session: InferenceSession;
  readonly feeds: Record<string, Tensor>;
  /** The outputs compared across devices (logits; loss and input gradient; loss and every updated tensor). */
  readonly fetches: readonly string[];
}

const f32 = (t: TensorData): Tensor => new Tensor('float32', t.values as Float32Array, [...t.dims]);

/**
 * The engine's derived graphs for `model` on `provider`, with the engine's own session options
 * (a GPU provider lists CPU after it, as in the platform). Same feeds on every device.
 */
export async function deviceGraphs(model: ModelDef, x: Tensor, labels: Tensor, provider: ActiveProvider, threads: number): Promise<Record<Step, DeviceGraph>> {
  const make = (m: ModelDef) => InferenceSession.create(encodeModel(m), ortSessionOptions({ provider, intraOpNumThreads: threads, interOpNumThreads: 1 }));
  const input = model.graph.inputs[0]!.name;
  const logits = model.graph.outputs[0]!.name;
  const ig = deriveInputGradient(model, { loss: 'cross-entropy' });
  const step = deriveTrainingStep(model, { optimizer: { kind: 'sgd', momentum: 0.9, weightDecay: 5e-4 } });
  const stepFeeds: Record<string, Tensor> = { [step.inputs.input]: x, labels, lr: new Tensor('float32', Float32Array.from([0.01]), []) };
  for (const c of step.carried) stepFeeds[c.input] = f32(c.initial);
  return {
    forward: { session: await make(model), feeds: { [input]: x }, fetches: [logits] },
    inputGradient: { session: await make(ig.model), feeds: { [ig.inputs.input]: x, labels }, fetches: ig.model.graph.outputs.map((o) => o.name) },
    trainingStep: { session: await make(step.model), feeds: stepFeeds, fetches: ['loss', ...step.carried.map((c) => c.output)] },
  };
}

export async function releaseGraphs(g: Record<Step, DeviceGraph>): Promise<void> {
  await Promise.all(STEPS.map((s) => g[s].session.release()));
}
