import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ImportRunButton } from '../../src/runs/import-run-button';
import { RunsList } from '../../src/runs/runs-list';
import '../../src/runs/runs.css';

export const metadata: Metadata = { title: 'Runs · Transferlab' };

export default function RunsPage(): ReactNode {
  return (
    <>
      <div className="page-head">
        <h1>Runs</h1>
        <Link className="button" href="/runs/new">
          New run
        </Link>
      </div>
      <p className="lead muted">
        Every analysis run, newest first, with its status and how many of its trials have finished. Import run
        loads a run file exported by a Transferlab (its run page&apos;s Export run).
      </p>
      <ImportRunButton />
      <RunsList />
    </>
  );
}
