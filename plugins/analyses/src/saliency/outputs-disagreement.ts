import { column, defineTable, z } from '@transferlab/sdk';
import { decodedTrials, groupBaseline, methodGroups, type SaliencyTableInput } from './outputs-trials';

const disagreementRow = z.object({
  dataset: column.dimension(z.string(), { label: 'Dataset' }),
  setting: column.dimension(z.string(), { label: 'Model' }),
  method: column.dimension(z.string(), { label: 'Method' }),
  source: column.model({ label: 'Source' }),
  baseline: column.model({ label: 'Baseline' }),
  image: column.image({ label: 'Image' }),
  label: column.dimension(z.number(), { label: 'Label' }),
  ratio: column.measure({ label: 'Alignment', description: "the source's alignment ratio on the image" }),
  baselineRatio: column.measure({ label: 'Baseline alignment' }),
  difference: column.measure({ label: 'Δ', description: 'source minus baseline alignment' }),
  gap: column.measure({ label: '|Δ|', description: 'how far apart the two are, either way' }),
  predicted: column.dimension(z.number(), { label: 'Predicted' }),
  baselinePredicted: column.dimension(z.number(), { label: 'Baseline predicted' }),
});
type DisagreementRow = z.output<typeof disagreementRow>;

/**
 * Every image where a source and the baseline both have an alignment score, per dataset,
 * setting and method, the largest |Δ| first (ties keep source then subset order); a client takes the first rows of its dataset and method.
 */
export const disagreementTable = defineTable({
  description:
    "Images where a source's alignment differs most from the baseline source's (options.baseline, else the natural one by training.kind), largest difference first, per dataset, setting and method.",
  row: disagreementRow,
  rows: (input: SaliencyTableInput) => {
    const all = decodedTrials(input.rows);
    return methodGroups(all).flatMap((g) => {
      const base = groupBaseline(g.trials, all, input);
      if (!base) return [];
      const b = base.details;
      const baseAt = new Map(b.indices.map((index, j) => [index, j]));
      const baseRatios = b.ratio[g.method] ?? [];
      const out: DisagreementRow[] = [];
      for (const t of g.trials) {
        if (t === base) continue;
        const d = t.details;
        const ratios = d.ratio[g.method] ?? [];
        d.indices.forEach((index, i) => {
          const j = baseAt.get(index);
          const r = ratios[i];
          const br = j === undefined ? undefined : baseRatios[j];
          if (typeof r !== 'number' || typeof br !== 'number') return;
          out.push({
            dataset: g.dataset,
            setting: g.setting,
            method: g.method,
            source: t.source,
            baseline: base.source,
            image: { dataset: t.images, split: 'test', index },
            label: d.labels[i] ?? -1,
            ratio: r,
            baselineRatio: br,
            difference: r - br,
            gap: Math.abs(r - br),
            predicted: d.predicted[i] ?? -1,
            baselinePredicted: b.predicted[j!] ?? -1,
          });
        });
      }
      // Array.prototype.sort is stable: equal gaps keep source, then subset order.
      return out.sort((x, y) => (y.gap ?? 0) - (x.gap ?? 0));
    });
  },
});
