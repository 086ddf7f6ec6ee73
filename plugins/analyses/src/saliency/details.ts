import type { IgDetails } from './ig-trial';
import type { SaliencyMethod } from './params';
import type { RandomisationDetails } from './randomisation';

/** Deletion curves: per order (each method's, and 'random'), per image, the label's probability at each step. */
export interface DeletionDetails {
  readonly steps: number;
  readonly curves: Readonly<Record<string, readonly (readonly number[])[]>>;
}

/** The map kinds a trial stores: each method's absolute map, and the plain gradient's signed map. */
export type MapKind = SaliencyMethod | 'gradient-signed';

/** What a saliency trial keeps per image (the grids and the per-example view read it). */
export interface SaliencyDetails {
  /** Test-split indices of the subset (stratified, seed 0: the same for every source). */
  readonly indices: readonly number[];
  readonly labels: readonly number[];
  /** The mapped model's predicted class. */
  readonly predicted: readonly number[];
  /** Per image: the share of its pixels that are object. */
  readonly areaShare: readonly number[];
  readonly methods: readonly SaliencyMethod[];
  /** Per method, per image: share of absolute saliency on the object over the object's area share (1 = chance). */
  readonly ratio: Readonly<Record<string, readonly (number | null)[]>>;
  /** Per method, per image: share of absolute saliency on the object. */
  readonly massShare: Readonly<Record<string, readonly (number | null)[]>>;
  /** Per map kind: base64 PNG heat maps of the first images of the subset (RGBA, to overlay). */
  readonly maps: Readonly<Record<string, readonly string[]>>;
  /** Integrated gradients, per image: |sum of attributions - (f(x) - f(x'))| / |f(x) - f(x')| (expected gradients: the worst of its paths). */
  readonly completeness: readonly (number | null)[] | null;
  /** Integrated gradients' baseline, budget and tolerance, and per image steps and degenerate-map warnings (absent in older rows). */
  readonly ig?: IgDetails;
  /** Per method, per image: pointing game and relevance rank accuracy (localisation.ts; absent in older rows). */
  readonly pointing?: Readonly<Record<string, readonly (number | null)[]>>;
  readonly rankAccuracy?: Readonly<Record<string, readonly (number | null)[]>>;
  /** Deletion curves (faithfulness.ts; absent when off or in older rows). */
  readonly deletion?: DeletionDetails;
  /** Insertion curves, the same orders put on a black image (with deletion; absent in older rows). */
  readonly insertion?: DeletionDetails;
  /** The cascading randomisation test (randomisation.ts; absent when off or in older rows). */
  readonly randomisation?: RandomisationDetails;
  /** The fine-tuning the mapped model had (null: the source itself). */
  readonly transfer: {
    readonly n: number;
    readonly depth: number;
    readonly seed: number;
    readonly testAccuracy: number;
  } | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A stored details object as SaliencyDetails, or null when it is not one (an older or failed row). */
export function saliencyDetails(d: Record<string, unknown> | null | undefined): SaliencyDetails | null {
  if (!d || !Array.isArray(d.indices) || !Array.isArray(d.methods) || !isRecord(d.ratio) || !isRecord(d.maps))
    return null;
  return d as unknown as SaliencyDetails;
}

/** One image of a trial: its position in the subset, scores per method and the maps kept for it. */
export interface SaliencyImage {
  readonly index: number;
  readonly label: number;
  readonly predicted: number;
  readonly areaShare: number;
  readonly scores: readonly {
    readonly method: SaliencyMethod;
    readonly ratio: number | null;
    readonly massShare: number | null;
  }[];
  readonly maps: readonly { readonly kind: MapKind; readonly png: string }[];
}

export function saliencyImage(d: SaliencyDetails, testIndex: number): SaliencyImage | null {
  const at = d.indices.indexOf(testIndex);
  if (at < 0) return null;
  return {
    index: testIndex,
    label: d.labels[at]!,
    predicted: d.predicted[at]!,
    areaShare: d.areaShare[at]!,
    scores: d.methods.map((method) => ({
      method,
      ratio: d.ratio[method]?.[at] ?? null,
      massShare: d.massShare[method]?.[at] ?? null,
    })),
    maps: Object.entries(d.maps)
      .filter(([, pngs]) => at < pngs.length)
      .map(([kind, pngs]) => ({ kind: kind as MapKind, png: pngs[at]! })),
  };
}
