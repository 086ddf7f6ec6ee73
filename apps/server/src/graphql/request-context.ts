import type { IncomingMessage } from 'node:http';

/**
 * What resolvers and guards get as the GraphQL context: the HTTP request for queries over
 * HTTP; the `connectionParams` of `connection_init` for operations over the WebSocket
 * (there, the upgrade request's headers belong to the browser, not to the operation).
 */
export type GraphQLRequestContext =
  | { readonly transport: 'http'; readonly req: IncomingMessage }
  | { readonly transport: 'websocket'; readonly connectionParams: Readonly<Record<string, unknown>> };

/** What Apollo (HTTP) or graphql-ws (its connection context) passes to the context function. */
type ContextSource = { readonly req: IncomingMessage } | { readonly connectionParams?: Readonly<Record<string, unknown>>; readonly extra: unknown };

/** The one context function for both transports. */
export function requestContext(source: ContextSource): GraphQLRequestContext {
  if ('req' in source) return { transport: 'http', req: source.req };
  return { transport: 'websocket', connectionParams: source.connectionParams ?? {} };
}

/**
 * The `Authorization` value an operation carries: the HTTP header, or over the WebSocket
 * `connectionParams.authorization` (`Authorization` accepted too), e.g.
 * `createClient({ connectionParams: { authorization: 'Bearer <token>' } })`.
 */
export function authorizationOf(context: GraphQLRequestContext | undefined): string | undefined {
  if (context === undefined) return undefined;
  if (context.transport === 'http') return context.req.headers.authorization;
  const value = context.connectionParams['authorization'] ?? context.connectionParams['Authorization'];
  return typeof value === 'string' ? value : undefined;
}
