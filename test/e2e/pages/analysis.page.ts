import type { Locator, Page } from '@playwright/test';

/** The analysis pages' URL search params; every one is optional (the page picks defaults). */
export interface AnalysisParams {
  readonly run?: string;
  readonly target?: string;
  /** A depth number, or 'all' for results without a numeric depth. */
  readonly depth?: string | number;
  /** Data budget: the transfer leaderboard ranks at it and its epochs chart shows it. */
  readonly n?: number;
  readonly baseline?: string;
}

export function analysisUrl(path: string, params: AnalysisParams): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The pickers of the analysis pages drawn by their own views (data-testid="pick-<name>"). */
export type PickerName = 'run' | 'target' | 'depth' | 'n' | 'baseline';

/**
 * What the analysis pages with their own views share: pickers `select[data-testid="pick-<name>"]`
 * whose choices the page writes into the URL, and states
 * `[data-testid="state-loading|state-error|state-empty"]` with a "Try again" button.
 */
export abstract class AnalysisPage<Picker extends string = PickerName> {
  readonly loading: Locator;
  readonly error: Locator;
  readonly empty: Locator;
  readonly retry: Locator;

  protected constructor(
    readonly page: Page,
    private readonly path: string,
  ) {
    this.loading = page.getByTestId('state-loading');
    this.error = page.getByTestId('state-error');
    this.empty = page.getByTestId('state-empty');
    this.retry = page.getByRole('button', { name: 'Try again' });
  }

  async goto(params: AnalysisParams = {}): Promise<void> {
    await this.page.goto(analysisUrl(this.path, params));
  }

  picker(name: Picker): Locator {
    return this.page.getByTestId(`pick-${name}`);
  }

  /** Choose a value in a picker; the page writes it (and the other choices) into the URL. */
  async pick(name: Picker, value: string | number): Promise<void> {
    await this.picker(name).selectOption(String(value));
  }
}
