import type { AttackResult, EngineApi, ImageBatch, ModelRef, PluginContext } from '@transferlab/sdk';

/** What one ensemble run over a set of images cost, and what it returned per example. */
export interface EnsembleRun {
  readonly seconds: number;
  /** Images through logits calls (forward only) and through input-gradient calls (forward + backward). */
  readonly forwardOnlyImages: number;
  readonly gradientImages: number;
  /** Wall seconds inside each kind of engine call. */
  readonly forwardOnlySeconds: number;
  readonly gradientSeconds: number;
  /** Wall seconds per component (its engine calls and bookkeeping), summed over the batches. */
  readonly componentSeconds: Record<string, number>;
  readonly fooledBy: (string | null)[];
  readonly images: Float32Array;
}

export type Perturb = (input: { model: ModelRef; batch: ImageBatch }, seed: number, ctx: PluginContext) => Promise<AttackResult>;

/**
 * Runs an ensemble over the images in batches of `batchSize` (as the robustness analysis calls
 * an attack: one call per batch, a seed per batch), timing the engine calls by kind and each
 * component by the ensemble's "after <component>" log lines.
 */
export async function runEnsemble(perturb: Perturb, model: ModelRef, batch: ImageBatch, batchSize: number, ctx: PluginContext): Promise<EnsembleRun> {
  const t = { fwd: 0, grad: 0, fwdImages: 0, gradImages: 0 };
  const engine = Object.create(ctx.engine) as EngineApi;
  engine.logits = async (m, x) => {
    const t0 = performance.now();
    const r = await ctx.engine.logits(m, x);
    t.fwd += performance.now() - t0;
    t.fwdImages += x.dims[0] ?? 0;
    return r;
  };
  engine.inputGradient = async (m, x, labels, options) => {
    const t0 = performance.now();
    const r = await ctx.engine.inputGradient(m, x, labels, options);
    t.grad += performance.now() - t0;
    t.gradImages += x.dims[0] ?? 0;
    return r;
  };
  const componentSeconds: Record<string, number> = {};
  let mark = 0;
  const log = {
    ...ctx.log,
    info: (message: string) => {
      const component = /: after ([\w-]+),/.exec(message)?.[1];
      if (!component) return;
      const now = performance.now();
      componentSeconds[component] = (componentSeconds[component] ?? 0) + (now - mark) / 1000;
      mark = now;
    },
  };
  const n = batch.labels.length;
  const size = n > 0 ? batch.images.data.length / n : 0;
  const dims = batch.images.dims.slice(1);
  const fooledBy: (string | null)[] = [];
  const images = new Float32Array(batch.images.data.length);
  const started = performance.now();
  for (let from = 0, b = 0; from < n; from += batchSize, b++) {
    const to = Math.min(n, from + batchSize);
    const part: ImageBatch = { images: { data: batch.images.data.slice(from * size, to * size), dims: [to - from, ...dims] }, labels: batch.labels.slice(from, to) };
    mark = performance.now();
    const res = await perturb({ model, batch: part }, b, { ...ctx, engine, log });
    fooledBy.push(...(res.fooledBy ?? []));
    images.set(res.images.data, from * size);
  }
  return {
    seconds: (performance.now() - started) / 1000,
    forwardOnlyImages: t.fwdImages,
    gradientImages: t.gradImages,
    forwardOnlySeconds: t.fwd / 1000,
    gradientSeconds: t.grad / 1000,
    componentSeconds,
    fooledBy,
    images,
  };
}

/** Examples whose outcome differs between two runs: who fooled them, or any value of the returned image. */
export function differingExamples(a: EnsembleRun, b: EnsembleRun, size: number): number[] {
  const out: number[] = [];
  a.fooledBy.forEach((by, i) => {
    const same = by === b.fooledBy[i] && a.images.subarray(i * size, (i + 1) * size).every((v, k) => Object.is(v, b.images[i * size + k]));
    if (!same) out.push(i);
  });
  return out;
}
