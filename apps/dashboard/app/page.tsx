import type { ReactNode } from 'react';
import { SystemOverview } from '../src/system/system-overview';

export default function HomePage(): ReactNode {
  return (
    <>
      <h1>Transferlab</h1>
      <p className="lead muted">What this server runs: its version, the ONNX Runtime execution providers and the registered plugins.</p>
      <SystemOverview />
    </>
  );
}
