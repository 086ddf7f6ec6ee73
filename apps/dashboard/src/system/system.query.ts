import { gql, type TypedDocumentNode } from '@apollo/client';

/** Plugin kinds as the server's PluginKind enum spells them. */
export type PluginKind = 'DATASET' | 'MODEL' | 'ATTACK' | 'ANALYSIS';

export interface PluginSummary {
  readonly kind: PluginKind;
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly origin: string;
  readonly paramsSchema: unknown;
}

export interface SystemQueryData {
  readonly system: {
    readonly version: string;
    readonly executionProviders: { readonly available: readonly string[]; readonly active: string; readonly setting: string };
    readonly plugins: readonly PluginSummary[];
  };
}

// Typed by hand against apps/server/schema.gql until the dashboard generates its types.
export const SYSTEM_QUERY: TypedDocumentNode<SystemQueryData, Record<string, never>> = gql`
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
`;
