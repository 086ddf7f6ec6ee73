import type { Locator, Page } from '@playwright/test';

/** /runs/<id>: live progress, trial counts by status, failures, cancel, links to results. */
export class RunPage {
  readonly runId: Locator;
  readonly progress: Locator;
  readonly status: Locator;
  readonly finishedCount: Locator;
  readonly cancel: Locator;
  readonly failures: Locator;
  /** A link named Leaderboard: no run page has one now (the transfer page is the analysis's page). */
  readonly leaderboardLink: Locator;
  /** Every run's link to its analysis's page (/analyses/<name>?run=<id>). */
  readonly analysisLink: Locator;
  readonly loadError: Locator;

  constructor(readonly page: Page) {
    this.runId = page.getByTestId('run-id');
    this.progress = page.getByRole('progressbar', { name: 'Run progress' });
    this.status = page.getByRole('region', { name: /^Progress/ }).locator('[data-status]');
    this.finishedCount = page.getByTestId('run-finished-count');
    this.cancel = page.getByRole('button', { name: 'Cancel run' });
    this.failures = page.getByRole('region', { name: /^Failures/ }).locator('li');
    // Inside the progress panel: the nav bar has links of the same names, and a click before the
    // run has loaded would otherwise land on those.
    const progress = page.getByRole('region', { name: /^Progress/ });
    this.leaderboardLink = progress.getByRole('link', { name: 'Leaderboard', exact: true });
    this.analysisLink = progress.getByTestId('run-analysis-page');
    this.loadError = page.getByRole('alert').filter({ hasText: /Cannot load run/ });
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/runs/${encodeURIComponent(id)}`);
  }

  /** The number shown for a trial status (queued, running, completed, failed, cancelled). */
  count(status: 'queued' | 'running' | 'completed' | 'failed' | 'cancelled'): Locator {
    return this.page.locator(`dl[aria-label="Trials by status"] [data-trial-status="${status}"] dd`);
  }

  /** The run id in the page's URL. */
  idFromUrl(): string {
    const m = /\/runs\/([^/?#]+)/.exec(this.page.url());
    if (!m) throw new Error(`not a run page: ${this.page.url()}`);
    return decodeURIComponent(m[1]!);
  }
}
