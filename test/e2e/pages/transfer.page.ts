import type { Download, Locator, Page } from '@playwright/test';
import { analysisUrl, type AnalysisParams } from './analysis.page';
import { DeclaredAnalysisPage } from './declared-analysis.page';
import { SeriesChart } from './series-chart';

/** The transfer analysis's series views, by the table each draws. */
export type TransferChart = 'accuracy' | 'deltas' | 'epochs';

/**
 * The transfer analysis's page (/analyses/transfer), drawn from its declared views. Selectors:
 * - the leaderboard `[data-testid="view-table"][data-view-table="leaderboard"]`: a wide table,
 *   each body row `[data-testid="output-row"]` with `data-model="<source>"`, each cell
 *   `td[data-column="<key>"]` where the keys are `rank`, `source`, `accuracy:<n>` (one per n),
 *   `efficiency`, `delta`, `pValue`; the chosen n's cells have the class `chosen`; the baseline's
 *   source cell holds `[data-testid="tag-baseline"]`; `input[data-testid="table-filter"]`;
 *   `a[data-testid="view-csv"]` (its rows as CSV);
 * - facet pickers `select[data-testid="facet-<column>"]` in each view (target, depth, lr, n; URL
 *   params of the same names), the baseline `select[data-testid="pick-baseline"]` (URL `baseline`);
 * - charts `[data-testid="view-series"][data-view-table="accuracy|deltas|epochs"]` (see SeriesChart).
 */
export class TransferPage extends DeclaredAnalysisPage {
  readonly leaderboard: Locator;
  readonly rows: Locator;
  readonly filter: Locator;
  readonly csvLink: Locator;
  readonly baseline: Locator;

  constructor(page: Page) {
    super(page);
    this.leaderboard = this.view('table', 'leaderboard');
    this.rows = this.leaderboard.getByTestId('output-row');
    this.filter = this.leaderboard.getByTestId('table-filter');
    this.csvLink = this.leaderboard.getByTestId('view-csv');
    this.baseline = page.getByTestId('pick-baseline');
  }

  async open(params: AnalysisParams = {}): Promise<void> {
    await this.page.goto(analysisUrl('/analyses/transfer', params));
  }

  row(source: string): Locator {
    return this.leaderboard.locator(
      `[data-testid="output-row"][data-model="${source.replace(/"/g, '\\"')}"]`,
    );
  }

  cell(source: string, column: string): Locator {
    return this.row(source).locator(`td[data-column="${column}"]`);
  }

  /** The leaderboard's sources in table order (after sorting and filtering). */
  async sources(): Promise<string[]> {
    await this.rows.first().waitFor();
    const rows = await this.rows.all();
    return Promise.all(rows.map(async (r) => (await r.getAttribute('data-model')) ?? ''));
  }

  /** A facet picker of one of the views (each view has its own; they share the URL). */
  leaderboardFacet(column: string): Locator {
    return this.facet(this.leaderboard, column);
  }

  chart(table: TransferChart): SeriesChart {
    return new SeriesChart(this.view('series', table).getByTestId(`view-series-${table}`));
  }

  /** Click the leaderboard's "Download CSV" and read the file the browser saves. */
  async downloadCsv(): Promise<{
    readonly fileName: string;
    readonly text: string;
    readonly download: Download;
  }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.csvLink.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8'), download };
  }
}
