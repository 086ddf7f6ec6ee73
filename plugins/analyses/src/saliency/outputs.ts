import type { AnalysisOutputs } from '@transferlab/sdk';
import { alignmentTable } from './outputs-alignment';
import { deltasTable } from './outputs-deltas';
import { disagreementTable } from './outputs-disagreement';
import { evidenceTable } from './outputs-evidence';
import { mapsTable } from './outputs-maps';
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
  },
  summary: 'alignment',
  options: saliencyOptions,
  views: [
    {
      kind: 'table',
      title: 'Alignment per source',
      description: 'Share of absolute saliency on the object over its area share (1 = chance).',
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
      ],
      facets: ['dataset', 'source'],
    },
    {
      kind: 'evidence',
      title: 'Saliency heat maps',
      table: 'maps',
      image: 'image',
      show: ['source', 'kind', 'heatmap', 'score'],
      facets: ['dataset', 'kind', 'source'],
    },
  ],
};
