import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SystemOverview } from '../../src/system/system-overview';

export const metadata: Metadata = { title: 'System · Transferlab' };

export default function SystemPage(): ReactNode {
  return (
    <>
      <h1>System</h1>
      <p className="lead muted">
        What this server runs: its version, the ONNX Runtime execution providers and the registered plugins.
      </p>
      <SystemOverview />
    </>
  );
}
