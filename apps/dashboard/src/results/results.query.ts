import { graphql } from '../gql';
import type { ResultsRunsQuery } from '../gql/graphql';

/** Runs the analysis pages can show, newest first (the server pages at most 100). */
export const RESULTS_RUNS_QUERY = graphql(`
  query ResultsRuns($take: Int!) {
    runs(take: $take, skip: 0) {
      id
      analysis
      status
      createdAt
      trialCount
      completedCount
      failedCount
      progress
      imported {
        sourceChecksum
        sourceRunId
        exportedAt
        serverVersion
      }
    }
  }
`);

export type RunSummary = ResultsRunsQuery['runs'][number];
