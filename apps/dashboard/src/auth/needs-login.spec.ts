import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { afterLoginPath, LoginRequiredError, loginHref, needsLogin } from './needs-login';

describe('needsLogin', () => {
  it('is true for an UNAUTHENTICATED GraphQL error or a refused upload, false otherwise', () => {
    const graphql = (code: string): CombinedGraphQLErrors =>
      new CombinedGraphQLErrors({ errors: [{ message: 'no', extensions: { code } }] });
    expect(needsLogin(graphql('UNAUTHENTICATED'))).toBe(true);
    expect(needsLogin(graphql('BAD_USER_INPUT'))).toBe(false);
    expect(needsLogin(new LoginRequiredError('log in'))).toBe(true);
    expect(needsLogin(new Error('down'))).toBe(false);
  });
});

describe('afterLoginPath', () => {
  it.each([
    ['/runs/new', '/runs/new'],
    ['/runs?x=1', '/runs?x=1'],
    [null, '/'],
    ['//evil.test', '/'],
    ['https://evil.test/', '/'],
    ['/\\evil.test', '/'],
  ])('%s -> %s', (next, path) => {
    expect(afterLoginPath(next)).toBe(path);
  });

  it('builds the login link back to a page', () => {
    expect(loginHref('/runs/new')).toBe('/login?next=%2Fruns%2Fnew');
  });
});
