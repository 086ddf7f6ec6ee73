/** Variables through which the global setup hands the running platform's URLs to the tests. */
export const PLATFORM_ENV = {
  dashboard: 'E2E_DASHBOARD_URL',
  graphql: 'E2E_GRAPHQL_URL',
  /** The server's API token, which the tests paste at the dashboard's /login. */
  apiToken: 'E2E_API_TOKEN',
  /** The server's data directory (TRANSFERLAB_DATA_DIR): what `.transferlab/` is after `npm start`. */
  dataDir: 'E2E_DATA_DIR',
} as const;

export interface PlatformUrls {
  readonly dashboardUrl: string;
  readonly graphqlUrl: string;
  readonly apiToken: string;
}

export function platformUrls(): PlatformUrls {
  const dashboardUrl = process.env[PLATFORM_ENV.dashboard];
  const graphqlUrl = process.env[PLATFORM_ENV.graphql];
  const apiToken = process.env[PLATFORM_ENV.apiToken];
  if (!dashboardUrl || !graphqlUrl || !apiToken)
    throw new Error('the platform is not running: run through `playwright test` (global setup)');
  return { dashboardUrl, graphqlUrl, apiToken };
}

/** The running platform's data directory, which holds its api-token and its dataset root (datasets/). */
export function platformDataDir(): string {
  const dataDir = process.env[PLATFORM_ENV.dataDir];
  if (!dataDir) throw new Error('the platform is not running: run through `playwright test` (global setup)');
  return dataDir;
}
