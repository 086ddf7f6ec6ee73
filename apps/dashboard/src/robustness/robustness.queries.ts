import { graphql } from '../gql';
import type { RobustFiguresFragment, RobustnessResultsQuery } from '../gql/graphql';

/** Every accuracy of a robustness run: mean over seeds with its 95% interval. */
export const ROBUSTNESS_INTERVAL_FRAGMENT = graphql(`
  fragment RobustnessIntervalFields on RobustnessInterval {
    mean
    sd
    low
    high
    seeds
  }
`);

/** A robustness run's leaderboards per dataset and threat model, accuracy-vs-eps curves and failed checks. */
export const ROBUSTNESS_RESULTS_QUERY = graphql(`
  query RobustnessResults($runId: ID!) {
    robustnessResults(runId: $runId) {
      boards {
        dataset
        norm
        eps
        attacks
        rows {
          source
          clean {
            ...RobustnessIntervalFields
          }
          ensemble {
            ...RobustnessIntervalFields
          }
          attacks {
            attack
            accuracy {
              ...RobustnessIntervalFields
            }
          }
          components {
            attack
            component
            accuracy {
              ...RobustnessIntervalFields
            }
          }
          flags
          passesPerImage
          manifest
        }
      }
      curves {
        source
        dataset
        norm
        attack
        clean {
          ...RobustnessIntervalFields
        }
        points {
          eps
          accuracy {
            ...RobustnessIntervalFields
          }
        }
        auc {
          ...RobustnessIntervalFields
        }
      }
      flags {
        name
        message
        source
        dataset
        norm
        attack
        seed
      }
    }
  }
`);

/**
 * A source model's robust accuracy twice: the manifest's grid and what the latest robustness
 * run measured. The catalog and the transfer leaderboard both show them side by side.
 */
export const ROBUST_FIGURES_FRAGMENT = graphql(`
  fragment RobustFigures on SourceModel {
    id
    robustAccuracy {
      norm
      eps
      epsLabel
      accuracy
    }
    measuredRobustness {
      runId
      dataset
      norm
      eps
      accuracy
      clean
      attacks
      flags
    }
  }
`);

/** Every source model's robust figures, for the transfer leaderboard's source column. */
export const SOURCE_ROBUSTNESS_QUERY = graphql(`
  query SourceRobustness {
    models(take: 100) {
      ...RobustFigures
    }
  }
`);

export type RobustnessResults = RobustnessResultsQuery['robustnessResults'];
export type RobustnessBoard = RobustnessResults['boards'][number];
export type RobustnessRow = RobustnessBoard['rows'][number];
export type RobustnessCurve = RobustnessResults['curves'][number];
export type RobustnessFlag = RobustnessResults['flags'][number];
export type RobustFigures = RobustFiguresFragment;
