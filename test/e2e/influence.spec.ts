import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { attachScreenshot } from './support/screenshot';
import { naturalZooModel, robustZooModel } from './support/zoo';

/**
 * An influence run through the dashboard: started from the new-run form, watched to 100%,
 * then read on its analysis page (summary figures per source, a class-match band per source
 * in both curves, the trust figures, the test image and each source's helpful and harmful
 * training images). Tiny: 2 zoo sources x mnist x n 30 x depth 0 x 2 seeds (two, so the curves
 * have bands) = 4 trials of 2 epochs, 10 test images scored; trust: LDS from 3 retrained heads,
 * the leave-one-out fidelity check, both seeds on the same training images (seed stability).
 */
const RUN = {
  targets: ['mnist'],
  n: [30],
  depths: [0],
  seeds: [0, 1],
  epochs: 2,
  testImages: 10,
  trainTargets: 10,
  topK: 10,
  galleryK: 5,
  ldsModels: 3,
} as const;

/** The browser decoded the image: the thumbnail route answered a PNG, not an error. */
async function expectLoaded(img: Locator): Promise<void> {
  await expect(img).toBeVisible();
  await expect
    .poll(() =>
      img.evaluate((el) => {
        // No DOM lib in this package's types: the two fields read, as the catalog spec does.
        const i = el as unknown as { complete: boolean; naturalWidth: number };
        return i.complete ? i.naturalWidth : 0;
      }),
    )
    .toBeGreaterThan(0);
}

test.describe('an influence run, end to end', () => {
  test.describe.configure({ mode: 'serial' });
  // Shared by the steps below: the run the first test starts.
  let runId = '';
  const sources = [naturalZooModel().id, robustZooModel().id];
  const TRIALS = sources.length * RUN.seeds.length;

  test('starts from the new-run form and finishes', async ({ loggedIn: _, newRunPage, runPage }) => {
    test.setTimeout(120_000);
    await newRunPage.goto();
    await newRunPage.analysis.selectOption('influence');
    await expect(newRunPage.field('galleryK')).toBeVisible();
    await newRunPage.fill({ sources, ...RUN });
    await newRunPage.field('fidelity').check();
    await newRunPage.field('sameSubset').check();
    await newRunPage.submit.click();

    await expect(newRunPage.page).toHaveURL(/\/runs\/(?!new$)[^/]+$/, { timeout: 30_000 });
    runId = runPage.idFromUrl();
    await expect(runPage.progress).toHaveAttribute('aria-valuenow', '100', { timeout: 90_000 });
    await expect(runPage.status).toHaveText('completed');
    await expect(runPage.count('completed')).toHaveText(String(TRIALS));
    await expect(runPage.count('failed')).toHaveText('0');
    // An influence run links to its analysis page, not to the transfer pages.
    await expect(runPage.leaderboardLink).toHaveCount(0);
    await expect(runPage.analysisLink).toBeVisible();
  });

  test('the influence page shows the figures, a band per source and the gallery', async ({
    influencePage,
    runPage,
  }, testInfo) => {
    await runPage.goto(runId);
    await runPage.analysisLink.click();
    await expect(influencePage.page).toHaveURL(new RegExp(`/analyses/influence\\?(.*&)?run=${runId}`));
    for (const [column, value] of [
      ['target', 'mnist'],
      ['depth', '0'],
      ['n', '30'],
    ] as const)
      await expect(influencePage.facet(influencePage.summary, column)).toHaveValue(value);

    await expect(influencePage.summaryRows).toHaveCount(sources.length);
    for (const source of sources) {
      await expect(influencePage.summaryCell(source, 'top1Match')).toHaveText(/^\d+\.\d%/);
      await expect(influencePage.summaryCell(source, 'trainTop5AtLeast3')).toHaveText(/^\d+\.\d%/);
    }

    // The trust figures, one row per source: LDS and fidelity as numbers, stability as a share
    // (both seeds trained on the same images, so all of them are shared).
    const trust = influencePage.view('table', 'trust');
    const trustCell = (source: string, column: string) =>
      trust
        .getByTestId('output-row')
        .filter({ has: influencePage.page.locator('td[data-column="source"]', { hasText: source }) })
        .locator(`td[data-column="${column}"]`);
    await expect(trust.getByRole('heading', { name: 'Do the scores deserve trust?' })).toBeVisible();
    await expect(trust.getByTestId('output-row')).toHaveCount(sources.length);
    for (const source of sources) {
      await expect(trustCell(source, 'lds')).toHaveText(/^-?\d/);
      await expect(trustCell(source, 'stability')).toHaveText(/^\d+\.\d%/);
      await expect(trustCell(source, 'sharedImages')).toHaveText('100.0%');
      await expect(trustCell(source, 'stabilityK')).toHaveText(String(RUN.galleryK));
      await expect(trustCell(source, 'fidelity')).toHaveText(/^-?\d/);
    }
    // Each trial's own LDS, one row per source and seed.
    const perSeed = influencePage.view('table', 'trust-trials').getByTestId('output-row');
    await expect(perSeed).toHaveCount(TRIALS);
    await expect(perSeed.first().locator('td[data-column="lds"]')).toHaveText(/^-?\d/);

    // Figure 6, both variants: one band per source.
    for (const variant of ['test', 'train'] as const) {
      await expect(influencePage.curve(variant).locator('svg.recharts-surface').first()).toBeVisible();
      for (const source of sources) await expect(influencePage.band(variant, source)).toHaveCount(1);
    }

    // Figure 5: the test image, then per source its helpful and harmful training images.
    await expectLoaded(influencePage.testImage);
    for (const source of sources) {
      for (const kind of ['helpful', 'harmful'] as const) {
        const images = influencePage.images(source, kind);
        await expect(images).toHaveCount(RUN.galleryK);
        await expectLoaded(images.first().locator('img'));
        await expect(images.first().locator('dd[data-column="score"]')).toHaveText(/\d/);
      }
    }
    await attachScreenshot(influencePage.page, testInfo, 'influence');

    // Browsing: the next scored test image, kept in the URL.
    const first = await influencePage.imageFacet.inputValue();
    await expect(influencePage.gallery.getByTestId('facet-testIndex-position')).toHaveText(
      `1 of ${RUN.testImages}`,
    );
    await influencePage.next.click();
    await expect(influencePage.page).toHaveURL(/[?&]testIndex=\d+(&|$)/);
    await expect(influencePage.imageFacet).not.toHaveValue(first);
    await expect(influencePage.images(sources[0]!, 'helpful')).toHaveCount(RUN.galleryK);
  });

  test('the old /influence address lands on the analysis page with its query', async ({ page }) => {
    await page.goto(`/influence?run=${encodeURIComponent(runId)}`);
    await expect(page).toHaveURL(new RegExp(`/analyses/influence\\?run=${runId}$`));
  });
});
