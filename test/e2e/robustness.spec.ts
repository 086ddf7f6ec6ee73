import { expect, test } from './fixtures';
import { attachElementScreenshot, attachScreenshot } from './support/screenshot';
import { naturalZooModel, robustZooModel } from './support/zoo';

/**
 * A robustness evaluation through the dashboard: started from the new-run form (the params
 * form generated from the analysis's JSON Schema), watched to 100%, then read on the Robustness
 * page (one leaderboard row per source, one curve per source) and in the catalog (the measured
 * figure beside the manifest's). Tiny: 2 zoo sources x Linf x PGD-5 at 2 budgets on 40 images
 * = 2 trials.
 */
const RUN = {
  dataset: 'fashion-mnist-a',
  epsLinf: [0.01, 0.03],
  attacks: ['pgd'],
  testLimit: 40,
  steps: 5,
} as const;

test.describe('a robustness run, end to end', () => {
  test.describe.configure({ mode: 'serial' });
  // Shared by the steps below: the run the first test starts.
  let runId = '';
  const sources = [naturalZooModel().id, robustZooModel().id];

  test('starts from the new-run form and finishes', async ({ loggedIn: _, newRunPage, runPage }) => {
    test.setTimeout(90_000);
    await newRunPage.goto();
    await newRunPage.analysis.selectOption('robustness');
    await expect(newRunPage.field('epsLinf')).toBeVisible();
    await newRunPage.fill({
      sources,
      epsLinf: RUN.epsLinf,
      attacks: RUN.attacks,
      testLimit: RUN.testLimit,
      steps: RUN.steps,
    });
    // norms defaults to [Linf, L2], an add/remove list of selects: drop L2.
    await expect(newRunPage.field('norms_1').locator('option:checked')).toHaveText('L2');
    await newRunPage.form.locator('#root_norms_1__remove').click();
    await expect(newRunPage.field('norms_1')).toHaveCount(0);
    await newRunPage.submit.click();

    await expect(newRunPage.page).toHaveURL(/\/runs\/(?!new$)[^/]+$/, { timeout: 30_000 });
    runId = runPage.idFromUrl();
    await expect(runPage.progress).toHaveAttribute('aria-valuenow', '100', { timeout: 60_000 });
    await expect(runPage.status).toHaveText('completed');
    await expect(runPage.count('completed')).toHaveText(String(sources.length));
    await expect(runPage.count('failed')).toHaveText('0');
    // A robustness run links to its own view, not to the transfer pages.
    await expect(runPage.leaderboardLink).toHaveCount(0);
    await expect(runPage.robustnessLink).toBeVisible();
  });

  test('the Robustness page ranks both sources and draws a curve per source', async ({
    robustnessPage,
    runPage,
  }, testInfo) => {
    await runPage.goto(runId);
    await runPage.robustnessLink.click();
    await expect(robustnessPage.page).toHaveURL(new RegExp(`/robustness\\?(.*&)?run=${runId}`));
    await expect(robustnessPage.picker('run')).toHaveValue(runId);
    // The form's default dataset.
    await expect(robustnessPage.picker('dataset')).toHaveValue(RUN.dataset);
    await expect(robustnessPage.picker('norm')).toHaveValue('Linf');
    // The largest budget by default.
    await expect(robustnessPage.picker('eps')).toHaveValue('0.03');

    await expect(robustnessPage.rows).toHaveCount(sources.length);
    expect((await robustnessPage.sources()).sort()).toEqual([...sources].sort());
    for (const source of sources) {
      await expect(robustnessPage.cell(source, 'clean')).toHaveText(/^\d+\.\d%/);
      await expect(robustnessPage.cell(source, 'worst-case')).toHaveText(/^\d+\.\d%/);
      await expect(robustnessPage.cell(source, 'rank')).toHaveText(/^[12]$/);
    }

    // The curves: one mean line per source (eps 0, 0.01, 0.03) and an AUC row each.
    await expect(robustnessPage.curves.locator('svg.recharts-surface').first()).toBeVisible();
    for (const source of sources) await expect(robustnessPage.curve(source)).toHaveCount(1);
    await expect(robustnessPage.aucRows).toHaveCount(sources.length);
    await attachScreenshot(robustnessPage.page, testInfo, 'robustness');

    // The other budget is one pick away and keeps both rows.
    await robustnessPage.pick('eps', '0.01');
    await expect(robustnessPage.page).toHaveURL(/[?&]eps=0\.01(&|$)/);
    await expect(robustnessPage.rows).toHaveCount(sources.length);
  });

  test('the catalog shows the measured figure, linking to the run', async ({ catalogPage }, testInfo) => {
    await catalogPage.goto();
    const row = catalogPage.models.locator(`tr[data-model="${sources[0]}"]`);
    // The run measured Linf 0.01 and 0.03, budgets the manifest lacks: a line each, beside the manifest's grid.
    const measured = row.locator('a[data-testid="robust-measured"]');
    await expect(measured).toHaveCount(RUN.epsLinf.length);
    await expect(measured.first()).toHaveAttribute('href', new RegExp(`/robustness\\?run=${runId}&`));
    await expect(row.getByTestId('robust-manifest').first()).toBeVisible();
    await attachElementScreenshot(row, testInfo, 'catalog-row');
  });
});
