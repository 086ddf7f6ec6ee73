import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { AnalysisView } from '../../../src/analyses/analysis-view';
import { LoadingState } from '../../../src/ui/states';
import '../../../src/analyses/analyses.css';

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }): Promise<Metadata> {
  const { name } = await params;
  return { title: `${decodeURIComponent(name)} · Transferlab` };
}

/** Any registered analysis's page, drawn from the views it declares. */
export default async function AnalysisPage({
  params,
}: {
  params: Promise<{ name: string }>;
}): Promise<ReactNode> {
  const name = decodeURIComponent((await params).name);
  return (
    <>
      <h1 data-testid="analysis-title">{name}</h1>
      {/* The view reads the URL's search params, which needs a Suspense boundary. */}
      <Suspense fallback={<LoadingState>Loading…</LoadingState>}>
        <AnalysisView analysis={name} />
      </Suspense>
    </>
  );
}
