import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NewRunForm } from '../../../src/runs/new-run-form';
import '../../../src/runs/runs.css';

export const metadata: Metadata = { title: 'New run · Transferlab' };

export default function NewRunPage(): ReactNode {
  return (
    <>
      <h1>New run</h1>
      <p className="lead muted">
        Choose an analysis and fill in its params; the form comes from the plugin&apos;s params schema, with
        its defaults.
      </p>
      <NewRunForm />
    </>
  );
}
