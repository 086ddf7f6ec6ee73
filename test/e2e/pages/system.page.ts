import type { Locator, Page } from '@playwright/test';

/** Headings of the plugin sections, by the server's PluginKind. */
export const KIND_TITLES = {
  DATASET: 'Datasets',
  MODEL: 'Source models',
  ATTACK: 'Attacks',
  ANALYSIS: 'Analyses',
} as const;
export type Kind = keyof typeof KIND_TITLES;

/** The dashboard's system page: system facts and the plugins by kind. */
export class SystemPage {
  readonly loading: Locator;
  readonly error: Locator;
  readonly retry: Locator;
  readonly version: Locator;
  readonly activeProvider: Locator;
  readonly availableProviders: Locator;

  constructor(readonly page: Page) {
    this.loading = page.getByRole('status').filter({ hasText: 'Loading system information' });
    // Next.js adds an empty route-announcer alert of its own; this is the page's.
    this.error = page.getByRole('alert').filter({ hasText: 'Cannot load the system information' });
    this.retry = page.getByRole('button', { name: 'Try again' });
    this.version = page.getByTestId('server-version');
    this.activeProvider = page.getByTestId('provider-active');
    this.availableProviders = page.getByTestId('providers-available');
  }

  async goto(): Promise<void> {
    await this.page.goto('/system');
  }

  section(kind: Kind): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${KIND_TITLES[kind]}\\b`) });
  }

  /** Plugin names shown in a kind's section, in page order. */
  async pluginNames(kind: Kind): Promise<string[]> {
    const cards = await this.section(kind).locator('[data-plugin]').all();
    return Promise.all(cards.map(async (card) => (await card.getAttribute('data-plugin')) ?? ''));
  }

  pluginCard(kind: Kind, name: string): Locator {
    return this.section(kind).locator(`[data-plugin="${name}"]`);
  }

  noneRegistered(kind: Kind): Locator {
    return this.section(kind).getByText('none registered');
  }

  /** A worker's row in the Workers table ('local': this server's own engine processes). */
  workerRow(id: string): Locator {
    return this.page.getByTestId('live-workers').locator(`[data-worker="${id}"]`);
  }

  /** The memory lines of a worker's engine processes, one per process. */
  workerProcessMemory(id: string): Locator {
    return this.workerRow(id).getByTestId('worker-process-memory');
  }
}
