import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { RobustnessView } from '../../src/robustness/robustness-view';
import { LoadingState } from '../../src/ui/states';

export const metadata: Metadata = { title: 'Robustness · Transferlab' };

export default function RobustnessPage(): ReactNode {
  return (
    <>
      <h1>Robustness</h1>
      <p className="lead muted">
        How much accuracy each source keeps under attack, per dataset and threat model, and how it falls as
        the budget grows.
      </p>
      {/* The view reads the URL's search params, which needs a Suspense boundary in a static page. */}
      <Suspense fallback={<LoadingState>Loading…</LoadingState>}>
        <RobustnessView />
      </Suspense>
    </>
  );
}
