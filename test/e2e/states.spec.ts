import { expect, test } from './fixtures';

// The page's loading, error and empty states, with the GraphQL responses held or replaced
// in the browser (the server itself is healthy).
test.describe('dashboard home states', () => {
  test('shows a loading state until the server answers', async ({ homePage, page }) => {
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    await page.route('**/graphql', async (route) => {
      await held;
      await route.continue();
    });
    await homePage.goto();
    await expect(homePage.loading).toBeVisible();
    release();
    await expect(homePage.version).toBeVisible();
    await expect(homePage.loading).toHaveCount(0);
  });

  test('shows the error and recovers on "Try again"', async ({ homePage, page }) => {
    await page.route('**/graphql', (route) =>
      route.fulfill({ status: 502, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'the Transferlab server is not reachable' }] }) }),
    );
    await homePage.goto();
    await expect(homePage.error).toContainText('Cannot load the system information.');
    await page.unroute('**/graphql');
    await homePage.retry.click();
    await expect(homePage.version).toBeVisible();
    await expect(homePage.error).toHaveCount(0);
  });

  test('says "none registered" for each kind without plugins', async ({ homePage, page }) => {
    const system = {
      __typename: 'SystemInfo',
      version: '9.9.9',
      executionProviders: { __typename: 'ExecutionProviders', available: ['cuda', 'cpu'], active: 'cuda', setting: 'auto' },
      plugins: [
        { __typename: 'PluginInfo', kind: 'ATTACK', name: 'only-attack', version: '1.0.0', description: 'The one plugin.', origin: 'built-in x', paramsSchema: {} },
      ],
    };
    await page.route('**/graphql', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { system } }) }));
    await homePage.goto();
    await expect(homePage.activeProvider).toHaveText('cuda (setting: auto)');
    await expect(homePage.availableProviders).toHaveText('cuda, cpu');
    expect(await homePage.pluginNames('ATTACK')).toEqual(['only-attack']);
    for (const kind of ['DATASET', 'MODEL', 'ANALYSIS'] as const) await expect(homePage.noneRegistered(kind)).toBeVisible();
    await expect(homePage.noneRegistered('ATTACK')).toHaveCount(0);
  });
});
