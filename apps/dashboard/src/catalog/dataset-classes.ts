'use client';

import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { DATASET_CLASSES_QUERY } from './catalog.queries';

/** Class names by dataset; a dataset that cannot be loaded (or a key with params) has none. */
export type DatasetClasses = ReadonlyMap<string, readonly string[]>;

const NONE: DatasetClasses = new Map();

/**
 * The class names of each named dataset, asked for once per dataset (the catalog loads a dataset
 * on first request, which can take seconds); empty until they arrive. A key with params
 * (`name{...}`) names no catalog dataset and is not asked for.
 */
export function useDatasetClasses(datasets: readonly string[]): DatasetClasses {
  const client = useApolloClient();
  const key = [...new Set(datasets.filter((d) => d !== '' && !d.includes('{')))].sort().join('\n');
  const [loaded, setLoaded] = useState<{ key: string; classes: DatasetClasses }>({ key: '', classes: NONE });
  useEffect(() => {
    if (key === '') return;
    let live = true;
    void Promise.all(
      key.split('\n').map(async (name): Promise<[string, readonly string[]] | undefined> => {
        try {
          const { data } = await client.query({ query: DATASET_CLASSES_QUERY, variables: { name } });
          const classes = data?.dataset.details?.classes;
          return classes && classes.length > 0 ? [name, classes] : undefined;
        } catch {
          // No names: the class numbers show instead.
          return undefined;
        }
      }),
    ).then((entries) => {
      if (live) setLoaded({ key, classes: new Map(entries.filter((e) => e !== undefined)) });
    });
    return () => {
      live = false;
    };
  }, [client, key]);
  return loaded.key === key ? loaded.classes : NONE;
}
