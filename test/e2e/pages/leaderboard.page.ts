import type { Download, Locator, Page } from '@playwright/test';
import { AnalysisPage } from './analysis.page';

/**
 * The leaderboard page (/leaderboard). Selectors:
 * - table `[data-testid="leaderboard-table"]`; each body row `[data-testid="leaderboard-row"]`
 *   with `data-source="<source name>"`; each cell `td[data-column="<column id>"]` where the ids
 *   are `rank`, `source`, `accuracy-<n>`, `efficiency`, `delta`, `pValue`;
 * - pickers `select[data-testid="pick-run|pick-target|pick-depth|pick-n|pick-baseline"]`;
 * - filter `input[data-testid="leaderboard-filter"]`; CSV link `a[data-testid="leaderboard-csv"]`;
 * - states `[data-testid="state-loading|state-error|state-empty"]`.
 */
export class LeaderboardPage extends AnalysisPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly filter: Locator;
  readonly csvLink: Locator;
  readonly live: Locator;

  constructor(page: Page) {
    super(page, '/leaderboard');
    this.table = page.getByTestId('leaderboard-table');
    this.rows = page.getByTestId('leaderboard-row');
    this.filter = page.getByTestId('leaderboard-filter');
    this.csvLink = page.getByTestId('leaderboard-csv');
    this.live = page.getByTestId('run-live');
  }

  row(source: string): Locator {
    return this.page.locator(`[data-testid="leaderboard-row"][data-source="${source.replace(/"/g, '\\"')}"]`);
  }

  cell(source: string, column: string): Locator {
    return this.row(source).locator(`td[data-column="${column}"]`);
  }

  /** Source names in table order (after sorting and filtering). */
  async sources(): Promise<string[]> {
    await this.table.waitFor();
    const rows = await this.rows.all();
    return Promise.all(rows.map(async (r) => (await r.getAttribute('data-source')) ?? ''));
  }

  /** Click a column header to sort by it (again to reverse). `name` is its visible text, e.g. 'Rank', 'n = 50'. */
  async sortBy(name: string): Promise<void> {
    await this.table.locator('thead th button').filter({ hasText: name }).first().click();
  }

  /** Click "Download CSV" and read the file the browser saves. */
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
