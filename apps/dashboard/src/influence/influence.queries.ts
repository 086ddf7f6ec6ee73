import { graphql } from '../gql';
import type { InfluenceExampleQuery, InfluenceResultsQuery } from '../gql/graphql';

/** A share over seeds: mean with its 95% interval (null bounds with one seed). */
export const INFLUENCE_INTERVAL_FRAGMENT = graphql(`
  fragment InfluenceIntervalFields on InfluenceInterval {
    seeds
    mean
    sd
    low
    high
  }
`);

/** An influence run's settings: per source the summary figures and class-match curves, and the deltas. */
export const INFLUENCE_RESULTS_QUERY = graphql(`
  query InfluenceResults($runId: ID!, $baseline: String) {
    influenceResults(runId: $runId, baseline: $baseline) {
      settings {
        target
        depth
        n
        testIndices
        sources {
          source
          top1Match {
            ...InfluenceIntervalFields
          }
          top5AtLeast3 {
            ...InfluenceIntervalFields
          }
          trainTop1Match {
            ...InfluenceIntervalFields
          }
          trainTop5AtLeast3 {
            ...InfluenceIntervalFields
          }
          matchByRank {
            rank
            share {
              ...InfluenceIntervalFields
            }
          }
          trainMatchByRank {
            rank
            share {
              ...InfluenceIntervalFields
            }
          }
          solver
          cutoff
          rank
        }
        deltas {
          source
          baseline
          metric
          mean
          low
          high
          pValue
          seeds
        }
      }
    }
  }
`);

/** One test image's most helpful and most harmful training images, per source (and seed). */
export const INFLUENCE_EXAMPLE_QUERY = graphql(`
  query InfluenceExample(
    $runId: ID!
    $target: String!
    $depth: Int!
    $n: Int!
    $testIndex: Int!
    $seed: Int
    $take: Int!
  ) {
    influenceExample(
      runId: $runId
      target: $target
      depth: $depth
      n: $n
      testIndex: $testIndex
      seed: $seed
      take: $take
    ) {
      source
      seed
      testIndex
      label
      predicted
      helpful {
        index
        label
        score
      }
      harmful {
        index
        label
        score
      }
    }
  }
`);

/** The run's params: the views that say which dataset a target name loads. */
export const INFLUENCE_RUN_PARAMS_QUERY = graphql(`
  query InfluenceRunParams($id: ID!) {
    run(id: $id) {
      id
      params
    }
  }
`);

/** A dataset's class names, to label the gallery's images. */
export const INFLUENCE_CLASSES_QUERY = graphql(`
  query InfluenceClasses($name: String!) {
    dataset(name: $name) {
      name
      details {
        classes
      }
    }
  }
`);

export type InfluenceResults = InfluenceResultsQuery['influenceResults'];
export type InfluenceSetting = InfluenceResults['settings'][number];
export type InfluenceSourceSummary = InfluenceSetting['sources'][number];
export type InfluenceDelta = InfluenceSetting['deltas'][number];
export type InfluenceExample = InfluenceExampleQuery['influenceExample'][number];
export type InfluenceImage = InfluenceExample['helpful'][number];
