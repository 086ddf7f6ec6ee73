import { test as base, expect } from '@playwright/test';
import { HomePage, type Kind } from './pages/home.page';
import { platformUrls, type PlatformUrls } from './support/platform-urls';

export interface SystemInfo {
  version: string;
  executionProviders: { available: string[]; active: string; setting: string };
  plugins: { kind: Kind; name: string; version: string; description: string; origin: string; paramsSchema: unknown }[];
}

interface Fixtures {
  /** The system info as the server answers it over GraphQL, to compare the page against. */
  systemInfo: SystemInfo;
  homePage: HomePage;
}

export const test = base.extend<Fixtures, { platform: PlatformUrls }>({
  platform: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use(platformUrls());
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ platform }, use) => {
    await use(platform.dashboardUrl);
  },
  systemInfo: async ({ platform, request }, use) => {
    const res = await request.post(platform.graphqlUrl, {
      data: { query: '{ system { version executionProviders { available active setting } plugins { kind name version description origin paramsSchema } } }' },
    });
    expect(res.ok()).toBe(true);
    const body = (await res.json()) as { data: { system: SystemInfo } };
    await use(body.data.system);
  },
  homePage: async ({ page }, use) => {
    await use(new HomePage(page));
  },
});

export { expect };
