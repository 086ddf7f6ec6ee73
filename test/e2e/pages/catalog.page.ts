import type { Locator, Page } from '@playwright/test';

/** /catalog: source models, datasets with thumbnails, plugins by kind. */
export class CatalogPage {
  readonly models: Locator;
  readonly modelsError: Locator;
  readonly modelsEmpty: Locator;

  constructor(readonly page: Page) {
    this.models = page.getByRole('table', { name: 'Source models' });
    this.modelsError = page.getByRole('alert').filter({ hasText: 'Cannot load the source models' });
    this.modelsEmpty = page.getByText('No source models are available');
  }

  async goto(): Promise<void> {
    await this.page.goto('/catalog');
  }

  model(id: string): Locator {
    return this.models.locator(`tr[data-model="${id}"]`);
  }

  dataset(name: string): Locator {
    return this.page.locator(`[data-dataset="${name}"]`);
  }

  thumbnails(name: string): Locator {
    return this.page.getByRole('list', { name: `${name} sample images`, exact: true }).getByRole('img');
  }

  /** Plugin names listed under a kind (the server's PluginKind). */
  async pluginNames(kind: string): Promise<string[]> {
    const items = await this.page.locator(`[data-kind="${kind}"] [data-plugin]`).all();
    return Promise.all(items.map(async (i) => (await i.getAttribute('data-plugin')) ?? ''));
  }
}
