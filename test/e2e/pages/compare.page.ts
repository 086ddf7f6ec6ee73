import type { Locator, Page } from '@playwright/test';
import { AnalysisPage, type PickerName } from './analysis.page';

export type ChartId = 'accuracy-vs-n' | 'delta-vs-n' | 'accuracy-vs-epochs';

/**
 * The compare page (/compare). Selectors:
 * - charts `[data-testid="accuracy-vs-n"]` (Figure 1a), `[data-testid="delta-vs-n"]` (1b),
 *   `[data-testid="accuracy-vs-epochs"]` (Figure 2);
 * - inside a chart, each source's 95% band is an SVG group `g.recharts-area.band` that also has
 *   the class `band-<slug>` (slug: the source name lower-cased, runs of other characters as '-');
 *   its mean line is `g.recharts-line.mean.mean-<slug>`;
 * - below each chart, one legend item per band: `[data-testid="band-legend-item"]` with
 *   `data-source="<source name>"`;
 * - pickers as on the leaderboard (`pick-run`, `pick-target`, `pick-depth`, `pick-baseline`),
 *   plus `pick-epoch-n` for the epochs chart's budget (URL param `n`);
 * - `[data-testid="delta-empty"]` / `[data-testid="epochs-empty"]` when a chart has nothing to show;
 *   page states `[data-testid="state-loading|state-error|state-empty"]`.
 */
export class ComparePage extends AnalysisPage<PickerName | 'epoch-n'> {
  readonly accuracyVsN: Locator;

  constructor(page: Page) {
    super(page, '/compare');
    this.accuracyVsN = page.getByTestId('accuracy-vs-n');
  }

  chart(id: ChartId = 'accuracy-vs-n'): Locator {
    return this.page.getByTestId(id);
  }

  /** The SVG band areas drawn in a chart (one per source). */
  bands(id: ChartId = 'accuracy-vs-n'): Locator {
    return this.chart(id).locator('g.recharts-area.band');
  }

  /** Number of 95% bands drawn in a chart; waits for the chart to render first. */
  async bandCount(id: ChartId = 'accuracy-vs-n'): Promise<number> {
    await this.chart(id).locator('svg.recharts-surface').first().waitFor();
    return this.bands(id).count();
  }

  /** The sources that have a band in a chart, from its legend, in legend order (sorted by name). */
  async bandSources(id: ChartId = 'accuracy-vs-n'): Promise<string[]> {
    await this.chart(id).locator('svg.recharts-surface').first().waitFor();
    const items = await this.chart(id).getByTestId('band-legend-item').all();
    return Promise.all(items.map(async (i) => (await i.getAttribute('data-source')) ?? ''));
  }

  /** A source's band in a chart, by the class the page derives from its name. */
  band(source: string, id: ChartId = 'accuracy-vs-n'): Locator {
    return this.chart(id).locator(`g.band.band-${bandSlug(source)}`);
  }
}

/** The page's class-name slug of a source (apps/dashboard/src/results/series-style.ts). */
export function bandSlug(source: string): string {
  const s = source
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'source';
}
