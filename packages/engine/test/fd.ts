import { Tensor, type InferenceSession } from 'onnxruntime-node';
import { rng } from './grad-check';

export interface FdResult {
  readonly checks: number;
  /** Probes where every step crossed a kink (left out). */
  readonly skipped: number;
  readonly failures: string[];
  readonly maxRelError: number;
}

/**
 * Central differences of sum(session output `loss`) (float64 sum) with respect to feed `wrt`
 * (steps h, h/3, h/10, h/30 until two successive steps agree: no kink crossed),
 * along `directions` random +-1 directions and at `coords` random coordinates, compared with
 * the analytic gradient `grad`: pass when |fd - an| <= atol + rtol * max(|fd|, |an|).
 */
export async function fdCheck(session: InferenceSession, feeds: Record<string, Tensor>, loss: string, wrt: string, grad: Float32Array,
  o: { h: number; atol: number; rtol: number; directions: number; coords: number; seed: number }): Promise<FdResult> {
  const base = feeds[wrt]!;
  const x = base.data as Float32Array;
  const r = rng(o.seed);
  const lossAt = async (v: Float32Array) => {
    const out = await session.run({ ...feeds, [wrt]: new Tensor('float32', v, base.dims) });
    return (out[loss]!.data as Float32Array).reduce((a, b) => a + b, 0);
  };
  const probes: Float32Array[] = [];
  for (let k = 0; k < o.directions; k++) probes.push(Float32Array.from(x, () => (r() < 0.5 ? -1 : 1)));
  for (let k = 0; k < o.coords; k++) {
    const d = new Float32Array(x.length);
    d[Math.floor(r() * x.length)] = 1;
    probes.push(d);
  }
  const failures: string[] = [];
  let maxRelError = 0;
  let skipped = 0;
  const l0 = await lossAt(x);
  for (const [k, d] of probes.entries()) {
    // A step that crosses a Relu/MaxPool kink changes the difference quotient with the step;
    // accept a central difference when the next smaller step agrees with it (and with the
    // one-sided differences), else shrink (float32 noise grows as h shrinks, hence 4 tries).
    let fd: number | undefined;
    let previous: number | undefined;
    for (const h of [o.h, o.h / 3, o.h / 10, o.h / 30]) {
      const lp = await lossAt(Float32Array.from(x, (v, i) => v + h * d[i]!));
      const lm = await lossAt(Float32Array.from(x, (v, i) => v - h * d[i]!));
      const central = (lp - lm) / (2 * h);
      const tol = o.atol + (o.rtol / 2) * Math.abs(central);
      const smooth = Math.abs((lp - l0) / h - (l0 - lm) / h) <= 2 * tol;
      if (smooth && previous !== undefined && Math.abs(previous - central) <= tol) {
        fd = central;
        break;
      }
      previous = smooth ? central : undefined;
    }
    if (fd === undefined) {
      skipped++;
      continue;
    }
    let an = 0;
    for (let i = 0; i < x.length; i++) an += grad[i]! * d[i]!;
    const err = Math.abs(fd - an);
    maxRelError = Math.max(maxRelError, err / Math.max(1e-6, Math.abs(fd), Math.abs(an)));
    if (!(err <= o.atol + o.rtol * Math.max(Math.abs(fd), Math.abs(an)))) failures.push(`${wrt} probe ${k}: analytic ${an} vs fd ${fd}`);
  }
  return { checks: probes.length - skipped, skipped, failures, maxRelError };
}
