import type { ReactNode } from 'react';
import { asInterval, cellNumber } from '../cell-values';

const [W, H] = [96, 12];

/**
 * A small bar for a ranked column's value: from 0 to the mean, with the 95% interval as a whisker,
 * on the span every row of the table shares (a zero line where the span crosses it).
 */
export function IntervalBar({
  value,
  span,
}: {
  readonly value: unknown;
  readonly span: readonly [number, number];
}): ReactNode {
  const mean = cellNumber(value);
  if (mean === null) return null;
  const iv = asInterval(value);
  const [lo, hi] = span;
  const x = (v: number): number => ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * W;
  const zero = x(0);
  return (
    <svg className="interval-bar" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <rect x={Math.min(zero, x(mean))} y={3} width={Math.abs(x(mean) - zero)} height={H - 6} />
      {iv && iv.low !== null && iv.high !== null && (
        <g className="interval-bar__whisker">
          <line x1={x(iv.low)} x2={x(iv.high)} y1={H / 2} y2={H / 2} />
          <line x1={x(iv.low)} x2={x(iv.low)} y1={2} y2={H - 2} />
          <line x1={x(iv.high)} x2={x(iv.high)} y1={2} y2={H - 2} />
        </g>
      )}
      {lo < 0 && <line className="interval-bar__zero" x1={zero} x2={zero} y1={0} y2={H} />}
    </svg>
  );
}
