import type { Locator, Page } from '@playwright/test';

/**
 * Any analysis's page at /analyses/<name>, drawn from its declared views: each view is a panel
 * `[data-testid="view-<kind>"][data-view-table="<table>"]`, facet pickers are
 * `select[data-testid="facet-<column>"]`, and each table's CSV is linked under "Tables".
 */
export class DeclaredAnalysisPage {
  readonly title: Locator;
  readonly downloads: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('analysis-title');
    this.downloads = page.getByTestId('table-downloads');
  }

  async goto(analysis: string, runId?: string): Promise<void> {
    await this.page.goto(
      `/analyses/${encodeURIComponent(analysis)}${runId ? `?run=${encodeURIComponent(runId)}` : ''}`,
    );
  }

  view(kind: 'table' | 'series' | 'gallery' | 'evidence', table: string): Locator {
    return this.page.locator(`[data-testid="view-${kind}"][data-view-table="${table}"]`);
  }

  facet(view: Locator, column: string): Locator {
    return view.getByTestId(`facet-${column}`);
  }
}
