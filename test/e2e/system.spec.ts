import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { KIND_TITLES, type Kind } from './pages/system.page';
import { REPO_ROOT } from './support/platform';

const KINDS = Object.keys(KIND_TITLES) as Kind[];

test.describe('dashboard system page', () => {
  test('shows the server version and the execution providers', async ({ systemPage }) => {
    await systemPage.goto();
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'apps', 'server', 'package.json'), 'utf8')) as { version: string };
    await expect(systemPage.version).toHaveText(version);
    await expect(systemPage.activeProvider).toHaveText('cpu (setting: cpu)');
    await expect(systemPage.availableProviders).toContainText('cpu');
  });

  test('lists every registered plugin under its kind, as the server reports them', async ({ systemPage, systemInfo }, testInfo) => {
    await systemPage.goto();
    await expect(systemPage.version).toBeVisible();
    for (const kind of KINDS) {
      const expected = systemInfo.plugins.filter((p) => p.kind === kind).map((p) => p.name).sort((a, b) => a.localeCompare(b));
      expect(await systemPage.pluginNames(kind), `${KIND_TITLES[kind]} section`).toEqual(expected);
      if (expected.length === 0) await expect(systemPage.noneRegistered(kind)).toBeVisible();
      else await expect(systemPage.noneRegistered(kind)).toHaveCount(0);
    }
    const shot = testInfo.outputPath('system.png');
    await systemPage.page.screenshot({ path: shot, fullPage: true });
    await testInfo.attach('system', { path: shot, contentType: 'image/png' });
  });

  test('shows the external example plugins from transferlab.config.json with their origin and params', async ({ systemPage, systemInfo }) => {
    await systemPage.goto();
    const external = systemInfo.plugins.filter((p) => p.origin.startsWith('folder '));
    // The global setup names the three examples: an attack, a model source and an analysis.
    expect(external.map((p) => p.kind).sort()).toEqual(['ANALYSIS', 'ATTACK', 'MODEL']);
    for (const plugin of external) {
      const card = systemPage.pluginCard(plugin.kind, plugin.name);
      await expect(card).toContainText(`v${plugin.version}`);
      await expect(card).toContainText(plugin.description);
      await expect(card).toContainText(plugin.origin);
      const props = Object.keys((plugin.paramsSchema as { properties?: object }).properties ?? {});
      for (const prop of props) await expect(card.getByRole('list', { name: `${plugin.name} params` })).toContainText(prop);
    }
  });

  test("shows the memory of this server's own worker processes (local queue), with the recycle policy", async ({ systemPage, request, platform }) => {
    await systemPage.goto();
    const row = systemPage.workerRow('local');
    await expect(row).toContainText('(this server)');
    // Every engine process reports its RSS and V8 heap once it is ready (the table refreshes every 5 s).
    const lines = systemPage.workerProcessMemory('local');
    await expect(lines.first()).toHaveText(/^pid \d+: RSS \d+(\.\d)? [MG]B · heap \d+(\.\d)? [MG]B( · cache \d+(\.\d)? [MG]B)?$/, { timeout: 15_000 });
    const res = await request.post(platform.graphqlUrl, { data: { query: '{ workers { id slots processes { pid } } }' } });
    const { workers } = ((await res.json()) as { data: { workers: { id: string; slots: number; processes: { pid: number }[] }[] } }).data;
    const local = workers.find((w) => w.id === 'local')!;
    expect(local.processes).toHaveLength(local.slots);
    await expect(lines).toHaveCount(local.slots);
    await expect(row).toContainText(/(recycled over \d+ MB|no recycling) · \d+ replaced/);
  });
});
