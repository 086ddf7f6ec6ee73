import type { ComponentType } from 'react';
import { SaliencyMapsView } from './plugins/saliency/saliency-maps-view';

/** What a plugin's own view gets: the run it shows and the URL state helpers. */
export interface CustomViewProps {
  readonly runId: string;
  readonly params: URLSearchParams;
  readonly setParams: (changes: Record<string, string | null>) => void;
  /** How often to ask for the run's tables again (0: the run has finished). */
  readonly poll: number;
  /** The analysis's table options the page's tables are asked with (the chosen baseline, say). */
  readonly options?: Readonly<Record<string, unknown>>;
}

/**
 * Views an analysis ships for what no generic view shows, by analysis name: the one place a
 * plugin's own dashboard folder is registered. Drawn below the declared views.
 */
export const CUSTOM_VIEWS: Readonly<Record<string, ComponentType<CustomViewProps>>> = {
  saliency: SaliencyMapsView,
};
