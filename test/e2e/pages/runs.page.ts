import type { Locator, Page } from '@playwright/test';

/** /runs: the runs, newest first, a page at a time. */
export class RunsPage {
  readonly table: Locator;
  readonly empty: Locator;
  readonly loading: Locator;
  readonly loadError: Locator;
  readonly retry: Locator;
  readonly newRun: Locator;
  readonly older: Locator;
  readonly newer: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('region', { name: 'Runs' }).getByRole('table');
    this.empty = page.getByText('No runs yet.');
    this.loading = page.getByRole('status').filter({ hasText: 'Loading the runs' });
    this.loadError = page.getByRole('alert').filter({ hasText: 'Cannot load the runs' });
    this.retry = page.getByRole('button', { name: 'Try again' });
    this.newRun = page.getByRole('link', { name: 'New run' });
    this.older = page.getByRole('button', { name: /Older/ });
    this.newer = page.getByRole('button', { name: /Newer/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/runs');
  }

  row(runId: string): Locator {
    return this.page.locator(`tr[data-run="${runId}"]`);
  }
}
