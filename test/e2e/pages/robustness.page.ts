import type { Locator, Page } from '@playwright/test';
import { AnalysisPage } from './analysis.page';
import { bandSlug } from './compare.page';

export type RobustnessPicker = 'run' | 'dataset' | 'norm' | 'eps' | 'attack';

/**
 * The robustness page (/robustness). Selectors (apps/dashboard/README.md, test hooks):
 * - the leaderboard `[data-testid="robustness-table"]`, rows `[data-testid="robustness-row"]`
 *   with `data-source`, cells `td[data-column="rank|source|clean|worst-case|manifest|passes|..."]`;
 * - the curves `[data-testid="robustness-curves"]`: per source a mean line
 *   `g.recharts-line.mean-<slug>` (its SVG path) and a legend item `[data-testid="band-legend-item"]`;
 * - the AUC table `[data-testid="robustness-auc"]` with rows `tr[data-source]`;
 * - pickers `pick-run|pick-dataset|pick-norm|pick-eps|pick-attack`.
 */
export class RobustnessPage extends AnalysisPage<RobustnessPicker> {
  readonly table: Locator;
  readonly rows: Locator;
  readonly curves: Locator;
  readonly aucRows: Locator;

  constructor(page: Page) {
    super(page, '/robustness');
    this.table = page.getByTestId('robustness-table');
    this.rows = this.table.getByTestId('robustness-row');
    this.curves = page.getByTestId('robustness-curves');
    this.aucRows = page.getByTestId('robustness-auc').locator('tbody tr[data-source]');
  }

  row(source: string): Locator {
    return this.table.locator(`[data-testid="robustness-row"][data-source="${source}"]`);
  }

  cell(source: string, column: string): Locator {
    return this.row(source).locator(`td[data-column="${column}"]`);
  }

  /** The sources of the leaderboard, in rank order. */
  async sources(): Promise<string[]> {
    await this.rows.first().waitFor();
    const rows = await this.rows.all();
    return Promise.all(rows.map(async (r) => (await r.getAttribute('data-source')) ?? ''));
  }

  /** A source's mean line in the curves chart: the SVG path Recharts draws for it. */
  curve(source: string): Locator {
    return this.curves.locator(`g.recharts-line.mean-${bandSlug(source)} path.recharts-curve`);
  }
}
