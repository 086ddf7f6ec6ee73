import { graphql } from '../gql';
import type { HomeAnalysesQuery } from '../gql/graphql';

/** Runs the home page lists, newest first. */
export const HOME_RUNS_SHOWN = 8;

/**
 * Every analysis with its tables' columns, to pick the one whose summary compares sources with a
 * baseline. The tables are asked for with the fields the analysis page asks for, so the two
 * answers fill the same cache entry (one per analysis) without dropping each other's fields.
 */
export const HOME_ANALYSES_QUERY = graphql(`
  query HomeAnalyses {
    analyses {
      analysis
      summaryTable
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
    }
  }
`);

export type HomeAnalysis = HomeAnalysesQuery['analyses'][number];
