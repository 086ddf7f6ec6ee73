import type { Tensor } from 'onnxruntime-node';
import type { ModelDef } from '../src/onnx/ir';
import type { ActiveProvider } from '../src/runtime/session-options';
import { deviceGraphs, releaseGraphs, STEPS, type Step } from './device-graphs';

/** Largest |a - b| over every compared output of a step, and that over the largest |reference|. */
export interface Difference {
  readonly maxAbs: number;
  readonly relative: number;
  /** The output where maxAbs was found. */
  readonly worst: string;
}

export type StepAgreement = Difference | { readonly error: string };

export function difference(got: Readonly<Record<string, ArrayLike<number>>>, want: Readonly<Record<string, ArrayLike<number>>>): Difference {
  let maxAbs = 0;
  let scale = 0;
  let worst = '';
  for (const [name, w] of Object.entries(want)) {
    const g = got[name];
    if (!g || g.length !== w.length) return { maxAbs: Infinity, relative: Infinity, worst: name };
    for (let i = 0; i < w.length; i++) {
      scale = Math.max(scale, Math.abs(w[i]!));
      const d = Math.abs(g[i]! - w[i]!);
      if (!(d <= maxAbs)) [maxAbs, worst] = [Number.isNaN(d) ? Infinity : d, name];
    }
  }
  return { maxAbs, relative: maxAbs / (scale || 1), worst };
}

type Outputs = Record<Step, Record<string, Float32Array>>;

async function outputsOn(model: ModelDef, x: Tensor, labels: Tensor, provider: ActiveProvider): Promise<Outputs | { error: string }> {
  try {
    const g = await deviceGraphs(model, x, labels, provider, 0);
    try {
      const out = {} as Outputs;
      for (const s of STEPS) {
        const r = await g[s].session.run(g[s].feeds, [...g[s].fetches]);
        out[s] = Object.fromEntries(g[s].fetches.map((f) => [f, Float32Array.from(r[f]!.data as Float32Array)]));
      }
      return out;
    } finally {
      await releaseGraphs(g);
    }
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** The outputs of every step on CPU and on `provider` for the same inputs, compared step by step (the CPU is the reference). */
export async function agreement(model: ModelDef, x: Tensor, labels: Tensor, provider: ActiveProvider): Promise<{ cpu: Outputs | { error: string }; device: Record<Step, StepAgreement> }> {
  const cpu = await outputsOn(model, x, labels, 'cpu');
  const dev = await outputsOn(model, x, labels, provider);
  const device = Object.fromEntries(
    STEPS.map((s): [Step, StepAgreement] => {
      if ('error' in cpu) return [s, { error: `on cpu: ${cpu.error}` }];
      if ('error' in dev) return [s, { error: `on ${provider}: ${dev.error}` }];
      return [s, difference(dev[s], cpu[s])];
    }),
  ) as Record<Step, StepAgreement>;
  return { cpu, device };
}
