import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { ExamplePage } from './pages/example.page';
import { dashboardGraphql } from './support/graphql';
import { attachScreenshot } from './support/screenshot';
import { naturalZooModel, robustZooModel } from './support/zoo';

const START = 'mutation($input: StartRunInput!) { startRun(input: $input) { id } }';
const IMAGES_QUERY =
  'query($runIds: [ID!]) { exampleImages(runIds: $runIds, take: 100) { images { dataset split index } } }';
const DATASET = 'fashion-mnist-a';
/** Every run scores the same stratified subset of this many test images; saliency maps the first MAPS. */
const IMAGES = 8;
const MAPS = 2;

/** Resolves when every picture in `pictures` has loaded and has pixels. */
async function expectDrawn(pictures: Locator): Promise<void> {
  const n = await pictures.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++)
    await expect
      .poll(() =>
        pictures.nth(i).evaluate((el) => {
          // No DOM lib in this package's types: the two fields read.
          const img = el as unknown as { complete: boolean; naturalWidth: number };
          return img.complete ? img.naturalWidth : 0;
        }),
      )
      .toBeGreaterThan(0);
}

/**
 * One image's per-example page over small saliency, robustness and influence runs of the same two
 * sources: which runs cover the image, the heat maps over the image, the evidence side by side
 * (a column per source, the natural one first), and, for an image whose map the saliency run did
 * not keep, the maps computed on request.
 */
