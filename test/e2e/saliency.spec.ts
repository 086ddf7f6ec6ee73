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

  test('integrated gradients show their share within tolerance, and a degenerate-map warning by the figure', async ({
    page,
  }, testInfo) => {
    await page.goto(
      `${saliencyPage(idOf('saliency'))}&kind=integrated-gradients&method=integrated-gradients`,
    );
    const alignment = page.getByTestId('view-table-alignment');
    const within = alignment.locator('td[data-column="toleranceShare"]');
    await expect(within).toHaveCount(sources.length);
    await expect(within.first()).toHaveText(/^\d+\.\d%$/);
    await expect(alignment.locator('td[data-column="medianSteps"]').first()).toHaveText(/^[\d,]+$/);
    // From black on fashion-mnist's dark background the maps are zero off the object whatever the
    // model: every source's row, the note above the grid and each map say so.
    await expect(alignment.getByTestId('cell-warning')).toHaveCount(sources.length);
    await expect(alignment.getByTestId('cell-warning').first()).toContainText('high by construction');
    await expect(page.getByTestId('maps-warning')).toContainText('high by construction');
    await expect(page.getByTestId('saliency-grid').getByTestId('map-warning')).toHaveCount(
      IMAGES * sources.length,
    );
    await attachScreenshot(page, testInfo, 'saliency-ig-warning');
    // The gradient's maps are not degenerate by construction: no warning.
    await page.getByTestId('pick-kind').selectOption('gradient');
    await expect(page.getByTestId('facet-method').first()).toHaveValue('gradient');
    await expect(page.getByTestId('maps-warning')).toHaveCount(0);
    await expect(alignment.getByTestId('cell-warning')).toHaveCount(0);
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

/**
 * The sanity checks on the saliency page, from a run of their own (started over GraphQL, the checks
 * small): the randomisation test's verdicts and flags, the cascade, localisation, deletion and the
 * robust-minus-natural figures, each interval printed in its own unit.
 */
test.describe('saliency sanity, localisation and faithfulness on the page', () => {
  const sources = [naturalZooModel().id, robustZooModel().id];

  test('the page shows the randomisation flags, localisation and faithfulness with intervals', async ({
    loggedIn: _,
    page,
    platform,
    runPage,
  }, testInfo) => {
    test.setTimeout(240_000);
    const { startRun } = await dashboardGraphql<{ startRun: { id: string } }>(
      page.request,
      platform.dashboardUrl,
      START,
      {
        input: {
          analysis: 'saliency',
          params: {
            sources,
            datasets: [DATASET],
            images: IMAGES,
            maps: 0,
            smoothSamples: 3,
            igSteps: 16,
            sanityImages: 4,
            deletionSteps: 5,
          },
        },
      },
    );
    await runPage.goto(startRun.id);
    await expect(runPage.status).toHaveText('completed', { timeout: 180_000 });
    await expect(runPage.count('failed')).toHaveText('0');
    await page.goto(`${saliencyPage(startRun.id)}&method=integrated-gradients`);
    // Integrated gradients from black are zero wherever the image is black, whatever the weights: their
    // maps survive re-drawing the model (rank correlation near 0.9 on the zoo), so the check flags them.
    const sanity = page.getByTestId('view-table-sanity');
    await expect(sanity.locator('tbody tr')).toHaveCount(sources.length);
    await expect(sanity.locator('td[data-column="verdict"]')).toHaveText(sources.map(() => 'fail'));
    await expect(sanity.getByTestId('cell-warning')).toHaveCount(sources.length);
    await expect(sanity.getByTestId('cell-warning').first()).toContainText('maps survive re-drawing');
    // The correlation's interval is in its own unit: mean [low, high].
    await expect(sanity.locator('td[data-column="correlation"]').first()).toHaveText(/^0\.\d+ \[\S+, \S+\]$/);
    // The cascade as a series with a band per source.
    await expect(page.getByTestId('view-series-randomisation').getByTestId('band-legend-item')).toHaveCount(
      sources.length,
    );
    // The gradient: a verdict for each source, and the other figures.
    await page.goto(`${saliencyPage(startRun.id)}&method=gradient`);
    await expect(page.getByTestId('facet-method').first()).toHaveValue('gradient');
    await expect(sanity.locator('td[data-column="verdict"]')).toHaveText(sources.map(() => /^(pass|fail)$/));
    const localisation = page.getByTestId('view-table-localisation');
    await expect(localisation.locator('tbody tr')).toHaveCount(sources.length);
    for (const c of ['pointing', 'massAccuracy', 'rankAccuracy'])
      await expect(localisation.locator(`td[data-column="${c}"]`).first()).toHaveText(/^\d+\.\d%/);
    const faithfulness = page.getByTestId('view-table-faithfulness');
    await expect(faithfulness.locator('tbody tr')).toHaveCount(sources.length);
    await expect(faithfulness.locator('td[data-column="deletionAuc"]').first()).toHaveText(
      /^0\.\d+ \[\S+, \S+\]$/,
    );
    await expect(faithfulness.locator('td[data-column="insertionAuc"]').first()).toHaveText(
      /^0\.\d+ \[\S+, \S+\]$/,
    );
    // One source's deletion curves: each method's order and the random one; insertion the same.
    const curves = page.getByTestId('view-series-deletion-curve');
    await expect(curves.getByTestId('band-legend-item')).toHaveCount(4);
    await page.goto(`${saliencyPage(startRun.id)}&method=gradient&curve=insertion`);
    await expect(page.getByTestId('facet-curve')).toHaveValue('insertion');
    await expect(curves.getByTestId('band-legend-item')).toHaveCount(4);
    // The alignment delta prints its own interval, in the ratio's unit (mean [low, high], no ± in another unit).
    const alignmentDelta = page.getByTestId('view-table-deltas').locator('td[data-column="delta"]');
    await expect(alignmentDelta).toHaveText(/^\S+ \[\S+, \S+\]$/);
    await expect(alignmentDelta).not.toContainText('±');
    // Robust minus natural per figure, the interval in the figure's unit.
    const deltas = page.getByTestId('view-table-figure-deltas');
    await expect(deltas.locator('tbody tr')).toHaveCount(1);
    await expect(deltas.locator('td[data-column="delta"]')).toHaveText(/^\S+ \[\S+, \S+\]$/);
    await attachScreenshot(page, testInfo, 'saliency-sanity');
  });
});
