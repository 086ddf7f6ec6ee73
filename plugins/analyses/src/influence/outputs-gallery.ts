import { column, defineTable, z, type ImageRef } from '@transferlab/sdk';
import { SCORE_MEANING, seedColumn, settingColumns } from './outputs-columns';
import { tableTrials, type TableTrial } from './outputs-trials';

export const DIRECTIONS = ['helpful', 'harmful'] as const;
export type Direction = (typeof DIRECTIONS)[number];

const galleryRow = z.object({
  ...settingColumns,
  seed: seedColumn,
  // The test image's index as a dimension: a client filters the gallery to one test image by it.
  testIndex: column.dimension(z.number(), { label: 'Test image', description: 'test-split index' }),
  testImage: column.image({ label: 'Test image' }),
  label: column.dimension(z.number(), { label: 'Test class', format: 'class' }),
  predicted: column.dimension(z.number().nullable(), {
    label: 'Predicted',
    format: 'class',
    description: "the fine-tuned model's prediction for the test image",
  }),
  direction: column.dimension(z.string(), {
    label: 'Direction',
    description:
      "helpful (positive score: up-weighting the training image lowers the test image's loss) or harmful (negative)",
  }),
  rank: column.dimension(z.number(), { label: 'Rank', description: '1 = the most helpful (or harmful)' }),
  trainImage: column.image({ label: 'Training image' }),
  trainLabel: column.dimension(z.number(), { label: 'Class', format: 'class' }),
  sameClass: column.dimension(z.string(), {
    label: 'Same class',
    description: "'yes' when the training image has the test image's class",
  }),
  score: column.measure({ label: 'Score', description: SCORE_MEANING }),
  relative: column.measure({
    label: 'Relative',
    description:
      "the score divided by √(g_train · H⁺ · g_train), the training image's own influence (ℓ-relative influence, Barshan et al. 2020): a training image with a large gradient no longer outranks others by size alone; null without self-influence",
  }),
});
type GalleryRow = z.output<typeof galleryRow>;

/** ℓ-relative influence: the score over the square root of the training image's self-influence. */
function relativeScore(score: number | undefined, self: number | undefined): number | null {
  if (score === undefined || self === undefined || !(self > 0)) return null;
  return Number((score / Math.sqrt(self)).toPrecision(6));
}

/** The order of a trial's test images by index (positions into its details' per-test lists). */
const byTestIndex = (testIndices: readonly number[]): number[] =>
  testIndices.map((_, i) => i).sort((a, b) => testIndices[a]! - testIndices[b]!);

/**
 * One trial's gallery rows, read straight from its decoded details (no per-image search): for each
 * test image, each stored helpful then harmful training image with its rank and score.
 */
export function trialGallery(t: TableTrial): GalleryRow[] {
  const d = t.details;
  const out: GalleryRow[] = [];
  for (const i of byTestIndex(d.testIndices)) {
    const testIndex = d.testIndices[i]!;
    const label = d.testLabels[i] ?? -1;
    const testImage: ImageRef = { dataset: t.dataset, split: 'test', index: testIndex };
    const predicted = d.predicted[i] ?? null;
    for (const direction of DIRECTIONS) {
      const positions = (direction === 'helpful' ? d.helpful : d.harmful)[i] ?? [];
      const scores = (direction === 'helpful' ? d.helpfulScores : d.harmfulScores)[i] ?? [];
      positions.forEach((p, k) => {
        const index = d.trainIndices[p];
        // A position outside the training subset names no image (a damaged row): it is left out.
        if (index === undefined) return;
        const trainLabel = d.trainLabels[p] ?? -1;
        // Written out, not spread from a shared head object: a spread made this 30x slower.
        out.push({
          target: t.target,
          depth: t.depth,
          n: t.n,
          source: t.source,
          seed: t.seed,
          testIndex,
          testImage,
          label,
          predicted,
          direction,
          rank: k + 1,
          trainImage: { dataset: t.dataset, split: 'train', index },
          trainLabel,
          sameClass: trainLabel === label ? 'yes' : 'no',
          score: scores[k] ?? null,
          relative: relativeScore(scores[k], d.selfInfluence[p]),
        });
      });
    }
  }
  return out;
}

/**
 * Per target, depth, n, seed, source and test image: its most helpful and most harmful training
 * images, ranked, with their scores (the study's Figure 5). Many rows (test images x 2 x galleryK
 * per trial): a client filters by the dimension columns, the test image's index included.
 */
export const galleryTable = defineTable({
  description:
    'Per target, depth, n, seed, source and test image: its most helpful and most harmful training images (as many as the run stored, galleryK), ranked, with their influence scores. Filter by testIndex, source, seed and direction.',
  row: galleryRow,
  rows: ({ rows }) => tableTrials(rows).flatMap(trialGallery),
});
