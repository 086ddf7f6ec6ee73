import { graphql } from '../gql';
import type { ModelFiguresFragment } from '../gql/graphql';

/**
 * What each analysis that declares model figures measured for a model (its latest run's rows
 * about it), with the table's columns so the figures draw by role.
 */
export const MODEL_FIGURES_FRAGMENT = graphql(`
  fragment ModelFigures on SourceModel {
    id
    figures {
      analysis
      runId
      table {
        name
        columns {
          name
          role
          label
          description
          format
        }
      }
      rows
    }
  }
`);

export type ModelFigures = ModelFiguresFragment;
export type AnalysisFigures = ModelFigures['figures'][number];
