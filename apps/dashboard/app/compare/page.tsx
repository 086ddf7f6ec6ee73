import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { CompareView } from '../../src/compare/compare-view';
import { LoadingState } from '../../src/ui/states';

export const metadata: Metadata = { title: 'Compare · Transferlab' };

export default function ComparePage(): ReactNode {
  return (
    <>
      <h1>Compare sources</h1>
      <p className="lead muted">How robust and natural sources compare as the target data budget grows.</p>
      {/* The view reads the URL's search params, which needs a Suspense boundary in a static page. */}
      <Suspense fallback={<LoadingState>Loading…</LoadingState>}>
        <CompareView />
      </Suspense>
    </>
  );
}
