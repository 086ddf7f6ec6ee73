import { graphql } from '../gql';

/** A table an analysis declares, with its typed columns. */
export const outputTableFragment = graphql(`
  fragment OutputTable on OutputTableObject {
    name
    description
    columns {
      name
      role
      label
      description
      format
    }
  }
`);

/** What an analysis produces (its tables, the table `results` prints) and how the dashboard shows it (views). */
export const analysisOutputsFragment = graphql(`
  fragment AnalysisOutputs on AnalysisOutputsObject {
    analysis
    version
    description
    summaryTable
    tables {
      ...OutputTable
    }
    views {
      kind
      title
      table
      description
      facets
      rankBy
      rankOrder
      x
      y
      series
      xScale
      image
      caption
    }
  }
`);

export const analysesQuery = graphql(`
  query Analyses {
    analyses {
      ...AnalysisOutputs
    }
  }
`);

export const analysisOutputsQuery = graphql(`
  query AnalysisOutputs($analysis: String!) {
    analysisOutputs(analysis: $analysis) {
      ...AnalysisOutputs
    }
  }
`);

/** A page (at most 500 rows) of one of a run's tables, filtered by column values, with facet values. */
export const runTableQuery = graphql(`
  query RunTable(
    $runId: ID!
    $table: String!
    $options: JSON
    $filter: JSON
    $facets: [String!]
    $take: Int!
    $skip: Int!
  ) {
    runTable(
      runId: $runId
      table: $table
      options: $options
      filter: $filter
      facets: $facets
      take: $take
      skip: $skip
    ) {
      runId
      analysis
      total
      skip
      rows
      facets {
        column
        values
      }
      table {
        ...OutputTable
      }
    }
  }
`);
