import { expect, test } from './fixtures';
import { dashboardGraphql } from './support/graphql';
import { naturalZooModel } from './support/zoo';

test.describe('cancelling a run', () => {
  test('the run page cancels a running run; its queued trials are cancelled and the counts say so', async ({
    loggedIn: _,
    page,
    platform,
    runPage,
  }) => {
    // Long enough that it is still running when the button is clicked: 40 trials of 50 epochs.
    const params = {
      sources: [naturalZooModel().id],
      targets: ['mnist'],
      n: [20, 40, 80, 160],
      seeds: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      epochs: 50,
      testLimit: 100,
    };
    // Through the dashboard with the page's session cookie (page.request shares it).
    const { startRun } = await dashboardGraphql<{ startRun: { id: string } }>(
      page.request,
      platform.dashboardUrl,
      'mutation($input: StartRunInput!) { startRun(input: $input) { id } }',
      { input: { analysis: 'transfer', params } },
    );
    await runPage.goto(startRun.id);
    await expect(runPage.status).toHaveText(/queued|running/);
    await runPage.cancel.click();
    await expect(runPage.status).toHaveText('cancelled');
    await expect(runPage.cancel).toHaveCount(0);
    // The counts settle once the cancelled run has been fetched again.
    await expect(runPage.count('running')).toHaveText('0');
    await expect(runPage.count('queued')).toHaveText('0');
    const cancelled = Number(await runPage.count('cancelled').textContent());
    const completed = Number(await runPage.count('completed').textContent());
    expect(cancelled).toBeGreaterThan(0);
    expect(cancelled + completed + Number(await runPage.count('failed').textContent())).toBe(40);
  });
});
