'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { AnalysesIndex } from '../analyses/analyses-index';
import { analysisLabel } from '../shell/nav-links';

/** One link per analysis page, from the server's registry, and the per-example page that joins them. */
export function AnalysisLinks(): ReactNode {
  return (
    <AnalysesIndex testId="home-analyses" label={analysisLabel}>
      <li className="plugin-card" data-analysis="">
        <Link href="/examples">Examples</Link>
        <p className="muted">
          One test image across every run: each analysis&apos;s evidence about it side by side.
        </p>
      </li>
    </AnalysesIndex>
  );
}
