'use client';

import type { ReactNode } from 'react';

/** Says that a later poll failed, so what the page shows may be stale. */
export function StaleNotice({ because }: { readonly because: string | undefined }): ReactNode {
  if (!because) return null;
  return (
    <p className="panel panel--warning" role="status">
      Showing the last results received; refreshing failed: {because}
    </p>
  );
}
