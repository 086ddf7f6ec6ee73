import { graphql } from '../gql';
import type { RunDetailQuery, RunsListQuery } from '../gql/graphql';

/** Most runs one page of the list shows (the server allows at most 100). */
export const RUNS_PAGE_SIZE = 20;

/** Failed trials the run page lists (the server allows at most 100 a page). */
export const FAILURES_SHOWN = 50;

/** Running trials the run page lists with their own progress. */
export const RUNNING_SHOWN = 20;

export const RUNS_LIST_QUERY = graphql(`
  query RunsList($take: Int!, $skip: Int!) {
    runs(take: $take, skip: $skip) {
      id
      analysis
      status
      createdAt
      finishedAt
      progress
      imported {
        sourceChecksum
        sourceRunId
        exportedAt
        serverVersion
      }
      trialCounts {
        total
        completed
        failed
        running
      }
    }
  }
`);

export type RunSummary = RunsListQuery['runs'][number];

export const RUN_DETAIL_QUERY = graphql(`
  query RunDetail($id: ID!, $failures: Int!, $running: Int!) {
    run(id: $id) {
      id
      analysis
      analysisVersion
      status
      createdAt
      finishedAt
      error
      params
      progress
      imported {
        sourceChecksum
        sourceRunId
        exportedAt
        serverVersion
        importedAt
      }
      trialCounts {
        total
        queued
        running
        completed
        failed
        cancelled
      }
      failures(take: $failures) {
        key
        ordinal
        config
        attempts
        reason
      }
      runningTrials: trials(status: RUNNING, take: $running) {
        key
        ordinal
        config
        progress
        progressMessage
      }
    }
  }
`);

export type RunDetail = RunDetailQuery['run'];

export const CANCEL_RUN_MUTATION = graphql(`
  mutation CancelRun($id: ID!) {
    cancelRun(id: $id) {
      id
      status
    }
  }
`);

export const START_RUN_MUTATION = graphql(`
  mutation StartRun($input: StartRunInput!) {
    startRun(input: $input) {
      id
    }
  }
`);

export const ANALYSIS_PLUGINS_QUERY = graphql(`
  query AnalysisPlugins {
    plugins(kind: ANALYSIS) {
      name
      version
      description
      paramsSchema
    }
  }
`);
