import type { IncomingMessage } from 'node:http';

/**
 * What resolvers and guards get as the GraphQL context: the HTTP request for queries over
 * HTTP; the `connectionParams` of `connection_init` for operations over the WebSocket
 * (there, the upgrade request's headers belong to the browser, not to the operation).
 */
export type GraphQLRequestContext =
  | { readonly transport: 'http'; readonly req: IncomingMessage }
  | {
      readonly transport: 'websocket';
      readonly connectionParams: Readonly<Record<string, unknown>>;
      /** The client's address, from the upgrade request's socket. */
      readonly remoteAddress: string | undefined;
    };

/** What Apollo (HTTP) or graphql-ws (its connection context) passes to the context function. */
type ContextSource = { readonly req: IncomingMessage } | { readonly connectionParams?: Readonly<Record<string, unknown>>; readonly extra: unknown };

/** The one context function for both transports. */
export function requestContext(source: ContextSource): GraphQLRequestContext {
  if ('req' in source) return { transport: 'http', req: source.req };
  // graphql-ws over Nest's ws adapter: `extra` holds the upgrade request.
  const request = (source.extra as { readonly request?: IncomingMessage } | undefined)?.request;
  return { transport: 'websocket', connectionParams: source.connectionParams ?? {}, remoteAddress: request?.socket.remoteAddress };
}

/** The address an operation comes from (the socket's: forwarded headers are not trusted). */
export function remoteAddressOf(context: GraphQLRequestContext | undefined): string | undefined {
  if (context === undefined) return undefined;
  return context.transport === 'http' ? context.req.socket.remoteAddress : context.remoteAddress;
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
