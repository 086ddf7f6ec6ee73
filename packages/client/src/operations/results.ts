import { graphql } from '../gql';

/** Transfer aggregates: mean accuracy per target, setting, source and n (empty for other analyses). */
export const runResultsQuery = graphql(`
  query RunResults($runId: ID!, $baseline: String) {
    runResults(runId: $runId, baseline: $baseline) {
      target
      depth
      lr
      accuracy {
        source
        n
        mean
        low
        high
        sd
        seeds
      }
      deltas {
        source
        baseline
        n
        mean
        pValue
        seeds
      }
    }
  }
`);

export const runRowsQuery = graphql(`
  query RunRows($runId: ID!, $take: Int!, $skip: Int!) {
    runRows(runId: $runId, take: $take, skip: $skip)
  }
`);
