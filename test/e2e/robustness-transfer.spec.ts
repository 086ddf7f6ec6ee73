import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ExamplePage } from './pages/example.page';
import { serverUrl, transferlab } from './support/cli';
import { attachScreenshot } from './support/screenshot';
import { naturalZooModel, robustZooModel } from './support/zoo';

const TARGET = 'mnist';
const N = 20;
const IMAGES = 12;

/**
 * Robustness after transfer end to end: a sweep file through `transferlab run`, then the
 * robustness page's transfer views (a row per source with the transferred model's clean and
 * robust accuracy beside the source's own) and the per-example page of a target image (whether
 * each transferred model was fooled). Tiny: 2 zoo sources x Linf PGD-3 at 2 budgets on 12
 * images, on fashion-mnist-a and fine-tuned to mnist with 20 images = 4 trials.
 */
test.describe('robustness after transfer, end to end', () => {
  test.describe.configure({ mode: 'serial' });
  const sources = [naturalZooModel().id, robustZooModel().id];
  let runId = '';

  test('a sweep file with transfer runs through the transferlab command', async ({ platform }) => {
    test.setTimeout(150_000);
    const sweep = join(mkdtempSync(join(tmpdir(), 'tl-rob-transfer-')), 'robustness-transfer.yaml');
    writeFileSync(
      sweep,
      [
        'analysis: robustness',
        'description: zoo sources, robust accuracy after transfer to mnist (e2e)',
        'params:',
        `  sources: [${sources.join(', ')}]`,
        '  dataset: fashion-mnist-a',
        '  norms: [Linf]',
        '  epsLinf: [0.01, 0.03]',
        '  attacks: [pgd]',
        '  steps: 3',
        `  testLimit: ${IMAGES}`,
        '  transfer:',
        `    targets: [${TARGET}]`,
        `    n: [${N}]`,
        '    depths: [0]',
        '    seeds: [0]',
        '    epochs: 2',
        '    batchSize: 10',
        '',
      ].join('\n'),
    );
    const connection = { url: serverUrl(platform.graphqlUrl), token: platform.apiToken };
    const started = await transferlab(['run', sweep], connection);
    expect(started.code, started.stderr).toBe(0);
    runId = started.stdout.trim();
    expect(runId).toMatch(/^[0-9a-f-]{36}$/);
    const watched = await transferlab(['watch', runId], connection, 140_000);
    expect(watched.code, `stdout:\n${watched.stdout}\nstderr:\n${watched.stderr}`).toBe(0);
    expect(watched.stdout).toMatch(/completed, 4\/4 trials done, 0 failed/);
  });

  test("the robustness page shows each transferred source beside the source's own robustness", async ({ robustnessPage }, testInfo) => {
    await robustnessPage.open(runId);
    const transfer = robustnessPage.view('table', 'transfer');
    await expect(robustnessPage.facet(transfer, 'target')).toHaveValue(TARGET);
    await expect(robustnessPage.facet(transfer, 'norm')).toHaveValue('Linf');
    const rows = transfer.getByTestId('output-row');
    await expect(rows).toHaveCount(sources.length);
    for (const source of sources) {
      const row = transfer.locator(`[data-testid="output-row"][data-model="${source}"]`);
      await expect(row.locator('td[data-column="depth"]')).toHaveText('0');
      await expect(row.locator('td[data-column="n"]')).toHaveText(String(N));
      // Means with their 95% intervals, after transfer and (on fashion-mnist-a) before it.
      for (const column of ['clean', 'robust', 'sourceRobust'])
        await expect(row.locator(`td[data-column="${column}"]`)).toHaveText(/^\d+\.\d% \[\d+\.\d%, \d+\.\d%\]/);
      await expect(row.locator('td[data-column="sourceDataset"]')).toHaveText('fashion-mnist-a');
    }
    // The robust source's training budget comes from its model record; the natural one has none.
    const robust = transfer.locator(`[data-testid="output-row"][data-model="${sources[1]}"]`);
    await expect(robust.locator('td[data-column="training"]')).toHaveText('adversarial');
    await expect(robust.locator('td[data-column="trainingNorm"]')).toHaveText('L2');
    await expect(robustnessPage.view('series', 'transfer')).toBeVisible();
    // The sources' own leaderboard keeps its two rows: transferred trials are not the sources'.
    await expect(robustnessPage.rows).toHaveCount(sources.length);
    await attachScreenshot(robustnessPage.page, testInfo, 'robustness-transfer');
  });

  test('the per-example page says whether each transferred model was fooled on a target image', async ({ page, platform }) => {
    const connection = { url: serverUrl(platform.graphqlUrl), token: platform.apiToken };
    const res = await transferlab(['results', runId, '--table', 'transfer-examples', '--json'], connection);
    expect(res.code, res.stderr).toBe(0);
    const examples = JSON.parse(res.stdout) as { image: { dataset: string; index: number }; source: string; outcome: string }[];
    expect(examples).toHaveLength(sources.length * IMAGES);
    const index = examples[0]!.image.index;
    const examplesPage = new ExamplePage(page);
    await examplesPage.open(TARGET, index, [runId]);
    const block = examplesPage.block('robustness', runId, 'Transferred model fooled?');
    await expect(block).toBeVisible({ timeout: 60_000 });
    for (const source of sources) {
      const want = examples.find((e) => e.source === source && e.image.index === index)!.outcome;
      await expect(examplesPage.rows(block, source).locator('td[data-column="outcome"]')).toHaveText(want);
      await expect(examplesPage.rows(block, source).locator('td[data-column="n"]')).toHaveText(String(N));
    }
  });
});
