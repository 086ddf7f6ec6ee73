import { graphql } from '../gql';
import type { ExampleEvidenceQuery } from '../gql/graphql';

/** One test image across runs: per source saliency, smallest fooling eps, influence galleries and transfer correctness. */
export const EXAMPLE_EVIDENCE_QUERY = graphql(`
  query ExampleEvidence($dataset: String!, $index: Int!, $runIds: [ID!]!) {
    exampleEvidence(dataset: $dataset, index: $index, runIds: $runIds) {
      dataset
      index
      label
      notes
      sources {
        source
        natural
        saliency {
          runId
          setting
          predicted
          scores {
            method
            ratio
          }
          maps {
            kind
            url
          }
        }
        robustness {
          runId
          norm
          attack
          seed
          minEps
          minEpsAttack
          maxEps
        }
        influence {
          runId
          n
          depth
          seed
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
        transfer {
          runId
          n
          depth
          seed
          correct
        }
      }
    }
  }
`);

export type ExampleEvidence = ExampleEvidenceQuery['exampleEvidence'];
export type ExampleSource = ExampleEvidence['sources'][number];
