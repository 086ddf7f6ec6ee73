import type { AttackResult, EngineApi, ImageBatch, ModelRef, PluginContext } from '@transferlab/sdk';

/** What one ensemble run over a set of images cost, and what it returned per example. */
export interface EnsembleRun {
  readonly seconds: number;
  /**
   * CPU seconds of this process (every ONNX Runtime thread included) over the runs: less
   * sensitive than wall time to other jobs on a shared machine; with one thread, the work done.
   */
  readonly cpuSeconds: number;
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
 * An ensemble's runs over a set of images, batch by batch (as the robustness analysis calls an
 * attack: one call per batch, a seed per batch), with the engine calls timed by kind and each
 * component by the ensemble's "after <component>" log lines. Batches can be run in any order
 * between other tallies' batches, so that two versions share the machine's load alike.
 */
export class EnsembleTally {
  private readonly t = { fwd: 0, grad: 0, fwdImages: 0, gradImages: 0, wall: 0, cpu: 0 };
  private readonly componentSeconds: Record<string, number> = {};
  private readonly fooledBy: (string | null)[];
  private readonly images: Float32Array;
  private readonly size: number;

  constructor(
    private readonly perturb: Perturb,
    private readonly model: ModelRef,
    private readonly batch: ImageBatch,
    private readonly ctx: PluginContext,
  ) {
    const n = batch.labels.length;
    this.size = n > 0 ? batch.images.data.length / n : 0;
    this.fooledBy = Array.from({ length: n }, () => null);
    this.images = new Float32Array(batch.images.data.length);
  }

  /** Runs the ensemble on examples [from, to) with this seed. */
  async run(from: number, to: number, seed: number): Promise<void> {
    const { t, ctx, size } = this;
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
    let mark = performance.now();
    const log = {
      ...ctx.log,
      info: (message: string) => {
        const component = /: after ([\w-]+),/.exec(message)?.[1];
        if (!component) return;
        const now = performance.now();
        this.componentSeconds[component] = (this.componentSeconds[component] ?? 0) + (now - mark) / 1000;
        mark = now;
      },
    };
    const dims = this.batch.images.dims.slice(1);
    const part: ImageBatch = { images: { data: this.batch.images.data.slice(from * size, to * size), dims: [to - from, ...dims] }, labels: this.batch.labels.slice(from, to) };
    const started = performance.now();
    const cpu = process.cpuUsage();
    const res = await this.perturb({ model: this.model, batch: part }, seed, { ...ctx, engine, log });
    const used = process.cpuUsage(cpu);
    t.cpu += (used.user + used.system) / 1e6;
    t.wall += performance.now() - started;
    (res.fooledBy ?? []).forEach((by, j) => (this.fooledBy[from + j] = by));
    this.images.set(res.images.data, from * size);
  }

  result(): EnsembleRun {
    const { t } = this;
    return {
      seconds: t.wall / 1000,
      cpuSeconds: t.cpu,
      forwardOnlyImages: t.fwdImages,
      gradientImages: t.gradImages,
      forwardOnlySeconds: t.fwd / 1000,
      gradientSeconds: t.grad / 1000,
      componentSeconds: { ...this.componentSeconds },
      fooledBy: [...this.fooledBy],
      images: this.images,
    };
  }
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
