import type { AnalysisOutputs } from '@transferlab/sdk';
import { alignmentTable } from './outputs-alignment';
import { deltasTable, figureDeltasTable } from './outputs-deltas';
import { disagreementTable } from './outputs-disagreement';
import { evidenceTable } from './outputs-evidence';
import { mapsTable } from './outputs-maps';
import {
  deletionCurveTable,
  faithfulnessTable,
  localisationTable,
  randomisationTable,
  sanityTable,
} from './outputs-sanity';
import { saliencyOptions } from './outputs-trials';

/**
 * What a saliency run produces: alignment per source, deltas against the baseline, heat maps,
 * disagreements, per-image evidence. The heat maps have no declared page view: the dashboard's
 * saliency view lays each over its image, a column per source (the study's Figure 4).
 */
export const saliencyOutputs: AnalysisOutputs = {
  tables: {
    alignment: alignmentTable,
    deltas: deltasTable,
    maps: mapsTable,
    disagreement: disagreementTable,
    evidence: evidenceTable,
    sanity: sanityTable,
    randomisation: randomisationTable,
    localisation: localisationTable,
    faithfulness: faithfulnessTable,
    'deletion-curve': deletionCurveTable,
    'figure-deltas': figureDeltasTable,
  },
  summary: 'alignment',
  options: saliencyOptions,
  views: [
    {
      kind: 'table',
      title: 'Alignment per source',
      description:
        "Share of absolute saliency on the object over its area share (1 = chance). Integrated gradients: the share of images whose completeness error reached the run's tolerance, the steps they took, and a warning where maps are degenerate (the baseline equals the image on most of the background, as black does on a dark background: the map is zero there, so the alignment is high by construction and does not compare sources).",
      table: 'alignment',
      rank: { by: 'alignment', order: 'desc' },
      facets: ['dataset', 'setting', 'method'],
    },
    {
      kind: 'table',
      title: 'Alignment minus the baseline',
      table: 'deltas',
      rank: { by: 'delta', order: 'desc' },
      facets: ['dataset', 'setting', 'method'],
    },
    {
      kind: 'table',
      title: 'Sanity check: do the maps depend on the model?',
      description:
        'Cascading model-parameter randomisation (Adebayo et al. 2018): a method fails (flagged) when its maps stay similar to the original ones (mean rank correlation above 0.5) after the final layer and the last block are re-drawn.',
      table: 'sanity',
      rank: { by: 'correlation', order: 'asc' },
      facets: ['dataset', 'setting', 'method'],
    },
    {
      kind: 'series',
      title: 'Rank correlation as layers are re-drawn from the top',
      description:
        'Step 1 re-draws the final layer, each further step one more block, the last every layer; a sane map falls towards 0.',
      table: 'randomisation',
      x: 'step',
      y: 'correlation',
      series: 'source',
      facets: ['dataset', 'setting', 'method'],
    },
    {
      kind: 'table',
      title: 'Localisation on the object',
      description:
        'Pointing game, relevance mass and rank accuracy (higher is better); a map blind to the object scores about the object area.',
      table: 'localisation',
      rank: { by: 'rankAccuracy', order: 'desc' },
      facets: ['dataset', 'setting', 'method'],
    },
    {
      kind: 'table',
      title: 'Faithfulness: deletion',
      description:
        "Area under the label's probability as the most salient pixels are set to black (lower = more faithful), against a random order.",
      table: 'faithfulness',
      rank: { by: 'deletionAuc', order: 'asc' },
      facets: ['dataset', 'setting', 'method'],
    },
    {
      kind: 'series',
      title: 'Deletion and insertion curves',
      description:
        "Probability of the label vs share of pixels deleted (or put back on a black image), in each method's order and a random one.",
      table: 'deletion-curve',
      x: 'deleted',
      y: 'probability',
      series: 'order',
      facets: ['dataset', 'setting', 'source', 'curve'],
    },
    {
      kind: 'table',
      title: 'Localisation, faithfulness and sanity minus the baseline',
      description:
        "Paired by test image; the interval is the differences' own 95% interval, in the figure's unit.",
      table: 'figure-deltas',
      rank: { by: 'delta', order: 'desc' },
      facets: ['dataset', 'setting', 'method', 'figure'],
    },
    {
      kind: 'table',
      title: 'Where sources and the baseline disagree most',
      description:
        "Images where a source's alignment differs most from the baseline source's (the natural one unless options.baseline names another), every source together.",
      table: 'disagreement',
      rank: { by: 'gap', order: 'desc' },
      facets: ['dataset', 'setting', 'method'],
    },
    {
      kind: 'evidence',
      title: 'Saliency',
      table: 'evidence',
      image: 'image',
      show: [
        'source',
        'training',
        'setting',
        'predicted',
        'gradientAlignment',
        'smoothgradAlignment',
        'igAlignment',
        'igCompleteness',
        'igSteps',
        'igWarning',
      ],
      facets: ['dataset', 'source'],
    },
    {
      kind: 'evidence',
      title: 'Saliency heat maps',
      table: 'maps',
      image: 'image',
      show: ['source', 'kind', 'heatmap', 'score', 'warning'],
      facets: ['dataset', 'kind', 'source'],
      // Maps are kept for the first images of a subset only: the per-example page asks for the rest.
      onRequest: {
        label: 'Compute heat maps',
        params: { dataset: 'datasets', index: 'indices', sources: 'sources' },
        maxSources: 64,
        reset: ['images', 'indices', 'maps', 'datasets', 'views'],
        set: { maps: 1 },
      },
    },
  ],
};
