import { graphql } from '../gql';

export const modelSummaryFragment = graphql(`
  fragment ModelSummary on SourceModel {
    id
    name
    architecture
    origin
    numClasses
    size
    checksum
    cleanAccuracy
    createdAt
    input {
      channels
      height
      width
    }
    training {
      kind
      norm
      epsLabel
      dataset
    }
  }
`);

export const modelsQuery = graphql(`
  query Models($take: Int!, $skip: Int!) {
    models(take: $take, skip: $skip) {
      ...ModelSummary
    }
  }
`);

export const importModelMutation = graphql(`
  mutation ImportModel($input: ImportModelInput!) {
    importModel(input: $input) {
      ...ModelSummary
      blocks
      featureTensor
    }
  }
`);
