import { graphql } from '../gql';

/** What every run listing and progress update carries. */
export const runSummaryFragment = graphql(`
  fragment RunSummary on Run {
    id
    analysis
    analysisVersion
    status
    error
    createdAt
    finishedAt
    progress
    trialCount
    completedCount
    failedCount
    runningCount
  }
`);

/** Runs, newest first; with `analysis`, only that analysis's runs. */
export const runsQuery = graphql(`
  query Runs($take: Int!, $skip: Int!, $analysis: String) {
    runs(take: $take, skip: $skip, analysis: $analysis) {
      ...RunSummary
      imported {
        sourceChecksum
        sourceRunId
        exportedAt
        serverVersion
      }
    }
  }
`);

export const runQuery = graphql(`
  query Run($id: ID!) {
    run(id: $id) {
      ...RunSummary
      params
      trialCounts {
        queued
        running
        completed
        failed
        cancelled
        total
      }
      failures(take: 5) {
        ordinal
        reason
      }
    }
  }
`);

export const startRunMutation = graphql(`
  mutation StartRun($input: StartRunInput!) {
    startRun(input: $input) {
      ...RunSummary
    }
  }
`);

export const cancelRunMutation = graphql(`
  mutation CancelRun($id: ID!) {
    cancelRun(id: $id) {
      ...RunSummary
    }
  }
`);

export const runProgressSubscription = graphql(`
  subscription RunProgress($id: ID!) {
    runProgress(id: $id) {
      ...RunSummary
    }
  }
`);
