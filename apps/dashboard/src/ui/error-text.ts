import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * One line about a failed request. A non-2xx answer from the dashboard's /graphql proxy
 * (e.g. 502 when the server is down) carries GraphQL-shaped errors in its body: show those
 * words rather than Apollo's "Response not successful".
 */
export function errorText(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join('; ');
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message?: unknown }[] };
      const messages = (body.errors ?? [])
        .map((e) => e.message)
        .filter((m): m is string => typeof m === 'string');
      if (messages.length > 0) return `${messages.join('; ')} (HTTP ${error.statusCode})`;
    } catch {
      // Not JSON: fall through to the status line.
    }
    return `the request failed with HTTP ${error.statusCode}`;
  }
  return error instanceof Error ? error.message : String(error);
}
