import type { ModelRef, PluginContext } from '@transferlab/sdk';
import type { DeletionDetails } from './details';
import { curveArea, deletionCurves, randomOrder, salientOrder } from './faithfulness';
import { localisation } from './localisation';
import { reduceChannels, type Attribution, type ImageSet } from './methods';
import type { SaliencyMethod, SaliencyTrial } from './params';
import {
  cascade,
  cascadeDepths,
  decidingStep,
  type CascadeDepth,
  type RandomisationDetails,
} from './randomisation';

/** A method's attributions of some images on some model (the trial's own method settings). */
export type Attribute = (
  method: SaliencyMethod,
  model: ModelRef,
  set: ImageSet,
  baselines: readonly Float32Array[],
) => Promise<Attribution>;

/** Curves as stored: probabilities to 1e-6 (the details stay small; a curve's area moves by under 1e-6). */
const stored = (curves: number[][]): number[][] => curves.map((c) => c.map((p) => Math.round(p * 1e6) / 1e6));

/** The random deletion order of a test image: seeded by its index, so every source deletes alike. */
const randomSeed = (index: number): number => (index * 0x9e3779b1 + 0x5bd1e995) >>> 0;

const mean = (xs: readonly (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null && Number.isFinite(x));
  return v.length > 0 ? v.reduce((a, b) => a + b, 0) / v.length : null;
};

/**
 * The sanity and faithfulness figures of one trial, gathered chunk by chunk as the maps are made:
 * localisation per image, deletion curves (each method's order and a random one), and at the end
 * the cascading randomisation test on the first `sanityImages` images.
 */
export class ChecksRecorder {
  readonly pointing: Record<string, (number | null)[]>;
  readonly rankAccuracy: Record<string, (number | null)[]>;
  private readonly curves: Record<string, number[][]> = {};
  private readonly insertion: Record<string, number[][]> = {};
  private first: { set: ImageSet; baselines: readonly Float32Array[] } | null = null;
  private firstIndices: readonly number[] = [];
  private randomisation: RandomisationDetails | null = null;

  constructor(
    private readonly t: SaliencyTrial,
    private readonly ctx: PluginContext,
    private readonly model: ModelRef,
  ) {
    this.pointing = Object.fromEntries(t.methods.map((m) => [m, []]));
    this.rankAccuracy = Object.fromEntries(t.methods.map((m) => [m, []]));
  }

  /**
   * A chunk's images, before its maps: the random deletion curves, and the first images for the
   * test with their integrated-gradients baselines (each an [N, ...] tensor of the whole chunk).
   */
  async chunk(part: readonly number[], set: ImageSet, baselines: readonly Float32Array[]): Promise<void> {
    const [, , h = 0, w = 0] = set.dims;
    if (this.t.deletionSteps > 0)
      await this.curvesOf(
        'random',
        set,
        part.map((index) => randomOrder(h * w, randomSeed(index))),
      );
    if (this.first === null && this.t.sanityImages > 0) {
      const k = Math.min(this.t.sanityImages, part.length);
      const d = set.data.length / Math.max(1, part.length);
      this.first = {
        set: {
          data: set.data.slice(0, k * d),
          dims: [k, ...set.dims.slice(1)],
          labels: set.labels.slice(0, k),
        },
        // Each baseline (one, or expected gradients' samples) covers the whole chunk: its first k images.
        baselines: baselines.map((b) => b.slice(0, k * d)),
      };
      this.firstIndices = part.slice(0, k);
    }
  }

  /** One method's [N, H, W] maps of a chunk: localisation and its deletion curves. */
  async maps(method: SaliencyMethod, set: ImageSet, reduced: Float32Array, masks: Uint8Array): Promise<void> {
    const [n = 0, , h = 0, w = 0] = set.dims;
    const hw = h * w;
    const orders: Int32Array[] = [];
    for (let j = 0; j < n; j++) {
      const map = reduced.subarray(j * hw, (j + 1) * hw);
      const l = localisation(map, masks.subarray(j * hw, (j + 1) * hw));
      this.pointing[method]!.push(l.pointing);
      this.rankAccuracy[method]!.push(l.rankAccuracy);
      orders.push(salientOrder(map));
    }
    if (this.t.deletionSteps > 0) await this.curvesOf(method, set, orders);
  }

