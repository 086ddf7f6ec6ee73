import { expect, test } from './fixtures';
import { attachScreenshot } from './support/screenshot';
import { zooManifest } from './support/zoo';

interface DatasetDetails {
  trainSize: number;
  testSize: number;
  classes: string[];
}

test.describe('catalog', () => {
  test('lists the zoo models with their manifest accuracy, the datasets with sizes and sample images, and plugins by kind', async ({
    catalogPage,
    platform,
    request,
    systemInfo,
  }, testInfo) => {
    test.setTimeout(60_000);
    await catalogPage.goto();
    for (const m of zooManifest()) {
      const row = catalogPage.model(m.id);
      await expect(row).toContainText(m.training.kind);
      if (m.cleanAccuracy !== undefined)
        await expect(row.getByTestId('model-clean')).toHaveText(
          `${(m.cleanAccuracy * 100).toFixed(1)}%`,
        );
    }

    // mnist as the server describes it, against its card.
    const res = await request.post(platform.graphqlUrl, {
      data: { query: '{ dataset(name: "mnist") { details { trainSize testSize classes } } }' },
    });
    const mnist = ((await res.json()) as { data: { dataset: { details: DatasetDetails } } }).data.dataset
      .details;
    const card = catalogPage.dataset('mnist');
    await expect(card.getByTestId('dataset-sizes')).toHaveText(
      `${mnist.trainSize.toLocaleString('en-US')} / ${mnist.testSize.toLocaleString('en-US')}`,
      {
        timeout: 30_000,
      },
    );
    await expect(card).toContainText(mnist.classes.join(', '));
    const thumbs = catalogPage.thumbnails('mnist');
    await expect(thumbs).toHaveCount(20);
    // Every thumbnail arrived through the dashboard's proxy and decoded as an image.
    await expect
      .poll(() =>
        thumbs.evaluateAll(
          (imgs) =>
            imgs
              .map((i) => i as unknown as { complete: boolean; naturalWidth: number })
              .filter((i) => i.complete && i.naturalWidth > 0).length,
        ),
      )
      .toBe(20);

    for (const kind of ['DATASET', 'MODEL', 'ATTACK', 'ANALYSIS']) {
      const expected = systemInfo.plugins
        .filter((p) => p.kind === kind)
        .map((p) => p.name)
        .sort();
      expect((await catalogPage.pluginNames(kind)).sort(), kind).toEqual(expected);
    }
    await attachScreenshot(catalogPage.page, testInfo, 'catalog');
  });

  test('shows the error when the models cannot be loaded, and the empty state when there are none', async ({
    catalogPage,
    page,
  }) => {
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('CatalogModels'))
        await route.fulfill({
          status: 502,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [{ message: 'server down' }] }),
        });
      else await route.continue();
    });
    await catalogPage.goto();
    await expect(catalogPage.modelsError).toContainText('server down');
    await page.unroute('**/graphql');
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('CatalogModels'))
        await route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ data: { models: [] } }),
        });
      else await route.continue();
    });
    await catalogPage.goto();
    await expect(catalogPage.modelsEmpty).toBeVisible();
  });
});
