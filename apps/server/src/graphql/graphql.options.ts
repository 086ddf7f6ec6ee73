import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { PARSE_OPTIONS, QUERY_LIMITS, QUERY_LIMIT_RULES } from './query-limits';
import { requestContext } from './request-context';
import { formatVariableErrorLimit } from './variable-errors';
import { websocketOptions } from './websocket';

export { QUERY_LIMITS } from './query-limits';

/** The path of the GraphQL endpoint; the dashboard proxies it under the same path. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Code-first GraphQL over HTTP and WebSocket. The schema is built in memory at boot (the
 * committed schema.gql is written by `npm run schema:write` and checked by a test), sorted so
 * that the printed file does not change with declaration order.
 */
export function graphqlOptions(config: TransferlabConfig): ApolloDriverConfig {
  // Nest's type names only some graphql-ws options, but passes them all to graphql-ws's
  // useServer; `validate` (the WebSocket's validation rules) is one it leaves out.
  const graphqlWs: GraphQLWsSubscriptionsConfig = { path: GRAPHQL_PATH, ...websocketOptions(config) };
  return {
    driver: ApolloDriver,
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    // Apollo's CSRF prevention: refuses "simple" requests a browser could send cross-site.
    csrfPrevention: true,
    // External tools script the platform through GraphQL, so the schema stays discoverable.
    introspection: true,
    // The GraphiQL page loads its scripts from a CDN; this platform must work offline.
    graphiql: false,
    includeStacktraceInErrorResponses: false,
    // Live progress over WebSocket (graphql-ws protocol), on the same path as queries, with
    // the same limits, an Origin allow-list and a cap on operations per connection.
    subscriptions: { 'graphql-ws': graphqlWs },
    // Field resolvers with arguments (Run.trials(take), thumbnails(count)) report refused
    // arguments through the same exception filter as queries; Nest skips filters there otherwise.
    fieldResolverEnhancers: ['filters'],
    // Guards read the token from the HTTP request or the WebSocket's connectionParams.
    context: requestContext,
    // Validation rules run before execution, so a refused query never touches a resolver.
    validationRules: [...QUERY_LIMIT_RULES],
    // A token cap while parsing: deep literals are refused before they overflow the parser's stack.
    parseOptions: PARSE_OPTIONS,
    // Variables are coerced before execution, with a cap on errors; the abort at the cap is
    // the client's doing and is answered as BAD_USER_INPUT (HTTP 400), not an internal error.
    executionOptions: { maxCoercionErrors: QUERY_LIMITS.maxVariableErrors },
    formatError: formatVariableErrorLimit,
  };
}
