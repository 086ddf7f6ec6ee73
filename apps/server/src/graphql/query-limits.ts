import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

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
 * The graphql-armor rules, added to graphql-js's own: the one definition that both HTTP
 * (Apollo's `validationRules`) and the WebSocket (graphql-ws's `validate`) apply.
 */
export const QUERY_LIMIT_RULES: readonly ValidationRule[] = [
  maxDepthRule({ n: QUERY_LIMITS.maxDepth, ...reportAsValidationError }),
  maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...reportAsValidationError }),
  costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ...reportAsValidationError }),
];
