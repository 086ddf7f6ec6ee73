import { expect, type APIRequestContext } from '@playwright/test';

/**
 * A GraphQL operation through the dashboard's own /graphql, as the browser sends it: the
 * proxy adds the server's API token, so mutations work as they do from the pages.
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
