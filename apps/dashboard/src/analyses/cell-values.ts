import type { OutputColumn } from './analyses.queries';

export interface IntervalCell {
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly n: number;
}

export interface ImageCell {
  readonly dataset: string;
  readonly split: 'train' | 'test';
  readonly index: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function asInterval(v: unknown): IntervalCell | null {
  return isRecord(v) && typeof v.mean === 'number' ? (v as unknown as IntervalCell) : null;
}

export function asImage(v: unknown): ImageCell | null {
  return isRecord(v) && typeof v.dataset === 'string' && typeof v.index === 'number'
    ? (v as unknown as ImageCell)
    : null;
}

/** A number as its column's format reads: a share as a percentage, a count whole, a p-value, else 3 significant digits. */
export function formatNumber(value: number, format: string | null): string {
  if (!Number.isFinite(value)) return String(value);
  switch (format) {
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'count':
      return Math.round(value).toLocaleString('en-US');
    case 'pvalue':
      return value < 0.001 ? '< 0.001' : value.toFixed(3);
    default: {
      const a = Math.abs(value);
      if (a === 0) return '0';
      return a >= 0.01 && a < 100_000 ? String(Number(value.toPrecision(3))) : value.toExponential(2);
    }
  }
}

/**
 * An interval in its value's own unit: the mean, then the 95% bounds written the same way
 * ("80.4% [78.1%, 82.6%]"), never a half-width in another unit.
 */
export function formatInterval(v: IntervalCell, format: string | null): string {
  const mean = formatNumber(v.mean, format);
  if (v.low === null || v.high === null) return mean;
  return `${mean} [${formatNumber(v.low, format)}, ${formatNumber(v.high, format)}]`;
}

/** A scalar as text; anything else as JSON (a malformed cell shows what it holds). */
const plain = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);

/** A class number as its dataset names it; the number itself without the dataset's names. */
export const className = (label: number, classes: readonly string[] | undefined): string =>
  classes?.[label] ?? String(label);

/**
 * A cell as text (what a table cell, a caption and a picker show); `classes` are the class names
 * of the dataset of the row's images, which a column of format `class` is shown by.
 */
export function cellText(
  column: Pick<OutputColumn, 'role' | 'format'> & { readonly nullLabel?: string | null },
  value: unknown,
  classes?: readonly string[],
): string {
  if (value === null || value === undefined) return column.nullLabel ?? '—';
  switch (column.role) {
    case 'measure':
      return typeof value === 'number' ? formatNumber(value, column.format) : plain(value);
    case 'interval': {
      const v = asInterval(value);
      return v ? formatInterval(v, column.format) : '—';
    }
    case 'image': {
      const v = asImage(value);
      return v ? `${v.dataset} ${v.split} #${v.index}` : '—';
    }
    case 'picture':
      return 'image';
    case 'dimension':
      if (typeof value !== 'number') return plain(value);
      if (column.format === 'class') return className(value, classes);
      // An index or a seed reads exactly, not to three significant digits.
      if (column.format === null && Number.isInteger(value)) return String(value);
      return formatNumber(value, column.format ?? 'number');
    default:
      return plain(value);
  }
}

/** The number a cell sorts and plots by: a measure, an interval's mean; null otherwise. */
export function cellNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return asInterval(value)?.mean ?? null;
}

export const columnLabel = (c: Pick<OutputColumn, 'name' | 'label'>): string => c.label ?? c.name;
