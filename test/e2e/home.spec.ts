import { expect, test } from './fixtures';
import { dashboardGraphql } from './support/graphql';
import { attachScreenshot } from './support/screenshot';
import { naturalZooModel, robustZooModel } from './support/zoo';

const START = 'mutation($input: StartRunInput!) { startRun(input: $input) { id } }';

/**
 * The home page answers the question at a glance: after a small transfer run with a natural and a
 * robust zoo source, `/` lists the run with its status and progress, shows the robust source minus
 * the natural one per target (mean, 95% interval, p-value) at the smallest and largest n, and links
 * every analysis page. Tiny: 2 sources x mnist x n 20 and 40 x depth 0 x 2 seeds (two, so the
 * deltas have intervals and p-values) = 8 trials of 2 epochs on a 200-image test subset.
 */
const RUN = {
  targets: ['mnist'],
  n: [20, 40],
  depths: [0],
  seeds: [0, 1],
  epochs: 2,
  testLimit: 200,
} as const;

test.describe('the home page', () => {
  test('shows the latest runs and the robust-minus-natural delta per target', async ({
    loggedIn: _,
    homePage,
    runPage,
    page,
    platform,
  }, testInfo) => {
    test.setTimeout(150_000);
    const natural = naturalZooModel().id;
    const robust = robustZooModel().id;
    const { startRun } = await dashboardGraphql<{ startRun: { id: string } }>(
      page.request,
      platform.dashboardUrl,
      START,
      { input: { analysis: 'transfer', params: { sources: [natural, robust], ...RUN } } },
    );
    const runId = startRun.id;

    // While it runs the home page lists it with its progress.
    await homePage.goto();
    await expect(homePage.run(runId)).toBeVisible();
    await expect(homePage.run(runId).getByRole('progressbar')).toBeVisible();

    await runPage.goto(runId);
    await expect(runPage.status).toHaveText('completed', { timeout: 120_000 });
    await expect(runPage.count('failed')).toHaveText('0');

    await homePage.goto();
    await expect(homePage.run(runId)).toContainText('completed');
    await expect(homePage.run(runId)).toContainText('8 / 0 / 8');
    await expect(homePage.run(runId).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');

    // The headline reads this run (the newest completed transfer run): the robust source minus the
    // natural baseline at n = 20 and n = 40, each a signed share with its interval and a p-value.
    await expect(homePage.headline).toHaveAttribute('data-run', runId);
    const mnist = homePage.target('mnist');
    await expect(mnist).toContainText(`baseline ${natural}`);
    await expect(mnist.locator(`tr[data-source="${natural}"]`)).toHaveCount(0);
    for (const n of RUN.n) {
      const cell = homePage.delta('mnist', robust, n);
      await expect(cell).toContainText(
        /^[+-]?\d+\.\d% \[-?\d+\.\d%, -?\d+\.\d%\] p (< 0\.001|\d\.\d{3}|n\/a)$/,
      );
    }
    await attachScreenshot(page, testInfo, 'home');

    // One link per analysis the server registers, each to its page.
    const analyses = await dashboardGraphql<{ analyses: { analysis: string }[] }>(
      page.request,
      platform.dashboardUrl,
      '{ analyses { analysis } }',
    );
    for (const { analysis } of analyses.analyses)
      await expect(homePage.analysisLink(analysis)).toHaveAttribute('href', `/analyses/${analysis}`);

    // The headline links the run's results; the top bar's System link and brand lead to /system and back.
    await homePage.headline.getByRole('link', { name: "All of this run's results" }).click();
    await expect(page).toHaveURL(new RegExp(`/analyses/transfer\\?run=${runId}$`));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'System' }).click();
    await expect(page).toHaveURL(/\/system$/);
    await page.getByRole('link', { name: 'Transferlab' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(homePage.headline).toBeVisible();
  });
});
