import { graphql } from '../gql';
import type { AnalysisOutputsQuery, AnalysisRunsQuery, RunTableQuery } from '../gql/graphql';

/** Every registered analysis's name, for the navigation. */
export const ANALYSES_NAV_QUERY = graphql(`
  query AnalysesNav {
    analyses {
      analysis
      description
    }
  }
`);

/** One analysis's tables (typed columns) and views. */
export const ANALYSIS_OUTPUTS_QUERY = graphql(`
  query AnalysisOutputs($analysis: String!) {
    analysisOutputs(analysis: $analysis) {
      analysis
      version
      description
      summaryTable
      optionsSchema
      tables {
        name
        description
        columns {
          name
          role
          label
          description
          format
          nullLabel
        }
      }
      views {
        kind
        title
        table
        description
        facets
        rankBy
        rankOrder
        columns
        pivotColumns
        pivotValues
        x
        y
        series
        xScale
        image
        caption
        group
        header
        mark
      }
    }
  }
`);

/** The newest runs of one analysis. */
export const ANALYSIS_RUNS_QUERY = graphql(`
  query AnalysisRuns($analysis: String!, $take: Int!) {
    runs(analysis: $analysis, take: $take, skip: 0) {
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

/** A page of a run's table, filtered, with the distinct values of the facet columns. */
export const RUN_TABLE_QUERY = graphql(`
  query RunTable(
    $runId: ID!
    $table: String!
    $filter: JSON
    $options: JSON
    $facets: [String!]
    $facetChoices: JSON
    $take: Int!
    $skip: Int!
  ) {
    runTable(
      runId: $runId
      table: $table
      filter: $filter
      options: $options
      facets: $facets
      facetChoices: $facetChoices
      take: $take
      skip: $skip
    ) {
      total
      skip
      rows
      facets {
        column
        values
      }
    }
  }
`);

export type AnalysisOutputs = AnalysisOutputsQuery['analysisOutputs'];
export type OutputTable = AnalysisOutputs['tables'][number];
export type OutputColumn = OutputTable['columns'][number];
export type OutputView = AnalysisOutputs['views'][number];
export type AnalysisRun = AnalysisRunsQuery['runs'][number];
export type TablePage = RunTableQuery['runTable'];
export type TableRow = Readonly<Record<string, unknown>>;
