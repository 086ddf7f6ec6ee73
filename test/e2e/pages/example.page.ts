import type { Locator, Page } from '@playwright/test';

/**
 * The per-example pages, drawn from every analysis's declared evidence views:
 * - `/examples/<dataset>/<index>?runs=<ids>&split=<split>`: a block per run and evidence view
 *   `[data-testid="example-evidence"][data-analysis][data-view="<view title>"][data-run]`, rows
 *   `tr[data-model="<model id>"]` where the view has a model column, cells `td[data-column]`,
 *   the model's training `[data-testid="model-training"]`;
 * - coverage `[data-testid="coverage-run"][data-run][data-state]`, side by side
 *   `[data-testid="compare-line"][data-run][data-view]` with `td[data-model]` cells, heat maps laid
 *   over the image `[data-testid="example-picture"]`, the on-request button `compute-on-request` (a view whose analysis computes it for one image);
 * - `/examples?runs=<ids>`: the index, `li[data-testid="example-image"][data-dataset][data-split][data-index]`
 *   each with `a[data-testid="example-image-link"]`, pickers `pick-example-dataset|pick-example-split`.
 */
export class ExamplePage {
  readonly evidence: Locator;
  readonly images: Locator;

  constructor(readonly page: Page) {
    this.evidence = page.getByTestId('example-evidence');
    this.images = page.getByTestId('example-image');
  }

  async open(
    dataset: string,
    index: number | string,
    runIds: readonly string[],
    split = 'test',
  ): Promise<void> {
    const q = new URLSearchParams({ runs: runIds.join(','), split });
    await this.page.goto(`/examples/${encodeURIComponent(dataset)}/${index}?${q.toString()}`);
  }

  async openIndex(runIds: readonly string[]): Promise<void> {
    await this.page.goto(`/examples?${new URLSearchParams({ runs: runIds.join(',') }).toString()}`);
  }

  /** The evidence blocks of one analysis's run (every view it declares that holds the image). */
  blocks(analysis: string, runId: string): Locator {
    return this.page.locator(
      `[data-testid="example-evidence"][data-analysis="${analysis}"][data-run="${runId}"]`,
    );
  }

  /** One evidence view's block, by its title. */
  block(analysis: string, runId: string, view: string): Locator {
    return this.blocks(analysis, runId).and(this.page.locator(`[data-view="${view}"]`));
  }

  /** A view's rows about one model. */
  rows(block: Locator, model: string): Locator {
    return block.locator(`tr[data-model="${model}"]`);
  }

  /** The coverage list's entry of one run: `data-state` full, partial, none or problem, its notes. */
  coverageRun(runId: string): Locator {
    return this.page.locator(`[data-testid="coverage-run"][data-run="${runId}"]`);
  }

  /** The side-by-side line of one run's evidence view, a cell per model `td[data-model]`. */
  compareLine(runId: string, view: string): Locator {
    return this.page.locator(`[data-testid="compare-line"][data-run="${runId}"][data-view="${view}"]`);
  }

  /** The side-by-side column heads, one per model, in their order. */
  get compareModels(): Locator {
    return this.page.getByTestId('compare-model');
  }

  /** The button that computes the heat maps of an image without a stored one, and the run it started. */
  get computeMaps(): Locator {
    return this.page.getByTestId('compute-on-request');
  }

  get computeMapsRun(): Locator {
    return this.page.getByTestId('compute-run');
  }

  /** An image of the index. */
  image(dataset: string, split: string, index: number | string): Locator {
    return this.page.locator(
      `[data-testid="example-image"][data-dataset="${dataset}"][data-split="${split}"][data-index="${index}"]`,
    );
  }
}
