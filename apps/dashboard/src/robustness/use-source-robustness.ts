'use client';

import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { robustFigures, type RobustFigure } from './robust-figures';
import { SOURCE_ROBUSTNESS_QUERY } from './robustness.queries';

const NONE: ReadonlyMap<string, RobustFigure[]> = new Map();

/**
 * Each source model's robust figures (manifest and measured), by model id. Extra detail for
 * pages about something else: while loading, or when the query fails, the map is empty and
 * the page shows its own figures without them.
 */
export function useSourceRobustness(): ReadonlyMap<string, RobustFigure[]> {
  const { data } = useQuery(SOURCE_ROBUSTNESS_QUERY, { ssr: false });
  return useMemo(() => (data ? new Map(data.models.map((m) => [m.id, robustFigures(m)])) : NONE), [data]);
}
