import type { AnalysisOutputs } from '@transferlab/sdk';
import { matchCurvesTable } from './outputs-curves';
import { deltasTable, influenceTableOptions } from './outputs-deltas';
import { evidenceTable } from './outputs-evidence';
import { galleryTable } from './outputs-gallery';
import { summaryTable } from './outputs-summary';
import { trustTable, trustTrialsTable } from './outputs-trust';

const SETTING = ['target', 'depth', 'n'] as const;

/** What influence produces: class-match figures, deltas, curves, trust figures, galleries and per-example evidence. */
export const influenceOutputs: AnalysisOutputs = {
  tables: {
    summary: summaryTable,
    deltas: deltasTable,
    'match-curves': matchCurvesTable,
    trust: trustTable,
    'trust-trials': trustTrialsTable,
    gallery: galleryTable,
    evidence: evidenceTable,
  },
  summary: 'summary',
  options: influenceTableOptions,
  views: [
    {
      kind: 'table',
      title: 'Class match of the most helpful training images',
      description:
        'The identical-class test: share of test images whose most helpful training image has their class (top 1), and whose 5 most helpful include at least 3 of it; "train": training images as targets, each left out of its own list, and the reference study\'s variant that keeps it in. Mean over seeds with the 95% interval.',
      table: 'summary',
      rank: { by: 'top1Match', order: 'desc' },
      facets: [...SETTING],
    },
    {
      kind: 'table',
      title: 'Minus the baseline',
      description:
        "Each source's figure minus the baseline's, paired by seed, with the paired t-test p-value.",
      table: 'deltas',
      facets: [...SETTING],
    },
    {
      kind: 'series',
      title: 'Class match by rank: test images as targets',
      description:
        'Share of test images whose k-th most helpful training image has their class (that image alone, not the top k), per source with its 95% band.',
      table: 'match-curves',
      x: 'rank',
      y: 'testMatch',
      series: 'source',
      xScale: 'linear',
      facets: [...SETTING],
    },
    {
      kind: 'series',
      title: 'Class match by rank: training images as targets',
      description: 'The same with training images as targets, each excluding itself.',
      table: 'match-curves',
      x: 'rank',
      y: 'trainMatch',
      series: 'source',
      xScale: 'linear',
      facets: [...SETTING],
    },
    {
      kind: 'table',
      title: 'Do the scores deserve trust?',
      description:
        "LDS: do the scores predict the test loss of models retrained on random subsets of the training images (ldsFraction, half by default; Spearman's rho per test image; near 1: yes, near 0: no; run with ldsModels > 0). Seed stability: share of a test image's top-k helpful images that another seed also ranks top-k (over the images both seeds trained on), against the chance level. LOO fidelity: predicted vs actual leave-one-out loss changes on the convex depth-0 case (run with fidelity). Mean with the 95% interval; deltas against the baseline source.",
      table: 'trust',
      columns: [
        'source',
        'training',
        'seeds',
        'lds',
        'ldsImages',
        'ldsDelta',
        'ldsPValue',
        'stability',
        'stabilityChance',
        'stabilityK',
        'sharedImages',
        'stabilityDelta',
        'fidelity',
        'fidelityTopBeatsRandom',
      ],
      facets: [...SETTING],
    },
    {
      kind: 'table',
      title: 'Trust figures per seed',
      description:
        "Each trial's LDS (mean over its test images with the 95% interval over them) and its leave-one-out fidelity check, beside its test accuracy.",
      table: 'trust-trials',
      columns: [
        'source',
        'training',
        'seed',
        'lds',
        'ldsModels',
        'fidelity',
        'fidelityTopBeatsRandom',
        'testAccuracy',
      ],
      facets: [...SETTING],
    },
    {
      kind: 'gallery',
      title: 'Most helpful and harmful training images',
      description:
        "One test image, then each source's most helpful and most harmful training images in rank order (the study's Figure 5); outlined: the test image's class. Score: positive = helpful (up-weighting the training image lowers the test image's loss); the study's scores are batch size × these.",
      table: 'gallery',
      image: 'trainImage',
      header: ['testImage', 'label'],
      // The prediction is one per source for a test image and seed: it heads the source's strips.
      group: ['source', 'predicted', 'direction'],
      mark: 'sameClass',
      caption: ['trainLabel', 'score', 'relative'],
      facets: [...SETTING, 'seed', 'testIndex'],
    },
    {
      kind: 'evidence',
      title: 'Training images behind the prediction',
      description: 'The most helpful and most harmful training image of the fine-tuned model, per source.',
      table: 'evidence',
      image: 'image',
      show: [
        'source',
        'training',
        'n',
        'depth',
        'seed',
        'predicted',
        'correct',
        'helpful',
        'helpfulLabel',
        'helpfulScore',
        'harmful',
        'harmfulLabel',
        'harmfulScore',
      ],
    },
  ],
};
