'use client';

import { useQuery } from '@apollo/client/react';
import { errorText } from '../ui/error-text';
import { RUN_TABLE_QUERY, type TablePage } from './analyses.queries';

export type TablePageState =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string; readonly retry: () => void }
  | { readonly state: 'ready'; readonly page: TablePage };

/** A page of a run's table (with facet values), polled while the run is live. */
export function useTablePage(args: {
  readonly runId: string;
  readonly table: string;
  readonly filter?: Record<string, unknown>;
  /** The analysis's table options (a baseline, say). */
  readonly options?: Readonly<Record<string, unknown>>;
  readonly facets?: readonly string[];
  /** Cascading facets: each listed facet's values narrowed by the choices (null: the first value) before it. */
  readonly facetChoices?: Readonly<Record<string, string | null>>;
  readonly take: number;
  readonly skip?: number;
  readonly poll: number;
  readonly skipQuery?: boolean;
}): TablePageState {
  const q = useQuery(RUN_TABLE_QUERY, {
    variables: {
      runId: args.runId,
      table: args.table,
      filter: args.filter ?? null,
      options: args.options && Object.keys(args.options).length > 0 ? { ...args.options } : null,
      facets: args.facets ? [...args.facets] : null,
      facetChoices: args.facetChoices ? { ...args.facetChoices } : null,
      take: args.take,
      skip: args.skip ?? 0,
    },
    skip: args.skipQuery,
    ssr: false,
    pollInterval: args.poll,
  });
  const page = q.data?.runTable;
  if (page) return { state: 'ready', page };
  if (q.error) return { state: 'error', message: errorText(q.error), retry: () => void q.refetch() };
  return { state: 'loading' };
}
