import { expect, test } from './fixtures';
import { attachElementScreenshot, attachScreenshot } from './support/screenshot';
import { naturalZooModel, robustZooModel } from './support/zoo';

/**
 * A robustness evaluation through the dashboard: started from the new-run form (the params
 * form generated from the analysis's JSON Schema), watched to 100%, then read on its analysis
 * page (the leaderboard a row per source, a curve with its band per source, the failed checks),
 * from its old address, and in the catalog (the measured figure beside the manifest's). Tiny:
 * 2 zoo sources x Linf x PGD-5 at 2 budgets on 40 images = 2 trials.
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
    // A robustness run links to its analysis's page, not to the transfer pages.
    await expect(runPage.leaderboardLink).toHaveCount(0);
    await expect(runPage.analysisLink).toHaveText('robustness page');
  });

  test('its page ranks both sources, draws a curve with its band per source, and lists the checks', async ({
    robustnessPage,
    runPage,
  }, testInfo) => {
    await runPage.goto(runId);
    await runPage.analysisLink.click();
    await expect(robustnessPage.page).toHaveURL(new RegExp(`/analyses/robustness\\?(.*&)?run=${runId}`));
    await expect(robustnessPage.runPicker).toHaveValue(runId);
    // The form's default dataset and norm; the budgets ascending, the first chosen.
    await expect(robustnessPage.picker('dataset')).toHaveValue(RUN.dataset);
    await expect(robustnessPage.picker('norm')).toHaveValue('Linf');
    await expect(robustnessPage.picker('eps').locator('option')).toHaveText(['0.01', '0.03']);

    await expect(robustnessPage.rows).toHaveCount(sources.length);
    expect((await robustnessPage.sources()).sort()).toEqual([...sources].sort());
    for (const source of sources) {
      await expect(robustnessPage.cell(source, 'clean')).toHaveText(/^\d+\.\d%/);
      await expect(robustnessPage.cell(source, 'robust')).toHaveText(/^\d+\.\d%/);
      await expect(robustnessPage.cell(source, 'rank')).toHaveText(/^[12]$/);
      await expect(robustnessPage.cell(source, 'training')).toHaveText(/^(natural|adversarial)$/);
    }
    // Ranked by robust accuracy, best first.
    const robust = await robustnessPage.rows.locator('td[data-column="robust"]').allInnerTexts();
    const means = robust.map((t) => Number(/^([\d.]+)%/.exec(t)![1]));
    expect(means[0]).toBeGreaterThanOrEqual(means[1]!);

    // The curves: a mean line and a 95% band per source (eps 0, 0.01, 0.03), and an AUC row each.
    expect((await robustnessPage.curves.bandSources()).sort()).toEqual([...sources].sort());
    for (const source of sources) {
      await expect(robustnessPage.curve(source)).toHaveCount(1);
      await expect(robustnessPage.curves.band(source)).toHaveCount(1);
    }
    await expect(robustnessPage.aucRows).toHaveCount(sources.length);
    // The failed checks: a panel of their own, and a mark on the leaderboard row of a flagged source.
    const flagRows = robustnessPage.flags.getByTestId('output-row');
    await expect(flagRows.first().or(robustnessPage.flags.getByText('No rows'))).toBeVisible();
    const marks = robustnessPage.board.getByTestId('cell-warning');
    if ((await flagRows.count()) === 0) await expect(marks).toHaveCount(0);
    else await expect(marks.first()).toBeVisible();
    await attachScreenshot(robustnessPage.page, testInfo, 'robustness');

    // The best-known figure over every run so far: a row per source, marked as no standard evaluation.
    const best = robustnessPage.view('table', 'best-known');
    for (const source of sources) {
      const r = best.locator(`[data-testid="output-row"][data-model="${source}"]`);
      await expect(r.locator('td[data-column="bestKnown"]')).toHaveText(/^\d+\.\d%/);
      await expect(r.getByTestId('cell-warning')).toContainText('no AutoAttack-standard evaluation');
    }

    // The other budget is one pick away and keeps both rows.
    await robustnessPage.picker('eps').selectOption('0.03');
    await expect(robustnessPage.page).toHaveURL(/[?&]eps=0\.03(&|$)/);
    await expect(robustnessPage.rows).toHaveCount(sources.length);
  });

  test('the old address opens the same page with its choices', async ({ page, robustnessPage }) => {
    await page.goto(`/robustness?run=${runId}&eps=0.03`);
    await expect(page).toHaveURL(new RegExp(`/analyses/robustness\\?run=${runId}&eps=0\\.03$`));
    await expect(robustnessPage.picker('eps')).toHaveValue('0.03');
    await expect(robustnessPage.rows).toHaveCount(sources.length);
  });

  test('the catalog shows the measured figure, linking to the run', async ({ catalogPage }, testInfo) => {
    await catalogPage.goto();
    const row = catalogPage.models.locator(`tr[data-model="${sources[0]}"]`);
    // The run measured Linf 0.01 and 0.03: a line each, linking to the page at that threat model.
    const figures = row.locator(
      '[data-testid="model-figures"][data-analysis="robustness"][data-table="figures"]',
    );
    const links = figures.getByTestId('model-figure-link');
    await expect(links).toHaveCount(RUN.epsLinf.length);
    await expect(links.first()).toHaveAttribute(
      'href',
      new RegExp(
        `^/analyses/robustness\\?run=${runId}&source=${sources[0]}&dataset=${RUN.dataset}&norm=Linf&eps=0.03$`,
      ),
    );
    await expect(links.first()).toContainText(/\d+\.\d% Measured/);
    await expect(row.getByTestId('robust-manifest').first()).toBeVisible();
    // The best-known figure over every robustness run so far, marked: PGD is no AutoAttack-standard.
    const best = row.locator(
      '[data-testid="model-figures"][data-analysis="robustness"][data-table="best-known"]',
    );
    await expect(best.getByTestId('model-figure-link').first()).toContainText(/\d+\.\d% Best known/);
    await expect(best.getByTestId('model-figure-warning').first()).toHaveAttribute(
      'title',
      /no AutoAttack-standard evaluation/,
    );
    await attachElementScreenshot(row, testInfo, 'catalog-row');
    await links.first().click();
    await expect(catalogPage.page).toHaveURL(/\/analyses\/robustness\?/);
  });
});
