import { loadConfig, type TransferlabConfig } from '@transferlab/sdk/config';
import { readApiToken } from '../../src/proxy/api-token';
import { forwardGraphQL } from '../../src/proxy/forward-graphql';
import { graphqlUpstream } from '../../src/proxy/upstream';

// Read per process at run time: the server port is that of this run, not of the build.
export const dynamic = 'force-dynamic';

let config: TransferlabConfig | undefined;
let upstream: string | undefined;
let token: string | undefined;

function serverGraphqlUrl(): string {
  config ??= loadConfig();
  upstream ??= graphqlUpstream(config);
  return upstream;
}

/** Kept once found; looked up again until then (the server generates it at its first boot). */
function apiToken(): string | undefined {
  config ??= loadConfig();
  token ??= readApiToken(config);
  return token;
}

/** The browser's GraphQL endpoint: proxied to the Transferlab server (one origin, no CORS). */
export function GET(request: Request): Promise<Response> {
  return forwardGraphQL(request, serverGraphqlUrl());
}

export function POST(request: Request): Promise<Response> {
  return forwardGraphQL(request, serverGraphqlUrl(), fetch, apiToken());
}
