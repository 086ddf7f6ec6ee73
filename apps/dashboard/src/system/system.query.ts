import { graphql } from '../gql';
import type { SystemQuery } from '../gql/graphql';

/** One registered plugin as the System query returns it. */
export type PluginSummary = SystemQuery['system']['plugins'][number];

/** Plugin kinds as the server's PluginKind enum spells them. */
export type PluginKind = PluginSummary['kind'];

export const SYSTEM_QUERY = graphql(`
  query System {
    system {
      version
      executionProviders {
        available
        active
        setting
      }
      plugins {
        kind
        name
        version
        description
        origin
        paramsSchema
      }
    }
  }
`);
