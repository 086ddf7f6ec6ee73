import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { ExamplesIndex } from '../../src/examples/examples-index';
import { LoadingState } from '../../src/ui/states';
import '../../src/saliency/saliency.css';

export const metadata: Metadata = { title: 'Examples · Transferlab' };

export default function ExamplesPage(): ReactNode {
  return (
    <>
      <h1>Examples</h1>
      <p className="lead muted">
        The per-example view: one test image, every source, every kind of evidence.
      </p>
      <Suspense fallback={<LoadingState>Loading…</LoadingState>}>
        <ExamplesIndex />
      </Suspense>
    </>
  );
}
