import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { LeaderboardView } from '../../src/leaderboard/leaderboard-view';
import { LoadingState } from '../../src/ui/states';

export const metadata: Metadata = { title: 'Leaderboard · Transferlab' };

export default function LeaderboardPage(): ReactNode {
  return (
    <>
      <h1>Leaderboard</h1>
      <p className="lead muted">Which source transfers best to a target dataset at each data budget.</p>
      {/* The view reads the URL's search params, which needs a Suspense boundary in a static page. */}
      <Suspense fallback={<LoadingState>Loading…</LoadingState>}>
        <LeaderboardView />
      </Suspense>
    </>
  );
}
