import { graphql } from '../gql';
import type { ResultsRunsQuery, RunResultsQuery } from '../gql/graphql';

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
    }
  }
`);

/** Every aggregate of one run; deltas are filled in only when a baseline is given. */
export const RUN_RESULTS_QUERY = graphql(`
  query RunResults($runId: ID!, $baseline: String) {
    runResults(runId: $runId, baseline: $baseline) {
      target
      depth
      lr
      accuracy {
        source
        n
        mean
        sd
        low
        high
        seeds
      }
      epochs {
        source
        n
        epoch
        mean
        low
        high
        seeds
      }
      deltas {
        source
        baseline
        n
        mean
        low
        high
        seeds
        pValue
      }
      efficiency {
        source
        score
      }
      leaderboard {
        n
        rank
        source
        mean
      }
    }
  }
`);

export type RunSummary = ResultsRunsQuery['runs'][number];
export type TargetResults = RunResultsQuery['runResults'][number];
export type AccuracyCell = TargetResults['accuracy'][number];
export type EpochCell = TargetResults['epochs'][number];
export type DeltaCell = TargetResults['deltas'][number];
