import { expect, test } from './fixtures';
import { attachScreenshot } from './support/screenshot';
import { naturalZooModel, robustZooModel } from './support/zoo';

/**
 * The researcher's path through the dashboard on a fresh data directory: a tiny transfer
 * sweep started from the new-run form, watched to 100%, then found on the transfer page's
 * leaderboard and charts, with the CSV download. Tiny: 2 sources (natural and robust) x 1 target
 * x 2 n x 1 depth x 2 seeds = 8 trials of 2 epochs, tested on a 200-image subset.
 */
const SWEEP = {
  targets: ['mnist'],
  n: [20, 40],
  depths: [0],
  seeds: [0, 1],
  epochs: 2,
  testLimit: 200,
} as const;

test.describe('a tiny sweep, end to end', () => {
  test.describe.configure({ mode: 'serial' });
  // Shared by the steps below: the run the first test starts. Serial mode runs the steps in
  // order, skips the rest when one fails and retries the group from the first step.
  let runId = '';
  const sources = [naturalZooModel().id, robustZooModel().id];
  const TRIALS = sources.length * SWEEP.n.length * SWEEP.depths.length * SWEEP.seeds.length;

  test('starts from the new-run form and its progress reaches 100%', async ({
    loggedIn: _,
    newRunPage,
    runPage,
    runsPage,
  }, testInfo) => {
    test.setTimeout(90_000);
    await newRunPage.goto();
    await expect(newRunPage.analysis).toHaveValue('transfer');
    // The form as generated from the schema, with its defaults (taken before typing: a
    // full-page screenshot between typing and clicking made Chromium drop the first click).
    await attachScreenshot(newRunPage.page, testInfo, 'new-run');
    await newRunPage.fill({ sources, ...SWEEP });
    await newRunPage.submit.click();

    // startRun checksums the named datasets and models first (seconds on a cold cache).
    await expect(newRunPage.page).toHaveURL(/\/runs\/(?!new$)[^/]+$/, { timeout: 30_000 });
    runId = runPage.idFromUrl();
    await expect(runPage.runId).toHaveText(runId);
    // Live: the bar moves on its own (polled every second) until every trial has finished.
    await expect(runPage.progress).toHaveAttribute('aria-valuenow', '100', { timeout: 75_000 });
    await expect(runPage.status).toHaveText('completed');
    await expect(runPage.count('completed')).toHaveText(String(TRIALS));
    await expect(runPage.count('failed')).toHaveText('0');
    await expect(runPage.finishedCount).toContainText(`${TRIALS} of ${TRIALS} trials finished`);
    await expect(runPage.cancel).toHaveCount(0);
    await attachScreenshot(runPage.page, testInfo, 'run');

    await runsPage.goto();
    await expect(runsPage.row(runId)).toContainText('completed');
    await expect(runsPage.row(runId)).toContainText(`${TRIALS} / 0 / ${TRIALS}`);
    await attachScreenshot(runsPage.page, testInfo, 'runs');
  });

  test("the sweep's sources are on the transfer leaderboard, ranked at the chosen n, with its CSV", async ({
    transferPage,
    runPage,
  }, testInfo) => {
    // From the run page's own link, as a user would get there.
    await runPage.goto(runId);
    await runPage.analysisLink.click();
    await expect(transferPage.page).toHaveURL(new RegExp(`/analyses/transfer\\?(.*&)?run=${runId}`));
    await expect(transferPage.rows).toHaveCount(sources.length);
    expect((await transferPage.sources()).sort()).toEqual([...sources].sort());
    const ranks = await Promise.all(sources.map((s) => transferPage.cell(s, 'rank').textContent()));
    expect(ranks.sort()).toEqual(['1', '2']);
    // Accuracy at every n, the chosen one (the first by default) highlighted.
    for (const source of sources)
      for (const n of SWEEP.n) await expect(transferPage.cell(source, `accuracy:${n}`)).toContainText('%');
    await expect(transferPage.cell(sources[0]!, `accuracy:${SWEEP.n[0]}`)).toHaveClass(/chosen/);
    // The natural source (by its model record) is the default baseline: tagged, the robust one's delta against it.
    await expect(transferPage.row(sources[0]!).getByTestId('tag-baseline')).toBeVisible();
    await expect(transferPage.cell(sources[1]!, 'delta')).toContainText('%');
    await attachScreenshot(transferPage.page, testInfo, 'transfer');

    // Another n: the highlight moves and the URL keeps the choice.
    await transferPage.leaderboardFacet('n').selectOption(String(SWEEP.n[1]));
    await expect(transferPage.page).toHaveURL(new RegExp(`[?&]n=${SWEEP.n[1]}(&|$)`));
    await expect(transferPage.cell(sources[0]!, `accuracy:${SWEEP.n[1]}`)).toHaveClass(/chosen/);
    await expect(transferPage.cell(sources[0]!, `accuracy:${SWEEP.n[0]}`)).not.toHaveClass(/chosen/);

    // The filter keeps the matching sources.
    await transferPage.filter.fill('natural');
    expect(await transferPage.sources()).toEqual([sources[0]]);
    await transferPage.filter.fill('');

    // The CSV holds the rows the table is drawn from: one per source and n.
    const csv = await transferPage.downloadCsv();
    expect(csv.fileName).toMatch(/\.csv$/);
    const lines = csv.text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(1 + sources.length * SWEEP.n.length);
    const header = lines[0]!.split(',');
    const at = (name: string): number => header.indexOf(name);
    expect(at('source')).toBeGreaterThanOrEqual(0);
    expect(
      lines
        .slice(1)
        .map((l) => `${l.split(',')[at('source')]}@${l.split(',')[at('n')]}`)
        .sort(),
    ).toEqual(sources.flatMap((s) => SWEEP.n.map((n) => `${s}@${n}`)).sort());

    // A baseline chosen in the picker: the robust source is tagged, the natural one has the delta.
    await transferPage.baseline.selectOption(sources[1]!);
    await expect(transferPage.page).toHaveURL(new RegExp(`[?&]baseline=${encodeURIComponent(sources[1]!)}`));
    await expect(transferPage.row(sources[1]!).getByTestId('tag-baseline')).toBeVisible();
    await expect(transferPage.cell(sources[0]!, 'delta')).toContainText('%');
  });

  test("the transfer page's charts draw one 95% band per source and the robust-minus-natural delta", async ({
    transferPage,
  }, testInfo) => {
    await transferPage.open({ run: runId });
    const accuracy = transferPage.chart('accuracy');
    expect(await accuracy.bandCount()).toBe(sources.length);
    expect((await accuracy.bandSources()).sort()).toEqual([...sources].sort());
    for (const source of sources) await expect(accuracy.band(source)).toHaveCount(1);
    // The delta chart: the robust source minus the natural baseline, one band.
    expect(await transferPage.chart('deltas').bandSources()).toEqual([sources[1]]);
    // Accuracy after each epoch at the chosen n, per source.
    expect((await transferPage.chart('epochs').bandSources()).sort()).toEqual([...sources].sort());
    await attachScreenshot(transferPage.page, testInfo, 'transfer-charts');
  });

  test('old leaderboard and compare links land on the transfer page with their choices', async ({
    transferPage,
    page,
  }) => {
    const natural = encodeURIComponent(sources[0]!);
    await page.goto(`/leaderboard?run=${runId}&target=mnist&depth=0&n=${SWEEP.n[1]}&baseline=${natural}`);
    await expect(page).toHaveURL(
      new RegExp(
        `/analyses/transfer\\?run=${runId}&target=mnist&depth=0&n=${SWEEP.n[1]}&baseline=${natural}$`,
      ),
    );
    await expect(transferPage.cell(sources[1]!, `accuracy:${SWEEP.n[1]}`)).toHaveClass(/chosen/);
    await page.goto(`/compare?run=${runId}&depth=all`);
    await expect(page).toHaveURL(new RegExp(`/analyses/transfer\\?run=${runId}&depth=null$`));
    // A depth the run lacks falls back to the run's own.
    expect(await transferPage.chart('accuracy').bandCount()).toBe(sources.length);
  });
});
