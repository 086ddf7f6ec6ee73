import type { Download, Locator, Page } from '@playwright/test';

/** The leaderboard's URL search params; every one is optional (the page picks defaults). */
export interface AnalysisParams {
  readonly run?: string;
  readonly target?: string;
  /** A depth number, or 'all' for results without a numeric depth. */
  readonly depth?: string | number;
  /** Data budget: the leaderboard ranks at it; the compare page's epochs chart uses it. */
  readonly n?: number;
  readonly baseline?: string;
}

export function analysisUrl(path: string, params: AnalysisParams): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The pickers both analysis pages share (data-testid="pick-<name>"). */
export type PickerName = 'run' | 'target' | 'depth' | 'n' | 'baseline';

/**
 * The leaderboard page (/leaderboard). Selectors:
 * - table `[data-testid="leaderboard-table"]`; each body row `[data-testid="leaderboard-row"]`
 *   with `data-source="<source name>"`; each cell `td[data-column="<column id>"]` where the ids
 *   are `rank`, `source`, `accuracy-<n>`, `efficiency`, `delta`, `pValue`;
 * - pickers `select[data-testid="pick-run|pick-target|pick-depth|pick-n|pick-baseline"]`;
 * - filter `input[data-testid="leaderboard-filter"]`; CSV link `a[data-testid="leaderboard-csv"]`;
 * - states `[data-testid="state-loading|state-error|state-empty"]`.
 */
export class LeaderboardPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly filter: Locator;
  readonly csvLink: Locator;
  readonly loading: Locator;
  readonly error: Locator;
  readonly empty: Locator;
  readonly retry: Locator;
  readonly live: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('leaderboard-table');
    this.rows = page.getByTestId('leaderboard-row');
    this.filter = page.getByTestId('leaderboard-filter');
    this.csvLink = page.getByTestId('leaderboard-csv');
    this.loading = page.getByTestId('state-loading');
    this.error = page.getByTestId('state-error');
    this.empty = page.getByTestId('state-empty');
    this.retry = page.getByRole('button', { name: 'Try again' });
    this.live = page.getByTestId('run-live');
  }

  async goto(params: AnalysisParams = {}): Promise<void> {
    await this.page.goto(analysisUrl('/leaderboard', params));
  }

  picker(name: PickerName): Locator {
    return this.page.getByTestId(`pick-${name}`);
  }

  /** Choose a value in a picker; the page writes it (and the other choices) into the URL. */
  async pick(name: PickerName, value: string | number): Promise<void> {
    await this.picker(name).selectOption(String(value));
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
