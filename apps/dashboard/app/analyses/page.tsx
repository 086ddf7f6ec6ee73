import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AnalysesIndex } from '../../src/analyses/analyses-index';

export const metadata: Metadata = { title: 'Analyses · Transferlab' };

export default function AnalysesPage(): ReactNode {
  return (
    <>
      <h1>Analyses</h1>
      <p className="lead muted">
        Every analysis the server has registered, built in or loaded from configuration, each with its own
        page.
      </p>
      <AnalysesIndex />
    </>
  );
}
