'use client';

import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';

/** Same-origin endpoint: the dashboard proxies it to the server (app/graphql/route.ts). */
export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * An analysis's outputs are one cache entry per analysis name, so the queries that ask for
 * different fields of them (the top bar, the home page, an analysis page) merge their answers
 * rather than overwrite each other's list.
 */
const TYPE_POLICIES = { AnalysisOutputsObject: { keyFields: ['analysis'] } };

function createClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: GRAPHQL_ENDPOINT }),
    cache: new InMemoryCache({ typePolicies: TYPE_POLICIES }),
  });
}

/** One Apollo Client per browser tab; queries run in the browser (ssr: false in the hooks). */
export function AppApolloProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [client] = useState(createClient);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
