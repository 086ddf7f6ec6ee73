import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { SaliencyView } from '../../src/saliency/saliency-view';
import { LoadingState } from '../../src/ui/states';
import '../../src/saliency/saliency.css';

export const metadata: Metadata = { title: 'Saliency · Transferlab' };

export default function SaliencyPage(): ReactNode {
  return (
    <>
      <h1>Saliency</h1>
      <p className="lead muted">
        What each source looks at: the loss gradient, SmoothGrad and integrated gradients over the input, and
        how much of that saliency lies on the object.
      </p>
      {/* The view reads the URL's search params, which needs a Suspense boundary in a static page. */}
      <Suspense fallback={<LoadingState>Loading…</LoadingState>}>
        <SaliencyView />
      </Suspense>
    </>
  );
}
