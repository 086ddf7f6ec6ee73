import { expect, test } from './fixtures';

// The page's loading, error and empty states, with the GraphQL responses held or replaced
// in the browser (the server itself is healthy).
test.describe('dashboard system page states', () => {
  test('shows a loading state until the server answers', async ({ systemPage, page }) => {
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    await page.route('**/graphql', async (route) => {
      await held;
      await route.continue();
    });
    await systemPage.goto();
    await expect(systemPage.loading).toBeVisible();
    release();
    await expect(systemPage.version).toBeVisible();
    await expect(systemPage.loading).toHaveCount(0);
  });

  test('shows the error and recovers on "Try again"', async ({ systemPage, page }) => {
    await page.route('**/graphql', (route) =>
      route.fulfill({ status: 502, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'the Transferlab server is not reachable' }] }) }),
    );
    await systemPage.goto();
    await expect(systemPage.error).toContainText('Cannot load the system information.');
    await page.unroute('**/graphql');
    await systemPage.retry.click();
    await expect(systemPage.version).toBeVisible();
    await expect(systemPage.error).toHaveCount(0);
  });

  test('says "none registered" for each kind without plugins', async ({ systemPage, page }) => {
    const system = {
      __typename: 'SystemInfo',
      version: '9.9.9',
      executionProviders: { __typename: 'ExecutionProviders', available: ['cuda', 'cpu'], active: 'cuda', setting: 'auto' },
      plugins: [
        { __typename: 'PluginInfo', kind: 'ATTACK', name: 'only-attack', version: '1.0.0', description: 'The one plugin.', origin: 'built-in x', paramsSchema: {} },
      ],
    };
    await page.route('**/graphql', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { system } }) }));
    await systemPage.goto();
    await expect(systemPage.activeProvider).toHaveText('cuda (setting: auto)');
    await expect(systemPage.availableProviders).toHaveText('cuda, cpu');
    expect(await systemPage.pluginNames('ATTACK')).toEqual(['only-attack']);
    for (const kind of ['DATASET', 'MODEL', 'ANALYSIS'] as const) await expect(systemPage.noneRegistered(kind)).toBeVisible();
    await expect(systemPage.noneRegistered('ATTACK')).toHaveCount(0);
  });
});

// The home page's parts each load, fail and recover on their own.
test.describe('dashboard home states', () => {
  test('shows each part failing, and recovers on "Try again"', async ({ homePage, page }) => {
    await page.route('**/graphql', (route) =>
      route.fulfill({ status: 502, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'the Transferlab server is not reachable' }] }) }),
    );
    await homePage.goto();
    const errors = page.getByTestId('state-error');
    await expect(errors).toHaveCount(3);
    await expect(errors.filter({ hasText: 'Cannot load the runs.' })).toContainText('the Transferlab server is not reachable');
    await page.unroute('**/graphql');
    while ((await errors.count()) > 0) await errors.first().getByRole('button', { name: 'Try again' }).click();
    await expect(homePage.analysisLinks).toBeVisible();
    await expect(page.getByTestId('state-loading')).toHaveCount(0);
  });

  test('says what to do while there are no runs', async ({ homePage, page }) => {
    // The registry as the server answers it; no runs at all.
    await page.route('**/graphql', async (route) => {
      const op = (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;
      if (op === 'ResultsRuns' || op === 'AnalysisRuns') await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { runs: [] } }) });
      else await route.continue();
    });
    await homePage.goto();
    await expect(page.getByTestId('state-empty').filter({ hasText: 'No runs yet.' })).toBeVisible();
    await expect(page.getByTestId('state-empty').filter({ hasText: 'No transfer run has results yet.' })).toBeVisible();
    await expect(homePage.analysisLink('transfer')).toBeVisible();
  });
});
