import type { Locator, Page } from '@playwright/test';
import { bandSlug } from './series-chart';
import { DeclaredAnalysisPage } from './declared-analysis.page';

export type CurveVariant = 'test' | 'train';

/**
 * The influence page (/analyses/influence), drawn from the analysis's declared views
 * (selectors as in DeclaredAnalysisPage):
 * - the summary: the table view of `summary`, rows `tr[data-testid="output-row"]`, cells `td[data-column]`;
 * - the curves: the two series views of `match-curves` (test or training images as targets), bands as on
 *   the compare page;
 * - the gallery view of `gallery`: the test image `[data-testid="gallery-header"]`, per source a
 *   `[data-testid="gallery-section"]` headed by `[data-column="source"][data-value]`, with strips
 *   `[data-testid="gallery-strip"][data-value="helpful|harmful"]` of `li[data-testid="gallery-item"]`;
 *   the test image's facet `select[data-testid="facet-testIndex"]` with `[data-testid="facet-testIndex-next"]`.
 */
export class InfluencePage extends DeclaredAnalysisPage {
  readonly summary: Locator;
  readonly summaryRows: Locator;
  readonly gallery: Locator;
  readonly testImage: Locator;
  readonly imageFacet: Locator;
  readonly next: Locator;
  readonly previous: Locator;

  constructor(page: Page) {
    super(page);
    this.summary = this.view('table', 'summary');
    this.summaryRows = this.summary.getByTestId('output-row');
    this.gallery = this.view('gallery', 'gallery');
    this.testImage = this.gallery.getByTestId('gallery-header').locator('img');
    this.imageFacet = this.facet(this.gallery, 'testIndex');
    this.next = this.gallery.getByTestId('facet-testIndex-next');
    this.previous = this.gallery.getByTestId('facet-testIndex-previous');
  }

  async open(runId?: string): Promise<void> {
    await this.goto('influence', runId);
  }

  summaryCell(source: string, column: string): Locator {
    return this.summaryRows
      .filter({ has: this.page.locator(`td[data-column="source"]`, { hasText: source }) })
      .locator(`td[data-column="${column}"]`);
  }

  curve(variant: CurveVariant): Locator {
    const heading = variant === 'test' ? /test images as targets/ : /training images as targets/;
    return this.view('series', 'match-curves').filter({
      has: this.page.getByRole('heading', { name: heading }),
    });
  }

  /** A source's 95% band in a curve chart: the SVG path of its range area. */
  band(variant: CurveVariant, source: string): Locator {
    return this.curve(variant).locator(`g.band.band-${bandSlug(source)} path.recharts-area-area`);
  }

  /** A source's strip of most helpful or most harmful training images in the gallery. */
  images(source: string, kind: 'helpful' | 'harmful'): Locator {
    return this.gallery
      .getByTestId('gallery-section')
      .filter({ has: this.page.locator(`[data-column="source"][data-value="${source}"]`) })
      .locator(`[data-testid="gallery-strip"][data-value="${kind}"]`)
      .getByTestId('gallery-item');
  }
}
