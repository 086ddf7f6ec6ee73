import type { ReactNode } from 'react';
import { statusLabel, type RunStatus } from './run-progress';

export function StatusBadge({ status }: { readonly status: RunStatus }): ReactNode {
  return (
    <span className={`status status--${status.toLowerCase()}`} data-status={status}>
      {statusLabel(status)}
    </span>
  );
}
