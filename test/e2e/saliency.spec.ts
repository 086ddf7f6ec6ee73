import { expect, test } from './fixtures';
import { dashboardGraphql } from './support/graphql';
import { attachScreenshot } from './support/screenshot';
import { naturalZooModel, robustZooModel } from './support/zoo';

const START = 'mutation($input: StartRunInput!) { startRun(input: $input) { id } }';
const DATASET = 'fashion-mnist-a';
/** Every run maps, attacks and scores the same stratified subset of this many test images. */
const IMAGES = 8;

/**
 * Saliency end to end: a saliency run's grid has one heat map per source per image; after a small
 * transfer, robustness, influence and saliency run on the same two zoo sources, the per-example
 * page of one image shows all four kinds of evidence for each source.
 */
test.describe('saliency and the per-example view, end to end', () => {
  test.describe.configure({ mode: 'serial' });
  const sources = [naturalZooModel().id, robustZooModel().id];
  const runs: Record<string, string> = {};

  test('a saliency run from the new-run form and three small runs on the same sources finish', async ({
    loggedIn: _,
    page,
    platform,
    newRunPage,
    runPage,
  }) => {
    test.setTimeout(240_000);
    await newRunPage.goto();
    await newRunPage.analysis.selectOption('saliency');
    await expect(newRunPage.field('igSteps')).toBeVisible();
    await newRunPage.fill({
      sources,
      datasets: [DATASET],
      images: IMAGES,
      maps: IMAGES,
      smoothSamples: 3,
      igSteps: 16,
    });
    await newRunPage.submit.click();
    await expect(newRunPage.page).toHaveURL(/\/runs\/(?!new$)[^/]+$/, { timeout: 30_000 });
    runs.saliency = runPage.idFromUrl();
    const params: Record<string, Record<string, unknown>> = {
      robustness: {
        sources,
        dataset: DATASET,
        norms: ['L2'],
        epsL2: [0.25, 1],
        attacks: ['apgd-ce'],
        testLimit: IMAGES,
        steps: 5,
      },
      influence: {
        sources,
        targets: [DATASET],
        n: [40],
        depths: [0],
        seeds: [0],
        epochs: 2,
        batchSize: 16,
        testImages: IMAGES,
        trainTargets: 5,
        topK: 5,
        galleryK: 5,
      },
      transfer: { sources, targets: [DATASET], n: [40], seeds: [0], epochs: 2 },
    };
    for (const [analysis, p] of Object.entries(params)) {
      const { startRun } = await dashboardGraphql<{ startRun: { id: string } }>(
        page.request,
        platform.dashboardUrl,
        START,
        { input: { analysis, params: p } },
      );
      runs[analysis] = startRun.id;
    }
    for (const id of Object.values(runs)) {
      await runPage.goto(id);
      await expect(runPage.status).toHaveText('completed', { timeout: 180_000 });
      await expect(runPage.count('failed')).toHaveText('0');
    }
    // A saliency run's page links to the Saliency page.
    await runPage.goto(runs.saliency);
    await page
      .getByRole('region', { name: /^Progress/ })
      .getByRole('link', { name: 'Saliency', exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`/saliency\\?(.*&)?run=${runs.saliency}`));
  });

  test('the Saliency page shows one heat map per source per image, with its score', async ({
    page,
  }, testInfo) => {
    await page.goto(`/saliency?run=${runs.saliency}`);
    const grid = page.getByTestId('saliency-grid');
    const rows = grid.locator('tbody tr[data-index]');
    await expect(rows).toHaveCount(IMAGES);
    await expect(grid.locator('thead th')).toHaveText(['Image', ...[...sources].sort()]);
    for (let r = 0; r < IMAGES; r++) {
      const row = rows.nth(r);
      for (const source of sources) {
        const cell = row.locator(`td[data-source="${source}"]`);
        await expect(cell.getByTestId('heat-map')).toHaveCount(1);
        await expect(cell.getByTestId('heat-map')).toHaveAttribute('src', /^data:image\/png;base64,/);
        await expect(cell.getByTestId('alignment-score')).toHaveText(/^\d+\.\d\d×/);
      }
    }
    await expect(page.getByTestId('alignment-chart')).toBeVisible();
    await expect(page.getByTestId('saliency-deltas').locator('tbody tr')).toHaveCount(1);
    // Completeness is a property of integrated gradients only: its table shows with that kind.
    await expect(page.getByTestId('saliency-completeness')).toHaveCount(0);
    await page.getByTestId('pick-kind').selectOption('integrated-gradients');
    await expect(page.getByTestId('saliency-completeness').locator('tbody tr')).toHaveCount(sources.length);
    await expect(
      page.getByTestId('saliency-completeness').locator('tbody tr').first().locator('td').nth(1),
    ).toHaveText(/^\d+\.\d%$/);
    // Another kind of map: SmoothGrad, the same grid.
    await page.getByTestId('pick-kind').selectOption('smoothgrad');
    await expect(grid.locator('tbody tr[data-index]').first().getByTestId('heat-map')).toHaveCount(
      sources.length,
    );
    await attachScreenshot(page, testInfo, 'saliency-grid');
  });

  test('the per-example page shows saliency, fooling eps, influence and transfer evidence per source', async ({
    page,
  }, testInfo) => {
    await page.goto(`/saliency?run=${runs.saliency}`);
    const first = page.getByTestId('saliency-grid').locator('tbody tr[data-index]').first();
    const index = await first.getAttribute('data-index');
    const all = [runs.saliency, runs.robustness, runs.influence, runs.transfer].join(',');
    await page.goto(`/examples/${DATASET}/${index}?runs=${encodeURIComponent(all)}`);
    const table = page.getByTestId('example-sources');
    await expect(table.locator('tbody tr[data-source]')).toHaveCount(sources.length);
    for (const source of sources) {
      const row = table.locator(`tr[data-source="${source}"]`);
      await expect(row.getByTestId('evidence-saliency').locator('img.sal-map')).toHaveCount(4); // |gradient|, signed, SmoothGrad, integrated gradients
      await expect(row.getByTestId('evidence-robustness')).toHaveText(
        /L2: (fooled at eps \d|robust up to eps|wrong without attack)/,
      );
      await expect(row.getByTestId('evidence-helpful').locator('img')).toHaveCount(5);
      await expect(row.getByTestId('evidence-harmful').locator('img')).toHaveCount(5);
      // Right or wrong at n = 40: from the transfer run itself and from the influence run's fine-tuned model.
      await expect(
        row.getByTestId('evidence-transfer').locator(`li[data-n="40"][data-run="${runs.transfer}"]`),
      ).toHaveCount(1);
      await expect(
        row.getByTestId('evidence-transfer').locator(`li[data-n="40"][data-run="${runs.influence}"]`),
      ).toHaveCount(1);
    }
    // The natural source is the baseline, the robust one is contrasted with it.
    await expect(table.locator(`tr[data-source="${naturalZooModel().id}"]`)).toHaveClass(/example-natural/);
    await expect(page.getByTestId('example-contrast').locator('tbody tr')).toHaveCount(1);
    await attachScreenshot(page, testInfo, 'example');
    // Reachable from the grid.
    await page.goto(`/saliency?run=${runs.saliency}`);
    await page.getByTestId('example-link').first().click();
    await expect(page).toHaveURL(new RegExp(`/examples/${DATASET}/${index}\\?runs=`));
    await expect(page.getByTestId('example-sources')).toBeVisible();
  });
});
