import { execute, parse, specifiedRules, subscribe, GraphQLError, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import type { Context, SubscribePayload, ServerOptions } from 'graphql-ws';
import { PARSE_OPTIONS, QUERY_LIMITS, QUERY_LIMIT_RULES } from './query-limits';
import { explainVariableErrorLimit } from './variable-errors';

/** Operations one WebSocket connection may have in flight (subscriptions included); the next is refused. */
export const MAX_OPERATIONS_PER_CONNECTION = 16;

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** A host as it appears in a URL's hostname (IPv6 literals in brackets), lower case. */
const urlHostname = (host: string): string => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host).toLowerCase();

/**
 * Whether a browser page at `origin` may open the GraphQL WebSocket: pages served by the
 * server or the dashboard, i.e. http(s) on the configured host or a loopback name, at the
 * server port, the dashboard port or the port this connection arrived on. A request without
 * Origin is not a browser's (scripts and tools), and is let through; a browser always sends one.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  config: Pick<TransferlabConfig, 'host' | 'serverPort' | 'dashboardPort'>,
  localPort?: number,
): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file: pages) and anything malformed
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.origin !== origin.toLowerCase().replace(/\/$/, '')) return false; // a path, user or query: not an Origin
  const names = new Set([urlHostname(config.host), ...LOOPBACK_NAMES]);
  const ports = new Set([config.serverPort, config.dashboardPort, ...(localPort !== undefined ? [localPort] : [])]);
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  return names.has(url.hostname) && ports.has(port);
}

type WsContext = Context<Record<string, unknown> | undefined>;

/** The parser's refusal of a document under PARSE_OPTIONS (a syntax error, or too many tokens); null when it parses. */
function parseError(query: string): GraphQLError | null {
  try {
    parse(query, PARSE_OPTIONS);
    return null;
  } catch (e) {
    if (e instanceof GraphQLError) return e;
    throw e;
  }
}

/** The upgrade request: Nest serves graphql-ws with its ws adapter (`graphql-ws/use/ws`), whose `extra` holds it. */
const upgradeRequest = (ctx: WsContext): IncomingMessage => (ctx.extra as { readonly request: IncomingMessage }).request;

/**
 * graphql-ws options for the GraphQL WebSocket: the Origin allow-list (a foreign page's
 * connection is closed with 4403 Forbidden at `connection_init`, before any operation), the
 * same validation rules as HTTP (graphql-js's and the graphql-armor limits), and at most
 * MAX_OPERATIONS_PER_CONNECTION operations in flight per connection. Variables are coerced
 * with the same cap on errors as over HTTP, and the abort at the cap is a BAD_USER_INPUT error.
 */
export function websocketOptions(
  config: TransferlabConfig,
): Pick<ServerOptions, 'onConnect' | 'onSubscribe' | 'validate' | 'execute' | 'subscribe' | 'onNext'> {
  const options = { maxCoercionErrors: QUERY_LIMITS.maxVariableErrors };
  return {
    execute: (args) => execute({ ...args, options }),
    subscribe: (args) => subscribe({ ...args, options }),
    onNext: (_ctx, _id, _payload, _args, result) => explainVariableErrorLimit(result),
    onConnect: (ctx: WsContext): boolean => {
      const { headers, socket } = upgradeRequest(ctx);
      return isAllowedOrigin(headers.origin, config, socket.localPort);
    },
    validate: (schema: GraphQLSchema, document: DocumentNode) => validate(schema, document, [...specifiedRules, ...QUERY_LIMIT_RULES]),
    onSubscribe: (ctx: WsContext, _id: string, payload: SubscribePayload): GraphQLError[] | undefined => {
      // graphql-ws parses without options, and a throw there closes the socket: the token cap
      // is checked here first, so a refused document is an error message, as over HTTP.
      const parsed = parseError(payload.query);
      if (parsed) return [parsed];
      // graphql-ws has already registered this operation in ctx.subscriptions.
      if (Object.keys(ctx.subscriptions).length <= MAX_OPERATIONS_PER_CONNECTION) return undefined;
      return [
        new GraphQLError(
          `at most ${MAX_OPERATIONS_PER_CONNECTION} operations (subscriptions included) may be open at once on one WebSocket connection; complete one first or open another connection`,
          { extensions: { code: 'BAD_REQUEST', reason: 'TOO_MANY_OPERATIONS' } },
        ),
      ];
    },
  };
}
