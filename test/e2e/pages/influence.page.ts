import type { Locator, Page } from '@playwright/test';
import { AnalysisPage } from './analysis.page';
import { bandSlug } from './compare.page';

export type InfluencePicker = 'run' | 'target' | 'depth' | 'n' | 'baseline';
export type CurveVariant = 'test' | 'train';

/**
 * The influence page (/influence). Selectors (apps/dashboard/README.md, test hooks):
 * - the summary `[data-testid="influence-summary"]` with rows `tr[data-source]`, cells
 *   `td[data-column="top1Match|top5AtLeast3|trainTop1Match|trainTop5AtLeast3|solver"]`;
 *   the deltas `[data-testid="influence-deltas"]`;
 * - the curves `[data-testid="influence-curve-test|influence-curve-train"]`, bands as on the compare page;
 * - the gallery `[data-testid="influence-gallery"]`: the test image `[data-testid="influence-test-image"]`,
 *   per source `[data-testid="influence-source"][data-source]` with `ol[data-testid="influence-helpful|influence-harmful"]`
 *   of `li[data-index]`; the chooser's field `[data-testid="pick-image"]`, buttons "Previous" / "Next".
 */
export class InfluencePage extends AnalysisPage<InfluencePicker> {
  readonly summaryRows: Locator;
  readonly gallery: Locator;
  readonly testImage: Locator;
  readonly imageField: Locator;
  readonly next: Locator;
  readonly previous: Locator;

  constructor(page: Page) {
    super(page, '/influence');
    this.summaryRows = page.getByTestId('influence-summary').locator('tbody tr[data-source]');
    this.gallery = page.getByTestId('influence-gallery');
    this.testImage = this.gallery.getByTestId('influence-test-image').locator('img');
    this.imageField = page.getByTestId('pick-image');
    this.next = page.getByRole('button', { name: 'Next →' });
    this.previous = page.getByRole('button', { name: '← Previous' });
  }

  summaryCell(source: string, column: string): Locator {
    return this.summaryRows
      .and(this.page.locator(`[data-source="${source}"]`))
      .locator(`td[data-column="${column}"]`);
  }

  curve(variant: CurveVariant): Locator {
    return this.page.getByTestId(`influence-curve-${variant}`);
  }

  /** A source's 95% band in a curve chart: the SVG path of its range area. */
  band(variant: CurveVariant, source: string): Locator {
    return this.curve(variant).locator(`g.band.band-${bandSlug(source)} path.recharts-area-area`);
  }

  /** A source's row of most helpful or most harmful training images in the gallery. */
  images(source: string, kind: 'helpful' | 'harmful'): Locator {
    return this.gallery
      .locator(`[data-testid="influence-source"][data-source="${source}"]`)
      .getByTestId(`influence-${kind}`)
      .locator('li[data-index]');
  }
}
