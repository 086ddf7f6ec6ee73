import { graphql } from '../gql';

export const runRowsQuery = graphql(`
  query RunRows($runId: ID!, $take: Int!, $skip: Int!) {
    runRows(runId: $runId, take: $take, skip: $skip)
  }
`);
