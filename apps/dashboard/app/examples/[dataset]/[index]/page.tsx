import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { ExampleView } from '../../../../src/examples/example-view';
import { LoadingState } from '../../../../src/ui/states';
import '../../../../src/saliency/saliency.css';

export const metadata: Metadata = { title: 'Example · Transferlab' };

export default async function ExamplePage({
  params,
}: {
  readonly params: Promise<{ dataset: string; index: string }>;
}): Promise<ReactNode> {
  const { dataset, index } = await params;
  const i = Number(index);
  if (!Number.isInteger(i) || i < 0) notFound();
  const name = decodeURIComponent(dataset);
  return (
    <>
      <h1>Example</h1>
      <p className="lead muted">
        One test image across analyses: what each source looks at, how easily it is fooled, which training
        images drove its prediction, and whether its transferred model gets it right.
      </p>
      <Suspense fallback={<LoadingState>Loading…</LoadingState>}>
        <ExampleView dataset={name} index={i} />
      </Suspense>
    </>
  );
}
