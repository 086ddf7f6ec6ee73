import type { Locator, Page } from '@playwright/test';

/** What the import form asks for; the mean and std are left at the offered ImageNet defaults. */
export interface ImportModelFields {
  /** The file to upload: a path, or a payload as Playwright's setInputFiles takes it. */
  readonly file: string | { name: string; mimeType: string; buffer: Buffer };
  readonly id: string;
  readonly height: number;
  readonly width: number;
  readonly kind: 'natural' | 'adversarial';
}

/** /catalog: source models, the import form, datasets with thumbnails, plugins by kind. */
export class CatalogPage {
  readonly models: Locator;
  readonly modelRows: Locator;
  readonly modelsError: Locator;
  readonly modelsEmpty: Locator;
  /** The import form and its fields, by their labels. */
  readonly importForm: Locator;
  readonly importFile: Locator;
  readonly importId: Locator;
  readonly importHeight: Locator;
  readonly importWidth: Locator;
  readonly importMean: Locator;
  readonly importStd: Locator;
  readonly importKind: Locator;
  readonly importSubmit: Locator;
  /** The import section: the form with the result or refusal above it. */
  readonly importSection: Locator;
  /** What the server detected in the model just imported. */
  readonly imported: Locator;
  readonly importedBlocks: Locator;
  readonly importedFeatureTensor: Locator;
  /** The server's (or the form's) reasons for not importing. */
  readonly importRefused: Locator;

  constructor(readonly page: Page) {
    this.models = page.getByRole('table', { name: 'Source models' });
    this.modelRows = this.models.locator('tbody tr[data-model]');
    this.modelsError = page.getByRole('alert').filter({ hasText: 'Cannot load the source models' });
    this.modelsEmpty = page.getByText('No source models are available');
    this.importForm = page.getByRole('form', { name: 'Import a source model' });
    this.importFile = this.importForm.getByLabel('ONNX file', { exact: true });
    this.importId = this.importForm.getByLabel('Id', { exact: true });
    this.importHeight = this.importForm.getByLabel('Height', { exact: true });
    this.importWidth = this.importForm.getByLabel('Width', { exact: true });
    this.importMean = this.importForm.getByLabel('Mean', { exact: true });
    this.importStd = this.importForm.getByLabel('Std', { exact: true });
    this.importKind = this.importForm.getByLabel('Kind', { exact: true });
    this.importSubmit = this.importForm.getByRole('button', { name: 'Upload and import' });
    this.importSection = page.getByRole('region', { name: 'Import a source model' });
    this.imported = page.getByTestId('imported-model');
    this.importedBlocks = this.imported.getByTestId('imported-blocks').getByRole('listitem');
    this.importedFeatureTensor = this.imported
      .locator('p', { hasText: 'Feature tensor' })
      .locator('code')
      .first();
    this.importRefused = page.getByRole('alert', { name: 'The model was not imported' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/catalog');
  }

  model(id: string): Locator {
    return this.models.locator(`tr[data-model="${id}"]`);
  }

  /** Fill the import form and submit it; the answer shows as `imported` or `importRefused`. */
  async importModel(fields: ImportModelFields): Promise<void> {
    await this.importFile.setInputFiles(fields.file);
    await this.importId.fill(fields.id);
    await this.importHeight.fill(String(fields.height));
    await this.importWidth.fill(String(fields.width));
    await this.importKind.selectOption(fields.kind);
    await this.importSubmit.click();
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
