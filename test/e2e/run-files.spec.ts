import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { serverUrl, transferlab } from './support/cli';

const scratch = mkdtempSync(join(tmpdir(), 'tl-run-files-e2e-'));

test.describe('sharing a run: transferlab export and import', () => {
  test('a run exported with the CLI and imported shows marked imported in the runs list, its page and the analysis page', async ({
    platform,
    runsPage,
    runPage,
    page,
  }) => {
    test.setTimeout(240_000);
    const url = serverUrl(platform.graphqlUrl);
    const started = await transferlab(['run', 'examples/sweeps/tiny.yaml', '--watch'], { url, token: platform.apiToken }, 170_000);
    expect(started.code, started.stderr).toBe(0);
    const runId = /^run (\S+): transfer \S+, completed/m.exec(started.stdout)?.[1];
    expect(runId, started.stdout).toBeDefined();

    const file = join(scratch, 'run.json.gz');
    const exported = await transferlab(['export', runId!, '--out', file], { url });
    expect(exported.code, exported.stderr).toBe(0);
    const doc = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as { format: string; run: { id: string }; checksum: string };
    expect(doc).toMatchObject({ format: 'transferlab-run', run: { id: runId } });

    const imported = await transferlab(['import', file], { url, token: platform.apiToken });
    expect(imported.code, imported.stderr).toBe(0);
    const copyId = imported.stdout.trim();
    expect(copyId).not.toBe(runId);
    const again = await transferlab(['import', file], { url, token: platform.apiToken });
    expect(again.code).toBe(5);
    expect(again.stderr).toContain(`already imported here as run ${copyId}`);

    await runsPage.goto();
    await expect(runsPage.row(copyId).getByTestId('imported-mark')).toBeVisible();
    await expect(runsPage.row(copyId)).toContainText('completed');
    await expect(runsPage.row(runId!)).toBeVisible();
    await expect(runsPage.row(runId!).getByTestId('imported-mark')).toHaveCount(0);

    await page.goto(`/runs/${copyId}`);
    await expect(runPage.runId).toHaveText(copyId);
    await expect(page.getByTestId('run-provenance')).toContainText(runId!);
    await expect(page.getByTestId('run-provenance')).toContainText(doc.checksum);

    await page.goto(`/analyses/transfer?run=${copyId}`);
    await expect(page.getByTestId('imported-mark')).toBeVisible();
  });
});
