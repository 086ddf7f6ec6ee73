import type { Locator, Page } from '@playwright/test';

/** The dashboard's home page: robust minus natural per target, the latest runs, and a link per analysis. */
export class HomePage {
  /** The headline: per target, each source minus the baseline. */
  readonly headline: Locator;
  readonly latestRuns: Locator;
  readonly analysisLinks: Locator;

  constructor(readonly page: Page) {
    this.headline = page.getByTestId('headline');
    this.latestRuns = page.getByTestId('latest-runs');
    this.analysisLinks = page.getByTestId('home-analyses');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  /** A run's row in the latest runs. */
  run(runId: string): Locator {
    return this.latestRuns.locator(`tr[data-run="${runId}"]`);
  }

  /** A target's headline table. */
  target(name: string): Locator {
    return this.headline.getByRole('region', { name: `Target ${name}` });
  }

  /** A source's delta at one number of training images, in a target's headline. */
  delta(target: string, source: string, n: number): Locator {
    return this.target(target).locator(`tr[data-source="${source}"]`).getByTestId(`delta-n-${n}`);
  }

  analysisLink(name: string): Locator {
    return this.analysisLinks.locator(`[data-analysis="${name}"]`).getByRole('link');
  }
}
