import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorText } from './error-text';

const serverError = (status: number, bodyText: string): ServerError =>
  new ServerError('Response not successful', { response: new Response(bodyText, { status }), bodyText });

describe('errorText', () => {
  it('shows the proxy’s own message for a non-2xx answer with GraphQL errors', () => {
    const body = JSON.stringify({ errors: [{ message: 'the Transferlab server is not reachable' }] });
    expect(errorText(serverError(502, body))).toBe('the Transferlab server is not reachable (HTTP 502)');
  });

  it('falls back to the status for a body that is not GraphQL', () => {
    expect(errorText(serverError(504, '<html>gateway</html>'))).toBe('the request failed with HTTP 504');
  });

  it('joins GraphQL errors and passes other errors through', () => {
    const gql = new CombinedGraphQLErrors({
      errors: [{ message: 'no run with id x' }, { message: 'second' }],
    });
    expect(errorText(gql)).toBe('no run with id x; second');
    expect(errorText(new Error('Failed to fetch'))).toBe('Failed to fetch');
  });
});
