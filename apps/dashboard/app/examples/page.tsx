import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { ExamplesIndex } from '../../src/examples/examples-index';
import { LoadingState } from '../../src/ui/states';
import '../../src/runs/runs.css';
import '../../src/analyses/analyses.css';
import '../../src/examples/examples.css';

export const metadata: Metadata = { title: 'Examples · Transferlab' };

export default function ExamplesPage(): ReactNode {
  return (
    <>
      <h1>Examples</h1>
      <p className="lead muted">
        The per-example view: one image, every run&apos;s evidence. These are the images the analyses&apos;
        evidence views hold, those with evidence from the most analyses first.
      </p>
      <Suspense fallback={<LoadingState>Loading…</LoadingState>}>
        <ExamplesIndex />
      </Suspense>
    </>
  );
}
