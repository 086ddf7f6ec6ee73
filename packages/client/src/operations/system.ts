import { graphql } from '../gql';

export const systemQuery = graphql(`
  query System {
    system {
      version
      executionProviders {
        active
        available
        setting
      }
      plugins {
        kind
        name
        version
        description
      }
    }
  }
`);
