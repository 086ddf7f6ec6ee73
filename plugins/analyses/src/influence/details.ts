/** What an influence trial keeps per row, besides its metrics and per-rank series (compact: no score matrix). */
export interface InfluenceDetails {
  /** 'exact' or 'scalable'. */
  readonly solver: string;
  /** 'pinv' (relative cutoff) or 'damping'. */
  readonly method: 'pinv' | 'damping';
  /** The relative cutoff (rcond) of the pseudo-inverse; null with damping. */
  readonly cutoff: number | null;
  /** Eigenpairs kept (null when damping made every direction count). */
  readonly rank: number | null;
  /** Test-split indices of the stratified test subset, and their labels and the fine-tuned model's predictions. */
  readonly testIndices: readonly number[];
  readonly testLabels: readonly number[];
  readonly predicted: readonly number[];
  /** Train-split indices of the training subset (ascending) and their labels. */
  readonly trainIndices: readonly number[];
  readonly trainLabels: readonly number[];
  /** Per test image: positions in trainIndices of its most helpful / most harmful training images (galleryK each), with scores. */
  readonly helpful: readonly (readonly number[])[];
  readonly helpfulScores: readonly (readonly number[])[];
  readonly harmful: readonly (readonly number[])[];
  readonly harmfulScores: readonly (readonly number[])[];
  /** g_j . H+ . g_j per training image, aligned with trainIndices. */
  readonly selfInfluence: readonly number[];
}

export interface GalleryImage {
  /** Train-split index. */
  readonly index: number;
  readonly label: number;
  readonly score: number;
}

export interface Gallery {
  readonly testIndex: number;
  readonly label: number;
  readonly predicted: number | null;
  readonly helpful: readonly GalleryImage[];
  readonly harmful: readonly GalleryImage[];
}

const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');
const isLists = (v: unknown): v is number[][] => Array.isArray(v) && v.every(isNumbers);

/** The details of a stored row when they have the influence shape (undefined otherwise). */
export function influenceDetails(details: Readonly<Record<string, unknown>> | null): InfluenceDetails | undefined {
  const d = details ?? {};
  const ok =
    typeof d.solver === 'string' && isNumbers(d.testIndices) && isNumbers(d.testLabels) && isNumbers(d.trainIndices) && isNumbers(d.trainLabels) &&
    isLists(d.helpful) && isLists(d.helpfulScores) && isLists(d.harmful) && isLists(d.harmfulScores);
  return ok ? (d as unknown as InfluenceDetails) : undefined;
}

/** One test image's helpful and harmful training images (at most `take` each), or undefined when it is not in the subset. */
export function galleryOf(d: InfluenceDetails, testIndex: number, take: number): Gallery | undefined {
  const i = d.testIndices.indexOf(testIndex);
  if (i < 0) return undefined;
  const images = (positions: readonly number[] | undefined, scores: readonly number[] | undefined): GalleryImage[] =>
    (positions ?? []).slice(0, take).map((p, k) => ({ index: d.trainIndices[p] ?? -1, label: d.trainLabels[p] ?? -1, score: scores?.[k] ?? Number.NaN }));
  return {
    testIndex,
    label: d.testLabels[i] ?? -1,
    predicted: d.predicted[i] ?? null,
    helpful: images(d.helpful[i], d.helpfulScores[i]),
    harmful: images(d.harmful[i], d.harmfulScores[i]),
  };
}
