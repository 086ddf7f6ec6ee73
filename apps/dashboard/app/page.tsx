import type { ReactNode } from 'react';
import { HomeOverview } from '../src/home/home-overview';
import '../src/runs/runs.css';

export default function HomePage(): ReactNode {
  return (
    <>
      <h1>Transferlab</h1>
      <p className="lead muted">
        Do robust source models fine-tune to a new target better, with less data, than natural ones? The
        newest results, the runs under way, and every analysis.
      </p>
      <HomeOverview />
    </>
  );
}
