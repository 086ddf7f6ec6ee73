import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { IncomingMessage } from 'node:http';
import type { GraphQLError, ValidationContext } from 'graphql';

/** The path of the GraphQL endpoint; the dashboard proxies it under the same path. */
export const GRAPHQL_PATH = '/graphql';

/** Limits every operation must pass before it runs (introspection excepted for depth and cost). */
export const QUERY_LIMITS = { maxDepth: 8, maxAliases: 15, maxCost: 5000 } as const;

/**
 * graphql-armor throws by default, which Apollo reports as an internal error; reported
 * through the validation context instead, a refused query is a 400 with the limit named.
 */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError): void => ctx?.reportError(error)],
};

/**
 * Code-first GraphQL over HTTP. The schema is built in memory at boot (the committed
 * schema.gql is written by `npm run schema:write` and checked by a test), sorted so that
 * the printed file does not change with declaration order.
 */
export function graphqlOptions(): ApolloDriverConfig {
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
    // Live progress over WebSocket (graphql-ws protocol), on the same path as queries.
    subscriptions: { 'graphql-ws': { path: GRAPHQL_PATH } },
    // Field resolvers with arguments (Run.trials(take), thumbnails(count)) report refused
    // arguments through the same exception filter as queries; Nest skips filters there otherwise.
    fieldResolverEnhancers: ['filters'],
    // Guards read the Authorization header from the HTTP request.
    context: ({ req }: { req: IncomingMessage }) => ({ req }),
    // Validation rules run before execution, so a refused query never touches a resolver.
    validationRules: [
      maxDepthRule({ n: QUERY_LIMITS.maxDepth, ...reportAsValidationError }),
      maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...reportAsValidationError }),
      costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ...reportAsValidationError }),
    ],
  };
}
