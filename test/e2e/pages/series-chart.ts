import type { Locator } from '@playwright/test';

/** The dashboard's class-name slug of a series name (apps/dashboard/src/results/series-style.ts). */
export function bandSlug(source: string): string {
  const s = source
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'source';
}

/**
 * A chart with 95% bands (the dashboard's BandChart): each series' band is an SVG group
 * `g.recharts-area.band` that also has the class `band-<slug>`, its mean line
 * `g.recharts-line.mean.mean-<slug>`, and below the chart one `[data-testid="band-legend-item"]`
 * per series with `data-source="<name>"`.
 */
export class SeriesChart {
  constructor(readonly root: Locator) {}

  /** The SVG band areas drawn (one per series with an interval). */
  bands(): Locator {
    return this.root.locator('g.recharts-area.band');
  }

  /** Number of bands drawn; waits for the chart to render first. */
  async bandCount(): Promise<number> {
    await this.root.locator('svg.recharts-surface').first().waitFor();
    return this.bands().count();
  }

  /** The series the legend lists, in its order (sorted by name). */
  async bandSources(): Promise<string[]> {
    await this.root.locator('svg.recharts-surface').first().waitFor();
    const items = await this.root.getByTestId('band-legend-item').all();
    return Promise.all(items.map(async (i) => (await i.getAttribute('data-source')) ?? ''));
  }

  /** One series' band, by the class the page derives from its name. */
  band(source: string): Locator {
    return this.root.locator(`g.band.band-${bandSlug(source)}`);
  }

  /** The dashed zero line a chart draws when its values cross zero. */
  zeroLine(): Locator {
    return this.root.locator('.recharts-reference-line');
  }
}