test.describe('the per-example picture of one image', () => {
  test.describe.configure({ mode: 'serial' });
  const natural = naturalZooModel().id;
  const robust = robustZooModel().id;
  const sources = [robust, natural];
  const runs: Record<string, string> = {};
  const idOf = (analysis: string): string => {
    const id = runs[analysis];
    if (id === undefined) throw new Error(`no ${analysis} run: the first test did not start one`);
    return id;
  };
  /** The saliency run's mapped images and the rest of its subset. */
  let mapped: number[] = [];
  let unmapped: number[] = [];

  test('three small runs on the same sources finish', async ({ loggedIn: _, page, platform, runPage }) => {
    test.setTimeout(300_000);
    const params: Record<string, Record<string, unknown>> = {
      saliency: { sources, datasets: [DATASET], images: IMAGES, maps: MAPS, methods: ['gradient'] },
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
      await expect(runPage.status).toHaveText('completed', { timeout: 240_000 });
      await expect(runPage.count('failed')).toHaveText('0');
    }
    // The saliency page's grid holds the images whose maps were kept; the run scored all IMAGES.
    await page.goto(`/analyses/saliency?run=${idOf('saliency')}`);
    const rows = page.getByTestId('saliency-grid').locator('tbody tr[data-index]');
    await expect(rows).toHaveCount(MAPS);
    mapped = [];
    for (let r = 0; r < MAPS; r++) mapped.push(Number(await rows.nth(r).getAttribute('data-index')));
    const { exampleImages } = await dashboardGraphql<{ exampleImages: { images: { index: number }[] } }>(
      page.request,
      platform.dashboardUrl,
      IMAGES_QUERY,
      { runIds: [idOf('saliency')] },
    );
    const all = exampleImages.images.map((i) => i.index);
    expect(all).toHaveLength(IMAGES);
    unmapped = all.filter((i) => !mapped.includes(i));
    expect(unmapped).toHaveLength(IMAGES - MAPS);
  });

  test('a mapped image: every run covers it, its heat maps over it, the evidence side by side', async ({
    page,
  }, testInfo) => {
    const examples = new ExamplePage(page);
    const all = ['saliency', 'robustness', 'influence'].map(idOf);
    await examples.open(DATASET, mapped[0]!, all);
    for (const analysis of ['saliency', 'robustness', 'influence'])
      await expect(examples.coverageRun(idOf(analysis))).toHaveAttribute('data-state', 'full', {
        timeout: 60_000,
      });
    const covering = await page.getByTestId('covering-analyses').locator('[data-analysis]').allTextContents();
    expect(covering.sort()).toEqual(['influence', 'robustness', 'saliency']);
    // A column per source, the naturally trained one first.
    await expect(examples.compareModels).toHaveCount(2);
    await expect(examples.compareModels.first()).toHaveAttribute('data-model', natural);
    // Heat maps (|gradient| and signed) per source, drawn over the image.
    const maps = examples.compareLine(idOf('saliency'), 'Saliency heat maps');
    for (const source of sources) {
      const pictures = maps.locator(`td[data-model="${source}"]`).getByTestId('example-picture');
      await expect(pictures).toHaveCount(2);
      await expect(pictures.first()).toHaveAttribute('src', /^data:image\/png;base64,/);
      await expectDrawn(pictures);
    }
    await expect(maps.getByTestId('picture-over-image').first()).toHaveAttribute(
      'data-image',
      new RegExp(`/datasets/${DATASET}/thumbnails/${mapped[0]}\\.png`),
    );
    // Robustness and influence on the same line as the maps: per source its smallest fooling eps
    // (or robust / misclassified) and its most helpful and harmful training images.
    const fooled = examples.compareLine(idOf('robustness'), 'Smallest fooling ε');
    const influence = examples.compareLine(idOf('influence'), 'Training images behind the prediction');
    for (const source of sources) {
      await expect(fooled.locator(`td[data-model="${source}"] [data-column="outcome"] dd`)).toHaveText(
        /^(fooled|robust|misclassified)$/,
      );
      const cell = influence.locator(`td[data-model="${source}"]`);
      await expect(cell.locator('[data-column="helpful"] img')).toHaveCount(1);
      await expect(cell.locator('[data-column="harmful"] img')).toHaveCount(1);
      await expect(cell.locator('[data-column="predicted"] dd')).not.toHaveText('');
    }
    // No button: the maps are stored.
    await expect(examples.computeMaps).toHaveCount(0);
    await attachScreenshot(page, testInfo, 'example-mapped');
  });

  test('an image whose map was not kept: partly covered, and its maps computed on request', async ({
    loggedIn: _,
    page,
  }, testInfo) => {
    test.setTimeout(240_000);
    const examples = new ExamplePage(page);
    const index = unmapped[0]!;
    const all = ['saliency', 'robustness', 'influence'].map(idOf);
    await examples.open(DATASET, index, all);
    const saliency = examples.coverageRun(idOf('saliency'));
    await expect(saliency).toHaveAttribute('data-state', 'partial', { timeout: 60_000 });
    await expect(saliency.getByTestId('coverage-note')).toHaveText(
      `Saliency heat maps: ${MAPS} of the run's ${IMAGES} images, not this one`,
    );
    await expect(examples.coverageRun(idOf('robustness'))).toHaveAttribute('data-state', 'full');
    await expect(page.getByTestId('example-picture')).toHaveCount(0);
    await examples.computeMaps.click();
    await expect(examples.computeMapsRun).toHaveAttribute('data-status', 'COMPLETED', { timeout: 180_000 });
    const started = await examples.computeMapsRun.getAttribute('data-run');
    expect(started).not.toBeNull();
    // The new run joins the page's runs: it covers the image fully, with a map per source and kind.
    await expect(page).toHaveURL(new RegExp(`runs=${started}`));
    await expect(examples.coverageRun(started!)).toHaveAttribute('data-state', 'full', { timeout: 60_000 });
    const maps = examples.compareLine(started!, 'Saliency heat maps');
    for (const source of sources)
      await expect(maps.locator(`td[data-model="${source}"]`).getByTestId('example-picture')).toHaveCount(2);
    await expectDrawn(maps.getByTestId('example-picture'));
    // It mapped this one image with the saliency run's settings.
    const { run } = await dashboardGraphql<{ run: { params: Record<string, unknown> } }>(
      page.request,
      new URL(page.url()).origin,
      'query($id: ID!) { run(id: $id) { params } }',
      { id: started },
    );
    expect(run.params).toMatchObject({
      sources,
      datasets: [DATASET],
      indices: [index],
      methods: ['gradient'],
    });
    await attachScreenshot(page, testInfo, 'example-on-demand');
  });
});
