import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { RunDetail } from '../../../src/runs/run-detail';
import '../../../src/runs/runs.css';

export const metadata: Metadata = { title: 'Run · Transferlab' };

export default async function RunPage({ params }: { params: Promise<{ id: string }> }): Promise<ReactNode> {
  const { id } = await params;
  return <RunDetail id={id} />;
}
