import { test as base, expect } from '@playwright/test';
import { CatalogPage } from './pages/catalog.page';
import { HomePage } from './pages/home.page';
import { InfluencePage } from './pages/influence.page';
import { LoginPage } from './pages/login.page';
import { NewRunPage } from './pages/new-run.page';
import { RobustnessPage } from './pages/robustness.page';
import { RunPage } from './pages/run.page';
import { RunsPage } from './pages/runs.page';
import { SystemPage, type Kind } from './pages/system.page';
import { TransferPage } from './pages/transfer.page';
import { platformUrls, type PlatformUrls } from './support/platform-urls';

export interface SystemInfo {
  version: string;
  executionProviders: { available: string[]; active: string; setting: string };
  plugins: {
    kind: Kind;
    name: string;
    version: string;
    description: string;
    origin: string;
    paramsSchema: unknown;
  }[];
}

interface Fixtures {
  /** The system info as the server answers it over GraphQL, to compare the page against. */
  systemInfo: SystemInfo;
  homePage: HomePage;
  systemPage: SystemPage;
  runsPage: RunsPage;
  runPage: RunPage;
  newRunPage: NewRunPage;
  catalogPage: CatalogPage;
  transferPage: TransferPage;
  robustnessPage: RobustnessPage;
  influencePage: InfluencePage;
  loginPage: LoginPage;
  /** Logs the page in (the login form, with the server's token) before the test: mutations need it. */
  loggedIn: void;
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
      data: {
        query:
          '{ system { version executionProviders { available active setting } plugins { kind name version description origin paramsSchema } } }',
      },
    });
    expect(res.ok()).toBe(true);
    const body = (await res.json()) as { data: { system: SystemInfo } };
    await use(body.data.system);
  },
  homePage: async ({ page }, use) => {
    await use(new HomePage(page));
  },
  systemPage: async ({ page }, use) => {
    await use(new SystemPage(page));
  },
  runsPage: async ({ page }, use) => {
    await use(new RunsPage(page));
  },
  runPage: async ({ page }, use) => {
    await use(new RunPage(page));
  },
  newRunPage: async ({ page }, use) => {
    await use(new NewRunPage(page));
  },
  catalogPage: async ({ page }, use) => {
    await use(new CatalogPage(page));
  },
  transferPage: async ({ page }, use) => {
    await use(new TransferPage(page));
  },
  robustnessPage: async ({ page }, use) => {
    await use(new RobustnessPage(page));
  },
  influencePage: async ({ page }, use) => {
    await use(new InfluencePage(page));
  },
  loginPage: async ({ page }, use) => {
    await use(new LoginPage(page));
  },
  loggedIn: async ({ loginPage, platform }, use) => {
    await loginPage.logInWith(platform.apiToken);
    await use();
  },
});

export { expect };
