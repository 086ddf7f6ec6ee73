import type { ReactNode } from 'react';
import { imageSrc } from '../catalog/image-src';
import type { OutputColumn } from './analyses.queries';
import { asImage, asInterval, cellText, formatNumber } from './cell-values';

/**
 * One cell drawn by its column's role: dataset images and pictures as images, intervals with
 * their bounds, a warning as a mark; `classes` name a class column's numbers (the row's dataset's
 * class names).
 */
export function Cell({
  column,
  value,
  classes,
}: {
  readonly column: OutputColumn;
  readonly value: unknown;
  readonly classes?: readonly string[];
}): ReactNode {
  if (column.role === 'image') {
    const img = asImage(value);
    if (!img) return '—';
    // Tiny PNGs through the catalog's thumbnail proxy, at a fixed size: next/image would add nothing.
    return (
      <img
        className="cell-image"
        src={imageSrc(img.dataset, img.index, img.split)}
        alt={cellText(column, value)}
        data-index={img.index}
        width={56}
        height={56}
      />
    );
  }
  if (column.role === 'picture') {
    return typeof value === 'string' ? (
      <img className="cell-image" src={value} alt={column.label ?? column.name} width={56} height={56} />
    ) : (
      '—'
    );
  }
  if (column.role === 'interval') {
    const v = asInterval(value);
    if (!v) return '—';
    return (
      <>
        {formatNumber(v.mean, column.format)}
        {v.low !== null && v.high !== null && (
          <span className="ci">
            {' '}
            [{formatNumber(v.low, column.format)}, {formatNumber(v.high, column.format)}]
          </span>
        )}
      </>
    );
  }
  if (column.format === 'warning') {
    // Nothing to warn of: an empty cell rather than a dash.
    if (value === null || value === undefined || value === '') return null;
    return (
      <span className="cell-warning" data-testid="cell-warning" title={column.description ?? undefined}>
        ⚠ {cellText(column, value)}
      </span>
    );
  }
  return cellText(column, value, classes);
}
