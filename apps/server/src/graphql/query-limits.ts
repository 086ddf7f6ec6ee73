import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';

/**
 * Limits every operation must pass before it runs (introspection excepted for depth and cost).
 * maxTokens is checked while parsing: graphql-js parses literals recursively, so a literal
 * nested a few thousand deep overflows the stack before any validation rule runs; the parser
 * stops at the cap instead, before it is that deep. The dashboard's largest document has about
 * 100 tokens and the full introspection query under 200; long params go in variables.
 * maxVariableErrors: variables are coerced before execution; after that many errors graphql-js
 * stops (a list of thousands of bad elements would otherwise give thousands of errors).
 */
export const QUERY_LIMITS = { maxDepth: 8, maxAliases: 15, maxCost: 5000, maxTokens: 1000, maxVariableErrors: 50 } as const;

/** graphql-js parse options: the same for HTTP (Apollo's `parseOptions`) and the WebSocket. */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: QUERY_LIMITS.maxTokens };

/**
 * graphql-armor throws by default, which Apollo reports as an internal error; reported
 * through the validation context instead, a refused query is a 400 with the limit named.
 */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError): void => ctx?.reportError(error)],
};

/**
 * The graphql-armor rules, added to graphql-js's own: the one definition that both HTTP
 * (Apollo's `validationRules`) and the WebSocket (graphql-ws's `validate`) apply.
 */
export const QUERY_LIMIT_RULES: readonly ValidationRule[] = [
  maxDepthRule({ n: QUERY_LIMITS.maxDepth, ...reportAsValidationError }),
  maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...reportAsValidationError }),
  costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ...reportAsValidationError }),
];
