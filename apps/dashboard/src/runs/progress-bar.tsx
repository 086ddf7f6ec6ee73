import type { ReactNode } from 'react';

/** A labelled progress bar (role progressbar, so tests and screen readers read its value). */
export function ProgressBar({
  percent,
  label,
  compact = false,
}: {
  readonly percent: number;
  readonly label: string;
  readonly compact?: boolean;
}): ReactNode {
  return (
    <div
      className={compact ? 'progress progress--compact' : 'progress'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div className="progress__fill" style={{ width: `${percent}%` }} />
      <span className="progress__text">{percent}%</span>
    </div>
  );
}
