import type { Dataset } from '@transferlab/sdk';
import { trainSubset } from '../shared';
import {
  degenerateWarning,
  expectedDraws,
  gaussianBlur,
  meanImage,
  MEAN_IMAGES,
  pinnedBackgroundShares,
  uniformBaselines,
  type IgBaseline,
} from './baselines';
import { completenessOf } from './completeness';
import type { IgAttribution, IgSettings, ImageSet } from './methods';
import { IG_DEFAULTS, type SaliencyTrial } from './params';

/** What a trial keeps per image of integrated gradients, besides the scores every method has. */
export interface IgDetails {
  readonly baseline: IgBaseline;
  readonly tolerance: number;
  readonly maxSteps: number;
  /** Per image: intervals spent over its paths. */
  readonly steps: readonly number[];
  /** Per image: share of the background where the image equals its baseline (null: no background). */
  readonly pinnedShare: readonly (number | null)[];
  /** Per image: the warning of a degenerate map, null when it is not one. */
  readonly warning: readonly (string | null)[];
}

/** A trial's integrated-gradients settings (the budget at least the start), without the baselines. */
export const igSettings = (t: SaliencyTrial): IgSettings => ({
  steps: t.igSteps,
  maxSteps: Math.max(t.igSteps, t.igMaxSteps ?? IG_DEFAULTS.maxSteps),
  tolerance: t.igTolerance ?? IG_DEFAULTS.tolerance,
  spacing: t.igSpacing,
});

/** The baselines of a trial's integrated gradients, and what it records per image. */
export class IgRecorder {
  readonly baseline: IgBaseline;
  readonly completeness: (number | null)[] = [];
  private readonly steps: number[] = [];
  private readonly pinned: (number | null)[] = [];
  private readonly warnings: (string | null)[] = [];
  private mean: Float32Array | null = null;

  constructor(
    private readonly t: SaliencyTrial,
    private readonly ds: Dataset,
  ) {
    this.baseline = t.igBaseline ?? 'black';
  }

  /** One chunk's baselines (each the chunk's shape; several only for expected gradients). */
  async baselines(part: readonly number[], set: ImageSet): Promise<Float32Array[]> {
    const d = set.data.length / Math.max(1, part.length);
    switch (this.baseline) {
      case 'black':
        return [new Float32Array(set.data.length)];
      case 'blur':
        return [gaussianBlur(set.data, set.dims, this.t.igBlurSigma ?? IG_DEFAULTS.blurSigma)];
      case 'uniform':
        return [uniformBaselines(part, d)];
      case 'mean': {
        this.mean ??= await this.meanImage(d);
        const out = new Float32Array(set.data.length);
        for (let j = 0; j < part.length; j++) out.set(this.mean, j * d);
        return [out];
      }
      case 'expected': {
        const k = this.t.igSamples ?? IG_DEFAULTS.samples;
        const draws = expectedDraws(part, k, this.ds.sizes.train);
        const out = Array.from({ length: k }, () => new Float32Array(set.data.length));
        const flat = draws.flat();
        const batch = await this.ds.read('train', flat);
        this.checkShape(batch.images.data.length, flat.length, d);
        draws.forEach((list, j) =>
          list.forEach((_, s) =>
            out[s]!.set(batch.images.data.subarray((j * k + s) * d, (j * k + s + 1) * d), j * d),
          ),
        );
        return out;
      }
    }
  }

  /** The mean of up to MEAN_IMAGES training images (a stratified subset, seed 0), pixel by pixel. */
  private async meanImage(d: number): Promise<Float32Array> {
    const labels = await this.ds.labels('train');
    if (labels.length === 0)
      throw new Error(`saliency: igBaseline 'mean' needs training images, and '${this.ds.name}' has none`);
    const subset = trainSubset(labels, Math.min(MEAN_IMAGES, labels.length), 0, {
      analysis: 'saliency',
      field: 'igBaseline',
      dataset: this.ds.name,
    });
    const batch = await this.ds.read('train', subset);
    this.checkShape(batch.images.data.length, subset.length, d);
    return meanImage(batch.images.data, d);
  }

  private checkShape(values: number, images: number, d: number): void {
    if (values !== images * d)
      throw new Error(
        `saliency: '${this.ds.name}' training images have ${values / Math.max(1, images)} values, test images ${d}`,
      );
  }

  /** Records one chunk's integrated gradients: errors, steps, and each image's pinned background. */
  add(attr: IgAttribution, set: ImageSet, baselines: readonly Float32Array[], masks: Uint8Array): void {
    this.completeness.push(...attr.errors);
    this.steps.push(...attr.steps);
    const shares = pinnedBackgroundShares(set.data, baselines, set.dims, masks);
    this.pinned.push(...shares);
    this.warnings.push(...shares.map((s) => degenerateWarning(this.baseline, s)));
  }

  /** Trial metrics: completeness within the tolerance (and 1%), steps, degenerate maps. */
  metrics(): Record<string, number> {
    const out: Record<string, number> = {};
    const c = completenessOf(this.completeness, igSettings(this.t).tolerance);
    if (c) {
      out.igCompletenessMedian = c.median;
      out.igCompleteShare = c.withinOnePercent;
      out.igWithinTolerance = c.withinTolerance;
      out.igNotReached = c.notReached;
    }
    const steps = [...this.steps].sort((a, b) => a - b);
    if (steps.length > 0) {
      out.igMedianSteps = steps[Math.floor((steps.length - 1) / 2)]!;
      out.igMaxStepsUsed = steps.at(-1)!;
    }
    if (this.warnings.length > 0)
      out.igDegenerateShare = this.warnings.filter((w) => w !== null).length / this.warnings.length;
    return out;
  }

  details(): IgDetails {
    return {
      baseline: this.baseline,
      tolerance: igSettings(this.t).tolerance,
      maxSteps: igSettings(this.t).maxSteps,
      steps: this.steps,
      pinnedShare: this.pinned,
      warning: this.warnings,
    };
  }
}