  /** Deletion and insertion curves of one order of a chunk's pixels. */
  private async curvesOf(order: string, set: ImageSet, orders: readonly Int32Array[]): Promise<void> {
    const { engine, signal } = this.ctx;
    const steps = this.t.deletionSteps;
    (this.curves[order] ??= []).push(
      ...stored(await deletionCurves(engine, this.model, set, orders, steps, signal)),
    );
    (this.insertion[order] ??= []).push(
      ...stored(await deletionCurves(engine, this.model, set, orders, steps, signal, 'insertion')),
    );
  }

  /** The cascading randomisation test on the first images (after every chunk is mapped). */
  async randomise(attribute: Attribute): Promise<void> {
    if (!this.first) return;
    const randomized = this.ctx.engine.randomized?.bind(this.ctx.engine);
    if (!randomized)
      throw new Error(
        'saliency: this engine cannot re-draw model parameters (EngineApi.randomized is missing); set sanityImages to 0',
      );
    const { set, baselines } = this.first;
    const [, , h = 0, w = 0] = set.dims;
    const mapsOf = async (model: ModelRef): Promise<Record<string, Float32Array>> => {
      const out: Record<string, Float32Array> = {};
      for (const m of this.t.methods)
        out[m] = reduceChannels((await attribute(m, model, set, baselines)).values, set.dims);
      return out;
    };
    const depths: CascadeDepth[] = cascadeDepths((await this.ctx.engine.structure(this.model)).blocks.length);
    const original = await mapsOf(this.model);
    let done = 0;
    const rho = await cascade(depths, original, h * w, async (depth) => {
      const copy = await randomized(this.model, { depth, seed: this.t.sanitySeed });
      try {
        const maps = await mapsOf(copy);
        this.ctx.progress.report(1, `randomisation test: step ${++done}/${depths.length}`);
        return { maps, release: () => this.ctx.engine.release?.(copy) ?? Promise.resolve() };
      } catch (e) {
        await this.ctx.engine.release?.(copy);
        throw e;
      }
    });
    this.randomisation = { depths, indices: this.firstIndices, seed: this.t.sanitySeed, rho };
  }

  /** Trial metrics: mean localisation, deletion areas and the deciding step's mean correlation, per method. */
  metrics(): Record<string, number> {
    const out: Record<string, number> = {};
    const put = (key: string, v: number | null): void => {
      if (v !== null) out[key] = v;
    };
    for (const m of this.t.methods) {
      put(`pointing:${m}`, mean(this.pointing[m]!));
      put(`rankAccuracy:${m}`, mean(this.rankAccuracy[m]!));
    }
    for (const [order, curves] of Object.entries(this.curves))
      put(`deletionAuc:${order}`, mean(curves.map(curveArea)));
    for (const [order, curves] of Object.entries(this.insertion))
      put(`insertionAuc:${order}`, mean(curves.map(curveArea)));
    if (this.randomisation) {
      const at = decidingStep(this.randomisation.depths);
      for (const m of this.t.methods) put(`sanityRho:${m}`, mean(this.randomisation.rho[m]?.[at] ?? []));
    }
    return out;
  }

  deletion(): DeletionDetails | null {
    return this.t.deletionSteps > 0 ? { steps: this.t.deletionSteps, curves: this.curves } : null;
  }

  insertionCurves(): DeletionDetails | null {
    return this.t.deletionSteps > 0 ? { steps: this.t.deletionSteps, curves: this.insertion } : null;
  }

  randomisationDetails(): RandomisationDetails | null {
    return this.randomisation;
  }
}
