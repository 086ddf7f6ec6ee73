import type { Locator, Page } from '@playwright/test';

/** /runs/new: the analysis picker and the params form generated from the plugin's JSON Schema. */
export class NewRunPage {
  readonly analysis: Locator;
  readonly form: Locator;
  readonly submit: Locator;
  /** The server's refusal of a submitted run. */
  readonly refused: Locator;
  /** RJSF's list of client-side validation errors, above the form. */
  readonly validationErrors: Locator;
  readonly loading: Locator;
  readonly loadError: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.analysis = page.getByLabel('Analysis', { exact: true });
    this.form = page.locator('form.params-form');
    this.submit = page.getByRole('button', { name: 'Start run' });
    this.refused = page.getByRole('alert', { name: 'The server refused the run' });
    this.validationErrors = this.form.locator('.errors');
    this.loading = page.getByRole('status').filter({ hasText: 'Loading the analysis plugins' });
    this.loadError = page.getByRole('alert').filter({ hasText: 'Cannot load the analysis plugins' });
    this.empty = page.getByText('No analysis plugins are registered');
  }

  async goto(): Promise<void> {
    await this.page.goto('/runs/new');
  }

  /** The input of a top-level param (RJSF ids are root_<name>). */
  field(name: string): Locator {
    return this.form.locator(`#root_${name}`);
  }

  /** Fill params by name; lists are typed comma-separated into their one text field. */
  async fill(params: Record<string, string | number | readonly (string | number)[]>): Promise<void> {
    for (const [name, value] of Object.entries(params)) {
      await this.field(name).fill(Array.isArray(value) ? value.join(', ') : String(value));
    }
  }
}
