import { loadConfig } from '@transferlab/sdk/config';
import { forwardGraphQL } from '../../src/proxy/forward-graphql';
import { graphqlUpstream } from '../../src/proxy/upstream';

// Read per process at run time: the server port is that of this run, not of the build.
export const dynamic = 'force-dynamic';

let upstream: string | undefined;
function serverGraphqlUrl(): string {
  upstream ??= graphqlUpstream(loadConfig());
  return upstream;
}

/** The browser's GraphQL endpoint: proxied to the Transferlab server (one origin, no CORS). */
export function GET(request: Request): Promise<Response> {
  return forwardGraphQL(request, serverGraphqlUrl());
}

export function POST(request: Request): Promise<Response> {
  return forwardGraphQL(request, serverGraphqlUrl());
}
