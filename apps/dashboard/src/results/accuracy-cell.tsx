import type { ReactNode } from 'react';
import { percent, plusMinus } from './format';

/** A mean over seeds with its 95% interval (null bounds with one seed). */
export interface MeanWithInterval {
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly seeds: number;
}

/** An accuracy as mean ± half its 95% interval, the interval and seed count in the tooltip; a dash when missing. */
export function AccuracyCell({ value }: { readonly value: MeanWithInterval | undefined }): ReactNode {
  if (!value) return <span className="muted">–</span>;
  const interval =
    value.low !== null && value.high !== null
      ? `95% CI ${percent(value.low)} to ${percent(value.high)}`
      : 'one seed: no interval';
  return (
    <span title={`${interval}; ${value.seeds} seed${value.seeds === 1 ? '' : 's'}`}>
      {percent(value.mean)} <span className="ci">{plusMinus(value.low, value.high)}</span>
    </span>
  );
}
