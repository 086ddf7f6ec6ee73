'use client';

import { useDatasetClasses } from '../catalog/dataset-classes';
import type { OutputColumn, OutputTable, TableRow } from './analyses.queries';
import { asImage } from './cell-values';

/** The dataset a row's images come from: its first image column's; undefined without one. */
export function rowDataset(
  table: { readonly columns: readonly Pick<OutputColumn, 'name' | 'role'>[] },
  row: TableRow,
): string | undefined {
  for (const c of table.columns) {
    if (c.role !== 'image') continue;
    const img = asImage(row[c.name]);
    if (img) return img.dataset;
  }
  return undefined;
}

/**
 * Class names per row, from the catalog's dataset of the row's images, when the table has a
 * column of format `class` (none are asked for otherwise).
 */
export function useRowClasses(
  table: OutputTable,
  rows: readonly TableRow[],
): (row: TableRow) => readonly string[] | undefined {
  const wanted = table.columns.some((c) => c.format === 'class');
  const datasets = wanted
    ? rows.map((r) => rowDataset(table, r)).filter((d): d is string => d !== undefined)
    : [];
  const classes = useDatasetClasses(datasets);
  return (row) => {
    const d = rowDataset(table, row);
    return d === undefined ? undefined : classes.get(d);
  };
}
