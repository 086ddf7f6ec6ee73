import type { Locator, Page } from '@playwright/test';
import { DeclaredAnalysisPage } from './declared-analysis.page';
import { bandSlug, SeriesChart } from './series-chart';

/** The facet pickers of the robustness page's views (a choice is kept in the URL under the column). */
export type RobustnessFacet = 'dataset' | 'norm' | 'eps' | 'attack' | 'source';

/**
 * The robustness analysis's page (/analyses/robustness), drawn from its declared views:
 * - the leaderboard `[data-testid="view-table"][data-view-table="board"]`: rows
 *   `[data-testid="output-row"]` with `data-model="<source>"`, cells
 *   `td[data-column="rank|source|training|clean|robust|manifest|flags|..."]`, a failed check's
 *   mark `[data-testid="cell-warning"]`;
 * - the curves `[data-testid="view-series"][data-view-table="curves"]` (see SeriesChart): per
 *   source a mean line `g.recharts-line.mean-<slug>` and a 95% band `g.band.band-<slug>`;
 * - the area under the curves and the failed checks: table views of `auc` and `flags`;
 * - the run picker `pick-run`, and facet pickers `select[data-testid="facet-<column>"]` per view.
 */
export class RobustnessPage extends DeclaredAnalysisPage {
  readonly runPicker: Locator;
  readonly board: Locator;
  readonly rows: Locator;
  readonly curves: SeriesChart;
  readonly aucRows: Locator;
  readonly flags: Locator;

  constructor(page: Page) {
    super(page);
    this.runPicker = page.getByTestId('pick-run');
    this.board = this.view('table', 'board');
    this.rows = this.board.getByTestId('output-row');
    this.curves = new SeriesChart(this.view('series', 'curves'));
    this.aucRows = this.view('table', 'auc').getByTestId('output-row');
    this.flags = this.view('table', 'flags');
  }

  async open(runId?: string): Promise<void> {
    await this.goto('robustness', runId);
  }

  /** A facet picker of a view (the leaderboard's by default; views on the same column move together). */
  picker(column: RobustnessFacet, view: Locator = this.board): Locator {
    return this.facet(view, column);
  }

  row(source: string): Locator {
    return this.board.locator(`[data-testid="output-row"][data-model="${source.replace(/"/g, '\\"')}"]`);
  }

  cell(source: string, column: string): Locator {
    return this.row(source).locator(`td[data-column="${column}"]`);
  }

  /** The leaderboard's sources, in rank order. */
  async sources(): Promise<string[]> {
    await this.rows.first().waitFor();
    const rows = await this.rows.all();
    return Promise.all(rows.map(async (r) => (await r.getAttribute('data-model')) ?? ''));
  }

  /** A source's mean line in the curves chart: the SVG path Recharts draws for it. */
  curve(source: string): Locator {
    return this.curves.root.locator(`g.recharts-line.mean-${bandSlug(source)} path.recharts-curve`);
  }
}
