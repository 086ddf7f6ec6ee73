import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { dashboardGraphql } from './support/graphql';

const START = 'mutation($input: StartRunInput!) { startRun(input: $input) { id } }';
/** One small depth-0 fine-tuning of the bundled zoo model: a finished run in seconds. */
const PARAMS = {
  sources: ['fashion-mnist-a-resnet8-w16-natural'],
  targets: ['mnist'],
  n: [20],
  depths: [0],
  seeds: [0],
  epochs: 1,
  batchSize: 16,
  testLimit: 50,
};

const scratch = mkdtempSync(join(tmpdir(), 'tl-run-files-dashboard-e2e-'));

test.describe('sharing a run from the dashboard: Export run and Import run', () => {
  test('a run exported from its page imports from the runs list; the same file again and a tampered file are refused with the server message', async ({
    page,
    platform,
    runsPage,
    runPage,
    loggedIn: _loggedIn,
  }) => {
    test.setTimeout(180_000);
    const { startRun } = await dashboardGraphql<{ startRun: { id: string } }>(
      page.request,
      platform.dashboardUrl,
      START,
      {
        input: { analysis: 'transfer', params: PARAMS },
      },
    );
    const runId = startRun.id;
    await runPage.goto(runId);
    await expect(runPage.status).toHaveText('completed', { timeout: 150_000 });

    // Export run: the file the server writes, downloaded through the dashboard.
    const downloading = page.waitForEvent('download');
    await page.getByTestId('run-export').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`run-${runId}.json`);
    const file = join(scratch, download.suggestedFilename());
    await download.saveAs(file);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      run: { id: string; params: Record<string, unknown> };
      checksum: string;
    };
    expect(doc).toMatchObject({ format: 'transferlab-run', run: { id: runId } });

    // Import run: the server makes a run marked imported, listed at once.
    await runsPage.goto();
    const fileInput = page.getByTestId('run-import-file');
    await fileInput.setInputFiles(file);
    const imported = page.getByTestId('run-imported');
    await expect(imported).toContainText('Imported as run');
    const copyId = (await imported.getByRole('link').textContent())!.trim();
    expect(copyId).not.toBe(runId);
    await expect(runsPage.row(copyId).getByTestId('imported-mark')).toBeVisible();

    // The same file again: refused, naming the run it became.
    const refusal = page.getByRole('alert', { name: 'The run was not imported' });
    await fileInput.setInputFiles(file);
    await expect(refusal).toContainText(`already imported here as run ${copyId}`);

    // A file changed after export: refused, naming the checksum.
    const tampered = join(scratch, 'tampered.json');
    writeFileSync(
      tampered,
      JSON.stringify({ ...doc, run: { ...doc.run, params: { ...doc.run.params, epochs: 99 } } }),
    );
    await fileInput.setInputFiles(tampered);
    await expect(refusal).toContainText('checksum');

    // The imported run's page offers its own export.
    await runPage.goto(copyId);
    await expect(page.getByTestId('run-export')).toHaveAttribute('href', `/runs/${copyId}/export.json`);
  });

  test('Import run without a session asks for a login', async ({ page, runsPage }) => {
    const file = join(scratch, 'empty.json');
    writeFileSync(file, '{}');
    await runsPage.goto();
    await page.getByTestId('run-import-file').setInputFiles(file);
    await expect(page.getByRole('alert', { name: 'The run was not imported' })).toContainText('log in');
    await expect(page.getByTestId('login-needed')).toBeVisible();
  });
});
