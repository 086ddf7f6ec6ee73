import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { QUERY_LIMITS } from './query-limits';

/** How graphql-js's getVariableValues starts the error it adds once maxCoercionErrors is reached. */
const GRAPHQL_JS_LIMIT_MESSAGE = 'Too many errors processing variables';

/**
 * Whether `error` is graphql-js's "too many variable errors" abort. It carries no code and no
 * location, so Apollo would report it as INTERNAL_SERVER_ERROR although the client's variables
 * caused it.
 */
export function isVariableErrorLimit(error: unknown): boolean {
  return error instanceof GraphQLError && (error.nodes ?? []).length === 0 && error.message.startsWith(GRAPHQL_JS_LIMIT_MESSAGE);
}

/** The refusal that replaces graphql-js's abort: a client error that says what to do. */
export function variableErrorLimitError(): GraphQLError {
  return new GraphQLError(
    `too many invalid variable values: checking stopped after ${QUERY_LIMITS.maxVariableErrors} errors (listed above); correct them and send the document again`,
    { extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_VARIABLE_ERRORS' } },
  );
}

/** Apollo's formatError hook over HTTP: the abort becomes a BAD_USER_INPUT refusal, other errors pass. */
export function formatVariableErrorLimit(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return isVariableErrorLimit(error) ? variableErrorLimitError().toJSON() : formatted;
}

/** The same for a result sent over the WebSocket (graphql-ws's onNext). */
export function explainVariableErrorLimit(result: ExecutionResult): FormattedExecutionResult | undefined {
  if (!result.errors?.some(isVariableErrorLimit)) return undefined;
  return { ...result, errors: result.errors.map((e) => (isVariableErrorLimit(e) ? variableErrorLimitError() : e).toJSON()) };
}
