import type { ReactNode } from 'react';
import { AnalysisLinks } from './analysis-links';
import { HeadlineDeltas } from './headline-deltas';
import { LatestRuns } from './latest-runs';

/** The home page: the question's answer so far, what is running, and where every analysis lives. */
export function HomeOverview(): ReactNode {
  return (
    <>
      <section aria-labelledby="headline-heading">
        <h2 id="headline-heading">Robust minus natural</h2>
        <HeadlineDeltas />
      </section>
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">Latest runs</h2>
        <LatestRuns />
      </section>
      <section aria-labelledby="analyses-heading">
        <h2 id="analyses-heading">Analyses</h2>
        <AnalysisLinks />
      </section>
    </>
  );
}
