import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { InfluenceView } from '../../src/influence/influence-view';
import { LoadingState } from '../../src/ui/states';
import '../../src/influence/influence.css';

export const metadata: Metadata = { title: 'Influence · Transferlab' };

export default function InfluencePage(): ReactNode {
  return (
    <>
      <h1>Influence</h1>
      <p className="lead muted">
        Which training images each source&apos;s fine-tuned model leans on for a test image, and how often
        they share its class (last-layer influence functions).
      </p>
      {/* The view reads the URL's search params, which needs a Suspense boundary in a static page. */}
      <Suspense fallback={<LoadingState>Loading…</LoadingState>}>
        <InfluenceView />
      </Suspense>
    </>
  );
}
