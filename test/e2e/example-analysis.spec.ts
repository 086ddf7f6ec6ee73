import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { DeclaredAnalysisPage } from './pages/declared-analysis.page';
import { serverUrl, transferlab } from './support/cli';
import { dashboardGraphql } from './support/graphql';
import { REPO_ROOT } from './support/platform';
import { attachScreenshot } from './support/screenshot';
import { naturalZooModel, robustZooModel } from './support/zoo';

/**
 * An analysis from outside the repository's plugins, loaded only through transferlab.config.json
 * (the global setup names examples/example-analysis), gets a page, an API and CSV from what its
 * own folder declares: a ranked table, a series and a gallery. Nothing outside that folder names
 * it, which the last test checks.
 */
const ANALYSIS = 'clean-accuracy';
const EXAMPLE_DIR = join(REPO_ROOT, 'examples', 'example-analysis');

interface OutputsAnswer {
  analysisOutputs: {
    summaryTable: string;
    tables: { name: string; columns: { name: string; role: string; format: string | null }[] }[];
    views: { kind: string; table: string }[];
  };
}

test.describe('an analysis registered only through configuration', () => {
  test.describe.configure({ mode: 'serial' });
  let runId = '';
  const models = [naturalZooModel().id, robustZooModel().id];

  test('runs through the real server and worker', async ({ loggedIn: _, page, platform }) => {
    test.setTimeout(120_000);
    const started = await dashboardGraphql<{ startRun: { id: string } }>(
      page.request,
      platform.dashboardUrl,
      'mutation ($input: StartRunInput!) { startRun(input: $input) { id } }',
      {
        input: {
          analysis: ANALYSIS,
          params: { models, dataset: 'fashion-mnist-a', limit: 96, batchSize: 32 },
        },
      },
    );
    runId = started.startRun.id;
    await expect
      .poll(
        async () =>
          (
            await dashboardGraphql<{ run: { status: string } }>(
              page.request,
              platform.dashboardUrl,
              'query ($id: ID!) { run(id: $id) { status } }',
              { id: runId },
            )
          ).run.status,
        { timeout: 100_000, intervals: [500] },
      )
      .toBe('COMPLETED');
  });

  test('answers the outputs query with typed columns', async ({ request, platform }) => {
    const { analysisOutputs } = await dashboardGraphql<OutputsAnswer>(
      request,
      platform.dashboardUrl,
      'query ($a: String!) { analysisOutputs(analysis: $a) { summaryTable tables { name columns { name role format } } views { kind table } } }',
      { a: ANALYSIS },
    );
    expect(analysisOutputs.summaryTable).toBe('accuracy');
    const roles = Object.fromEntries(
      analysisOutputs.tables.map((t) => [t.name, Object.fromEntries(t.columns.map((c) => [c.name, c.role]))]),
    );
    expect(roles.accuracy).toMatchObject({ model: 'model', accuracy: 'interval', images: 'measure' });
    expect(roles['running-accuracy']).toMatchObject({ images: 'dimension', accuracy: 'measure' });
    expect(roles.mistakes).toMatchObject({ image: 'image', confidence: 'measure' });
    expect(analysisOutputs.views.map((v) => v.kind)).toEqual(
      expect.arrayContaining(['table', 'series', 'gallery']),
    );
  });

  test('shows its page with the table, the series and the gallery', async ({ page }, testInfo) => {
    const analysisPage = new DeclaredAnalysisPage(page);
    await page.goto('/analyses');
    await page.getByTestId('analyses-list').getByRole('link', { name: ANALYSIS }).click();
    await expect(page).toHaveURL(new RegExp(`/analyses/${ANALYSIS}$`));
    await analysisPage.goto(ANALYSIS, runId);
    await expect(analysisPage.title).toHaveText(ANALYSIS);

    // The ranked table: one row per model, rank 1 the higher accuracy.
    const table = analysisPage.view('table', 'accuracy');
    await expect(table.getByTestId('output-row')).toHaveCount(models.length);
    const shares = await table.locator('td[data-column="accuracy"]').allInnerTexts();
    const means = shares.map((t) => Number(/^([\d.]+)%/.exec(t)![1]));
    expect(means[0]).toBeGreaterThanOrEqual(means[1]!);
    // An interval is written in the value's unit, inside [0%, 100%].
    for (const t of shares) expect(t).toMatch(/^\d+\.\d% \[\d+\.\d%, \d+\.\d%\]$/);

    // The series: one line per model.
    const series = analysisPage.view('series', 'running-accuracy');
    await expect(series.getByTestId('band-legend-item')).toHaveCount(models.length);
    await expect(series.locator('.recharts-line')).toHaveCount(models.length);

    // The gallery: each model's mistakes as dataset images that load, filtered by the model picker.
    const gallery = analysisPage.view('gallery', 'mistakes');
    const picker = analysisPage.facet(gallery, 'model');
    await expect(picker.locator('option')).toHaveCount(models.length);
    await picker.selectOption(models[0]!);
    await expect(page).toHaveURL(new RegExp(`model=${models[0]}`));
    const items = gallery.getByTestId('gallery-item');
    await expect(items.first()).toBeVisible();
    // Thumbnails load asynchronously: poll until every one has decoded.
    await expect
      .poll(async () => {
        const loaded = await items
          .locator('img')
          .evaluateAll((imgs) =>
            imgs
              .map((el) => el as unknown as { complete: boolean; naturalWidth: number })
              .map((i) => i.complete && i.naturalWidth > 0),
          );
        return loaded.length > 0 && loaded.every(Boolean);
      })
      .toBe(true);
    for (const text of await items.locator('dd').allInnerTexts()) expect(text.length).toBeGreaterThan(0);
    await attachScreenshot(page, testInfo, 'example-analysis-page');
  });

  test('exports any declared table as CSV with the CLI, equal to the dashboard download', async ({
    platform,
    request,
  }) => {
    const { code, stdout, stderr } = await transferlab(['results', runId, '--table', 'accuracy', '--csv'], {
      url: serverUrl(platform.graphqlUrl),
    });
    expect(code, stderr).toBe(0);
    const res = await request.get(
      new URL(`runs/${runId}/tables/accuracy.csv`, platform.dashboardUrl).toString(),
    );
    expect(res.status()).toBe(200);
    expect(stdout).toBe(await res.text());
    const lines = stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'model,kind,accuracy.mean,accuracy.low,accuracy.high,accuracy.n,images,meanFeatureNorm,meanGradientNorm',
    );
    expect(lines).toHaveLength(1 + models.length);
  });

  test('is named nowhere outside its own folder and the configuration', () => {
    // The server and the dashboard learn of it from the registry alone.
    for (const dir of [
      'apps/server/src',
      'apps/dashboard/src',
      'apps/dashboard/app',
      'packages/cli/src',
      'packages/client/src',
    ]) {
      const hits = grepTree(join(REPO_ROOT, dir), ANALYSIS);
      expect(hits, `${dir} names ${ANALYSIS}`).toEqual([]);
    }
    expect(readFileSync(join(EXAMPLE_DIR, 'src', 'index.ts'), 'utf8')).toContain(`name: '${ANALYSIS}'`);
  });
});

/** Files under dir (TypeScript and TSX, generated GraphQL files included) whose text contains needle. */
function grepTree(dir: string, needle: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...grepTree(path, needle));
    else if (/\.(ts|tsx)$/.test(name) && readFileSync(path, 'utf8').includes(needle)) out.push(path);
  }
  return out;
}
