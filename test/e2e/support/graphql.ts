import { expect, type APIRequestContext } from '@playwright/test';

/**
 * A GraphQL operation through the dashboard's own /graphql, as the browser sends it. The proxy
 * adds the server's API token only for a logged-in session: pass the `page.request` of a page
 * that has logged in (it shares the page's cookies) for mutations.
 */
export async function dashboardGraphql<T>(
  request: APIRequestContext,
  dashboardUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await request.post(new URL('graphql', dashboardUrl).toString(), { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}
