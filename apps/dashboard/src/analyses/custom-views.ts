import type { ComponentType } from 'react';

/** What a plugin's own view gets: the run it shows and the URL state helpers. */
export interface CustomViewProps {
  readonly runId: string;
  readonly params: URLSearchParams;
  readonly setParams: (changes: Record<string, string | null>) => void;
}

/**
 * Views an analysis ships for what no generic view shows, by analysis name: the one place a
 * plugin's own dashboard folder is registered. Drawn below the declared views.
 */
export const CUSTOM_VIEWS: Readonly<Record<string, ComponentType<CustomViewProps>>> = {};
