import { graphql } from '../gql';
import type { ExampleEvidenceQuery, ExampleImagesQuery } from '../gql/graphql';

/**
 * One image across runs: per run and per evidence view its analysis declares, the view, the
 * table's typed columns and the rows whose image column is this image.
 */
export const EXAMPLE_EVIDENCE_QUERY = graphql(`
  query ExampleEvidence($dataset: String!, $split: String!, $index: Int!, $runIds: [ID!]) {
    exampleEvidence(dataset: $dataset, split: $split, index: $index, runIds: $runIds) {
      image {
        dataset
        split
        index
      }
      runs {
        runId
        analysis
        createdAt
        rows
        problem
      }
      evidence {
        runId
        analysis
        view {
          kind
          title
          table
          description
          image
          caption
        }
        table {
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
        total
        rows
      }
      coverage {
        runId
        analysis
        view
        table
        rows
        images
      }
      requests {
        analysis
        view
        table
        onRequest
      }
      models {
        id
        training
      }
    }
  }
`);

/** A run the page started to compute what this image lacks: its state, and its params to say what it maps. */
export const EXAMPLE_RUN_QUERY = graphql(`
  query ExampleRun($id: ID!) {
    run(id: $id) {
      id
      analysis
      status
      error
      params
      progress
    }
  }
`);

/** A page of the images the evidence views hold, those with evidence from the most analyses first. */
export const EXAMPLE_IMAGES_QUERY = graphql(`
  query ExampleImages($dataset: String, $split: String, $runIds: [ID!], $take: Int!, $skip: Int!) {
    exampleImages(dataset: $dataset, split: $split, runIds: $runIds, take: $take, skip: $skip) {
      total
      skip
      datasets
      images {
        dataset
        split
        index
        analyses {
          analysis
          runs
          rows
        }
      }
      runs {
        runId
        analysis
        createdAt
        rows
        problem
      }
    }
  }
`);

export type ExampleEvidence = ExampleEvidenceQuery['exampleEvidence'];
export type ViewEvidence = ExampleEvidence['evidence'][number];
export type ExampleRun = ExampleEvidence['runs'][number];
export type ViewCoverage = ExampleEvidence['coverage'][number];
export type ExampleImage = ExampleImagesQuery['exampleImages']['images'][number];
