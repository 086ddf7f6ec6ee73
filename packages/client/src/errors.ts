/**
 * Why a request failed. GraphQL error codes come from the server (`extensions.code`); the
 * others are this client's: UNREACHABLE (no answer at the URL), HTTP (an answer that is not
 * GraphQL's), BAD_RESPONSE (GraphQL that does not parse).
 */
export type TransferlabErrorCode =
  | 'UNAUTHENTICATED'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | 'UNREACHABLE'
  | 'HTTP'
  | 'BAD_RESPONSE'
  | (string & {});

/** One GraphQL error as the server sends it. */
export interface GraphQLErrorBody {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string; readonly reason?: string; readonly field?: string };
}

export class TransferlabError extends Error {
  constructor(
    readonly code: TransferlabErrorCode,
    message: string,
    /** The server's domain reason (INVALID_PARAMS, UNKNOWN_ANALYSIS, INVALID_TOKEN...), when it gave one. */
    readonly reason?: string,
    /** The input field at fault (`input.height`), when the server named one. */
    readonly field?: string,
    /** HTTP status of the answer, when there was one. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'TransferlabError';
  }

  /** The first error of a GraphQL answer; the others are appended to the message. */
  static fromGraphQL(errors: readonly GraphQLErrorBody[], status?: number): TransferlabError {
    const [first, ...rest] = errors;
    const message = [first?.message ?? 'unknown GraphQL error', ...rest.map((e) => e.message)].join('; ');
    const ext = first?.extensions;
    return new TransferlabError(ext?.code ?? 'INTERNAL_SERVER_ERROR', message, ext?.reason, ext?.field, status);
  }
}
