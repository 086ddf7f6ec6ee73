import { expect, test } from './fixtures';
import { attachScreenshot } from './support/screenshot';
import { naturalZooModel, robustZooModel } from './support/zoo';

/**
 * The researcher's path through the dashboard on a fresh data directory: a tiny transfer
 * sweep started from the new-run form, watched to 100%, then found on the leaderboard and
 * in the compare view, with the CSV download. Tiny: 2 sources (natural and robust) x 1 target
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

  test("the sweep's sources are on the leaderboard, with a CSV of one row per source", async ({
    leaderboardPage,
    runPage,
  }, testInfo) => {
    // From the run page's own link, as a user would get there.
    await runPage.goto(runId);
    await runPage.leaderboardLink.click();
    await expect(leaderboardPage.page).toHaveURL(new RegExp(`/leaderboard\\?(.*&)?run=${runId}`));
    await expect(leaderboardPage.rows).toHaveCount(sources.length);
    expect((await leaderboardPage.sources()).sort()).toEqual([...sources].sort());
    const ranks = await Promise.all(sources.map((s) => leaderboardPage.cell(s, 'rank').textContent()));
    expect(ranks.sort()).toEqual(['1', '2']);
    await attachScreenshot(leaderboardPage.page, testInfo, 'leaderboard');

    const csv = await leaderboardPage.downloadCsv();
    expect(csv.fileName).toMatch(/\.csv$/);
    const lines = csv.text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(1 + sources.length);
    // One row per source, in the source column (the baseline column names natural on every row).
    const column = lines[0]!.toLowerCase().split(',').indexOf('source');
    expect(column).toBeGreaterThanOrEqual(0);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[column])
        .sort(),
    ).toEqual([...sources].sort());
  });

  test('the compare view draws one 95% band per source and the robust-minus-natural delta', async ({
    comparePage,
    runPage,
  }, testInfo) => {
    await runPage.goto(runId);
    await runPage.compareLink.click();
    await expect(comparePage.page).toHaveURL(new RegExp(`/compare\\?(.*&)?run=${runId}`));
    expect(await comparePage.bandCount()).toBe(sources.length);
    expect((await comparePage.bandSources()).sort()).toEqual([...sources].sort());
    for (const source of sources) await expect(comparePage.band(source)).toHaveCount(1);
    // The delta chart: the robust source minus the natural baseline, one band.
    expect(await comparePage.bandSources('delta-vs-n')).toEqual([sources[1]]);
    await attachScreenshot(comparePage.page, testInfo, 'compare');
  });
});
