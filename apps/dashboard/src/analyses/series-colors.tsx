'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** Registers a chart's series names; answers every name seen on the page, sorted. */
interface SeriesNames {
  readonly names: readonly string[];
  readonly add: (names: readonly string[]) => void;
}

const Context = createContext<SeriesNames | undefined>(undefined);

/**
 * Keeps one colour per series name across a page's charts: each chart's colours come from the
 * sorted names of every chart on the page, so a source missing from one chart (the baseline of a
 * difference chart, say) does not shift the others' colours.
 */
export function SeriesColorsProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [names, setNames] = useState<readonly string[]>([]);
  const add = useCallback(
    (more: readonly string[]) =>
      setNames((known) => {
        const fresh = more.filter((n) => !known.includes(n));
        return fresh.length === 0 ? known : [...known, ...fresh].sort();
      }),
    [],
  );
  const value = useMemo<SeriesNames>(() => ({ names, add }), [names, add]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The colour order for a chart's series: the page's names, or the chart's own outside a provider. */
export function useSeriesColorOrder(series: readonly string[]): readonly string[] {
  const page = useContext(Context);
  const add = page?.add;
  const key = series.join('\u0000');
  useEffect(() => {
    add?.(key === '' ? [] : key.split('\u0000'));
  }, [add, key]);
  if (!page) return series;
  // Until the effect has run, this chart's names may be missing from the page's.
  return series.every((s) => page.names.includes(s))
    ? page.names
    : [...new Set([...page.names, ...series])].sort();
}
