import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { ExampleView } from '../../../../src/examples/example-view';
import { LoadingState } from '../../../../src/ui/states';
import '../../../../src/runs/runs.css';
import '../../../../src/analyses/analyses.css';
import '../../../../src/examples/examples.css';

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
        One image across runs: every evidence view the runs&apos; analyses declare, with their rows for this
        image. <Link href="/examples">All examples</Link>
      </p>
      <Suspense fallback={<LoadingState>Loading…</LoadingState>}>
        <ExampleView dataset={name} index={i} />
      </Suspense>
    </>
  );
}
