import { column, z } from '@transferlab/sdk';
import { DEGENERATE_SHARE } from './baselines';
import { completenessOf } from './completeness';
import type { SaliencyDetails } from './details';

const IG = 'integrated-gradients';
const pct = (x: number): string => `${(100 * x).toFixed(0)}%`;

/** Integrated gradients' columns of the alignment table: tolerance reached, steps, degenerate maps. */
export const igSummaryColumns = {
  igBaseline: column.dimension(z.string().nullable(), {
    label: 'IG baseline',
    description: 'integrated gradients: where the paths start (black, blur, uniform, mean or expected)',
  }),
  toleranceShare: column.measure({
    label: 'Within tolerance',
    format: 'share',
    description:
      "integrated gradients: share of images whose completeness error reached the run's igTolerance within igMaxSteps",
  }),
  tolerance: column.measure({
    label: 'Tolerance',
    format: 'share',
    description: 'integrated gradients: the completeness error each image was refined to (igTolerance)',
  }),
  notReached: column.measure({
    label: 'Short of tolerance',
    format: 'count',
    description: 'integrated gradients: images whose budget (igMaxSteps) ran out before the tolerance',
  }),
  medianSteps: column.measure({
    label: 'Median steps',
    format: 'count',
    description: 'integrated gradients: median over images of the intervals its paths took',
  }),
  degenerateShare: column.measure({
    label: 'Degenerate maps',
    format: 'share',
    description: `integrated gradients: share of images whose baseline equals the image on at least ${pct(DEGENERATE_SHARE)} of the background (there the map is zero by construction)`,
  }),
  igWarning: column.text({
    format: 'warning',
    label: 'IG warning',
    description:
      'integrated gradients: why the alignment may be high by construction (null: no degenerate map)',
  }),
};

/** One alignment row's integrated-gradients columns (all null for other methods and for older rows). */
export function igSummary(
  method: string,
  d: SaliencyDetails,
): z.output<z.ZodObject<typeof igSummaryColumns>> {
  const ig = method === IG ? d.ig : undefined;
  if (!ig)
    return {
      igBaseline: method === IG ? 'black' : null,
      toleranceShare: null,
      tolerance: null,
      notReached: null,
      medianSteps: null,
      degenerateShare: null,
      igWarning: null,
    };
  const c = completenessOf(d.completeness, ig.tolerance);
  const steps = [...ig.steps].sort((a, b) => a - b);
  const flagged = ig.warning.filter((w) => w !== null).length;
  const share = ig.warning.length > 0 ? flagged / ig.warning.length : null;
  return {
    igBaseline: ig.baseline,
    toleranceShare: c?.withinTolerance ?? null,
    tolerance: ig.tolerance,
    notReached: c?.notReached ?? null,
    medianSteps: steps.length > 0 ? steps[Math.floor((steps.length - 1) / 2)]! : null,
    degenerateShare: share,
    igWarning:
      flagged > 0
        ? `${flagged} of ${ig.warning.length} maps degenerate: the ${ig.baseline} baseline equals the image on at least ${pct(DEGENERATE_SHARE)} of the background, where integrated gradients are zero by construction, so the alignment is high by construction; compare sources with another baseline or method`
        : null,
  };
}

/** Integrated gradients' per-image columns of the evidence table. */
export const igEvidenceColumns = {
  igSteps: column.measure({
    label: 'IG steps',
    format: 'count',
    description:
      "integrated gradients: intervals this image's paths took to reach the tolerance (or the budget)",
  }),
  igPinnedShare: column.measure({
    label: 'IG pinned background',
    format: 'share',
    description:
      'integrated gradients: share of the background where the baseline equals the image (zero attribution by construction)',
  }),
  igWarning: column.text({
    format: 'warning',
    label: 'IG warning',
    description: 'integrated gradients: set when the map is degenerate on this image',
  }),
};

export function igEvidence(d: SaliencyDetails, i: number): z.output<z.ZodObject<typeof igEvidenceColumns>> {
  return {
    igSteps: d.ig?.steps[i] ?? null,
    igPinnedShare: d.ig?.pinnedShare[i] ?? null,
    igWarning: d.ig?.warning[i] ?? null,
  };
}

/** The warning of one kept map (integrated gradients only). */
export const igMapWarning = (kind: string, d: SaliencyDetails, at: number): string | null =>
  kind === IG ? (d.ig?.warning[at] ?? null) : null;
