import { callerTokenRefusal } from '../../src/proxy/caller-token';
import { dashboardContext, refusal, sessionToken } from '../../src/proxy/dashboard-context';
import { forwardGraphQL } from '../../src/proxy/forward-graphql';

// Read per process at run time: the server port is that of this run, not of the build.
export const dynamic = 'force-dynamic';

/**
 * The browser's GraphQL endpoint: proxied to the Transferlab server (one origin, no CORS).
 * Queries work without a session; the server's token rides only with a logged-in session's
 * requests, so a mutation without one is refused by the server (UNAUTHENTICATED). A caller's
 * own Authorization header is checked here first (callerTokenRefusal).
 */
export async function GET(request: Request): Promise<Response> {
  const ctx = dashboardContext();
  return (
    refusal(request, ctx) ??
    (await callerTokenRefusal(request, ctx.apiToken(), ctx.loginAttempts, 'graphql')) ??
    forwardGraphQL(request, ctx.graphqlUrl)
  );
}

export async function POST(request: Request): Promise<Response> {
  const ctx = dashboardContext();
  return (
    refusal(request, ctx) ??
    (await callerTokenRefusal(request, ctx.apiToken(), ctx.loginAttempts, 'graphql')) ??
    forwardGraphQL(request, ctx.graphqlUrl, fetch, sessionToken(request, ctx))
  );
}
