import { column, defineTable, z } from '@transferlab/sdk';
import { byText } from '../shared';
import { igMapWarning } from './outputs-ig';
import { decodedTrials, methodOfKind, type SaliencyTableInput } from './outputs-trials';

/** A stored heat map (base64 PNG, as `heatmapPng` made it in the trial) as a picture cell. */
export const pictureOf = (png: string): string => `data:image/png;base64,${png}`;

const mapRow = z.object({
  dataset: column.dimension(z.string(), { label: 'Dataset' }),
  setting: column.dimension(z.string(), { label: 'Model' }),
  kind: column.dimension(z.string(), {
    label: 'Map',
    description: 'gradient (|∇|), gradient-signed, smoothgrad or integrated-gradients',
  }),
  source: column.model({ label: 'Source' }),
  index: column.dimension(z.number(), { label: 'Test index', format: 'count' }),
  image: column.image({ label: 'Image' }),
  label: column.dimension(z.number(), { label: 'Label', format: 'class' }),
  predicted: column.dimension(z.number(), {
    label: 'Predicted',
    format: 'class',
    description: "the mapped model's class",
  }),
  heatmap: column.picture({
    label: 'Heat map',
    description: 'RGBA PNG to lay over the image: hot colours by |saliency|, or red/blue by sign',
  }),
  score: column.measure({
    label: 'Alignment',
    description: "this image's alignment ratio for the map's method (1 = chance)",
  }),
  warning: column.text({
    label: 'Warning',
    format: 'warning',
    description:
      'integrated gradients: set when the baseline equals the image on most of the background, so the map is zero there and the score high by construction',
  }),
});
type MapRow = z.output<typeof mapRow>;

/**
 * One row per kept heat map (the first `maps` images of each trial's subset), ordered like the
 * grid: per dataset, setting and kind, image by image in subset order, a row per source. Every
 * row carries a PNG, so a client filters by dataset, kind, source or index before paging.
 */
export const mapsTable = defineTable({
  description:
    "Heat maps kept for the first images of each subset: a row per dataset, image, source and map kind, with the image's alignment score.",
  row: mapRow,
  rows: ({ rows }: SaliencyTableInput) => {
    const keyed: { key: readonly [string, string, string, number, string]; row: MapRow }[] = [];
    for (const t of decodedTrials(rows)) {
      const d = t.details;
      for (const [kind, pngs] of Object.entries(d.maps)) {
        const ratios = d.ratio[methodOfKind(kind)] ?? [];
        pngs.forEach((png, at) => {
          const index = d.indices[at];
          if (index === undefined || typeof png !== 'string' || png.length === 0) return;
          keyed.push({
            key: [t.dataset, t.setting, kind, at, t.source],
            row: {
              dataset: t.dataset,
              setting: t.setting,
              kind,
              source: t.source,
              index,
              image: { dataset: t.images, split: 'test', index },
              label: d.labels[at] ?? -1,
              predicted: d.predicted[at] ?? -1,
              heatmap: pictureOf(png),
              score: ratios[at] ?? null,
              warning: igMapWarning(kind, d, at),
            },
          });
        });
      }
    }
    keyed.sort(
      ({ key: a }, { key: b }) =>
        byText(a[0], b[0]) || byText(a[1], b[1]) || byText(a[2], b[2]) || a[3] - b[3] || byText(a[4], b[4]),
    );
    return keyed.map((k) => k.row);
  },
});
