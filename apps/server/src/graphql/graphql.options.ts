import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';

/** The path of the GraphQL endpoint; the dashboard proxies it under the same path. */
export const GRAPHQL_PATH = '/graphql';

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
  };
}
