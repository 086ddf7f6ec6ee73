/** Variables through which the global setup hands the running platform's URLs to the tests. */
export const PLATFORM_ENV = {
  dashboard: 'E2E_DASHBOARD_URL',
  graphql: 'E2E_GRAPHQL_URL',
} as const;

export interface PlatformUrls {
  readonly dashboardUrl: string;
  readonly graphqlUrl: string;
}

export function platformUrls(): PlatformUrls {
  const dashboardUrl = process.env[PLATFORM_ENV.dashboard];
  const graphqlUrl = process.env[PLATFORM_ENV.graphql];
  if (!dashboardUrl || !graphqlUrl) throw new Error('the platform is not running: run through `playwright test` (global setup)');
  return { dashboardUrl, graphqlUrl };
}
