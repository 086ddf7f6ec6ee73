import { graphql } from '../gql';
import type { SaliencyDisagreementsQuery, SaliencyGridQuery, SaliencyResultsQuery } from '../gql/graphql';

/** A saliency run's groups: per dataset, setting and method, each source's mean alignment with its interval, and the deltas. */
export const SALIENCY_RESULTS_QUERY = graphql(`
  query SaliencyResults($runId: ID!, $baseline: String) {
    saliencyResults(runId: $runId, baseline: $baseline) {
      groups {
        dataset
        setting
        method
        sources {
          source
          accuracy
          alignment {
            images
            mean
            low
            high
          }
          massShare {
            mean
          }
          completeness {
            images
            withinOnePercent
            median
            max
          }
        }
        deltas {
          source
          baseline
          mean
          low
          high
          pValue
          images
        }
      }
    }
  }
`);

/** A page of the grid: rows = images, a cell per source with its heat map and score. */
export const SALIENCY_GRID_QUERY = graphql(`
  query SaliencyGrid($runId: ID!, $dataset: String!, $kind: String!, $skip: Int!, $take: Int!) {
    saliencyGrid(runId: $runId, dataset: $dataset, kind: $kind, skip: $skip, take: $take) {
      sources
      total
      withMaps
      rows {
        index
        label
        cells {
          source
          predicted
          ratio
          map
        }
      }
    }
  }
`);

export const SALIENCY_DISAGREEMENTS_QUERY = graphql(`
  query SaliencyDisagreements($runId: ID!, $dataset: String!, $method: String!, $take: Int!) {
    saliencyDisagreements(runId: $runId, dataset: $dataset, method: $method, take: $take) {
      index
      label
      source
      baseline
      ratio
      baselineRatio
      predicted
      baselinePredicted
    }
  }
`);

export type SaliencyResults = SaliencyResultsQuery['saliencyResults'];
export type SaliencyGroup = SaliencyResults['groups'][number];
export type SaliencyGrid = SaliencyGridQuery['saliencyGrid'];
export type SaliencyDisagreement = SaliencyDisagreementsQuery['saliencyDisagreements'][number];
