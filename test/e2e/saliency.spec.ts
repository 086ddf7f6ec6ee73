import { expect, test } from './fixtures';
import { dashboardGraphql } from './support/graphql';
import { attachScreenshot } from './support/screenshot';
import { ExamplePage } from './pages/example.page';
import { naturalZooModel, robustZooModel } from './support/zoo';

const START = 'mutation($input: StartRunInput!) { startRun(input: $input) { id } }';
const DATASET = 'fashion-mnist-a';
/** Every run maps, attacks and scores the same stratified subset of this many test images. */
const IMAGES = 8;

/** The saliency page: the analysis page drawn from saliency's declared views, with its heat-map grid. */
const saliencyPage = (runId: string): string => `/analyses/saliency?run=${runId}`;

/**
 * Saliency end to end: on the saliency page a run's grid has one heat map per source per image and
 * its tables show alignment, deltas and completeness; after a small transfer, robustness, influence
 * and saliency run on the same two zoo sources, the per-example page of one image shows every
 * evidence view of the four runs for each source, and the examples index lists the image.
 */
test.describe('saliency and the per-example view, end to end', () => {
  test.describe.configure({ mode: 'serial' });
  const sources = [naturalZooModel().id, robustZooModel().id];
  const runs: Record<string, string> = {};
  /** The id of the run of this analysis the first test started. */
  const idOf = (analysis: string): string => {
    const id = runs[analysis];
    if (id === undefined) throw new Error(`no ${analysis} run: the first test did not start one`);
    return id;
  };

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
    // A saliency run's page links to the saliency page; the old address leads there too.
    await runPage.goto(idOf('saliency'));
    await page.getByTestId('run-analysis-page').click();
    await expect(page).toHaveURL(new RegExp(`/analyses/saliency\\?(.*&)?run=${runs.saliency}`));
    await page.goto(`/saliency?run=${runs.saliency}&kind=smoothgrad`);
    await expect(page).toHaveURL(new RegExp(`/analyses/saliency\\?run=${runs.saliency}&kind=smoothgrad$`));
    await expect(page.getByTestId('pick-kind')).toHaveValue('smoothgrad');
  });

  test('the saliency page shows one heat map per source per image, with its score, and the tables', async ({
    page,
  }, testInfo) => {
    await page.goto(saliencyPage(idOf('saliency')));
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
    // Alignment per source with its interval drawn as a bar; the robust source minus the natural one.
    const alignment = page.getByTestId('view-table-alignment');
    await expect(alignment.locator('tbody tr')).toHaveCount(sources.length);
    await expect(alignment.locator('td[data-column="alignment"] svg.interval-bar')).toHaveCount(
      sources.length,
    );
    await expect(page.getByTestId('view-table-deltas').locator('tbody tr')).toHaveCount(1);
    await expect(page.getByTestId('view-table-disagreement').locator('tbody tr').first()).toBeVisible();
    // Completeness is a property of integrated gradients only: its columns show with that kind,
    // which the map picker chooses for the tables too.
    await expect(alignment.locator('th[data-column="completeShare"]')).toHaveCount(0);
    await page.getByTestId('pick-kind').selectOption('integrated-gradients');
    await expect(page.getByTestId('facet-method').first()).toHaveValue('integrated-gradients');
    await expect(alignment.locator('td[data-column="completeShare"]')).toHaveCount(sources.length);
    await expect(alignment.locator('td[data-column="completeShare"]').first()).toHaveText(/^\d+\.\d%$/);
    // Another kind of map: SmoothGrad, the same grid.
    await page.getByTestId('pick-kind').selectOption('smoothgrad');
    await expect(grid.locator('tbody tr[data-index]').first().getByTestId('heat-map')).toHaveCount(
      sources.length,
    );
    await attachScreenshot(page, testInfo, 'saliency-page');
  });

  test("the per-example page shows every run's evidence for one image, and the index lists it", async ({
    page,
  }, testInfo) => {
    const examples = new ExamplePage(page);
    await page.goto(saliencyPage(idOf('saliency')));
    const first = page.getByTestId('saliency-grid').locator('tbody tr[data-index]').first();
    const index = await first.getAttribute('data-index');
    expect(index).not.toBeNull();
    const all = ['saliency', 'robustness', 'influence', 'transfer'].map(idOf);
    await examples.open(DATASET, index!, all);
    // Every analysis of the four runs declares evidence views that hold this image.
    for (const analysis of ['saliency', 'robustness', 'influence', 'transfer'])
      await expect(examples.blocks(analysis, idOf(analysis)).first()).toBeVisible({ timeout: 60_000 });
    const maps = examples.block('saliency', idOf('saliency'), 'Saliency heat maps');
    const fooled = examples.block('robustness', idOf('robustness'), 'Smallest fooling ε');
    const influence = examples.block('influence', idOf('influence'), 'Training images behind the prediction');
    const transfer = examples.block('transfer', idOf('transfer'), 'Transferred models on this image');
    for (const source of sources) {
      // |gradient|, signed, SmoothGrad and integrated gradients: a heat map each, as a picture cell.
      const mapRows = examples.rows(maps, source);
      await expect(mapRows).toHaveCount(4);
      await expect(mapRows.locator('td[data-column="heatmap"] img')).toHaveCount(4);
      await expect(mapRows.locator('td[data-column="heatmap"] img').first()).toHaveAttribute(
        'src',
        /^data:image\/png;base64,/,
      );
      await expect(examples.rows(fooled, source).first().locator('td[data-column="outcome"]')).toHaveText(
        /^(fooled|robust|misclassified)$/,
      );
      await expect(examples.rows(influence, source)).toHaveCount(1);
      await expect(examples.rows(transfer, source).first().locator('td[data-column="n"]')).toHaveText('40');
    }
    // Each source with its training, the naturally trained one first.
    await expect(fooled.locator('tbody').first()).toHaveAttribute('data-model', naturalZooModel().id);
    await expect(examples.rows(fooled, naturalZooModel().id).getByTestId('model-training')).toHaveText(
      'natural',
    );
    await expect(examples.rows(fooled, robustZooModel().id).getByTestId('model-training')).toHaveText(
      'adversarial',
    );
    await attachScreenshot(page, testInfo, 'example');
    // The index lists the image with the evidence of all four analyses, and opens it.
    await examples.openIndex(all);
    const card = examples.image(DATASET, 'test', index!);
    await expect(card.locator('dl [data-analysis]')).toHaveCount(4, { timeout: 60_000 });
    await card.getByTestId('example-image-link').click();
    await expect(page).toHaveURL(new RegExp(`/examples/${DATASET}/${index}\\?runs=.*split=test`));
    await expect(examples.evidence.first()).toBeVisible();
    // Reachable from the saliency grid.
    await page.goto(saliencyPage(idOf('saliency')));
    await page.getByTestId('example-link').first().click();
    await expect(page).toHaveURL(new RegExp(`/examples/${DATASET}/${index}\\?runs=`));
    await expect(examples.blocks('saliency', idOf('saliency')).first()).toBeVisible({ timeout: 60_000 });
  });
});
