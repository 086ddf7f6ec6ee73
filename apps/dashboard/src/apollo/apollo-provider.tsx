'use client';

import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';

/** Same-origin endpoint: the dashboard proxies it to the server (app/graphql/route.ts). */
export const GRAPHQL_ENDPOINT = '/graphql';

function createClient(): ApolloClient {
  return new ApolloClient({ link: new HttpLink({ uri: GRAPHQL_ENDPOINT }), cache: new InMemoryCache() });
}

/** One Apollo Client per browser tab; queries run in the browser (ssr: false in the hooks). */
export function AppApolloProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [client] = useState(createClient);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
