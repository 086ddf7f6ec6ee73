import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { KIND_TITLES, type Kind } from './pages/home.page';
import { REPO_ROOT } from './support/platform';

const KINDS = Object.keys(KIND_TITLES) as Kind[];

test.describe('dashboard home', () => {
  test('shows the server version and the execution providers', async ({ homePage }) => {
    await homePage.goto();
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'apps', 'server', 'package.json'), 'utf8')) as { version: string };
    await expect(homePage.version).toHaveText(version);
    await expect(homePage.activeProvider).toHaveText('cpu (setting: cpu)');
    await expect(homePage.availableProviders).toContainText('cpu');
  });

  test('lists every registered plugin under its kind, as the server reports them', async ({ homePage, systemInfo }, testInfo) => {
    await homePage.goto();
    await expect(homePage.version).toBeVisible();
    for (const kind of KINDS) {
      const expected = systemInfo.plugins.filter((p) => p.kind === kind).map((p) => p.name).sort((a, b) => a.localeCompare(b));
      expect(await homePage.pluginNames(kind), `${KIND_TITLES[kind]} section`).toEqual(expected);
      if (expected.length === 0) await expect(homePage.noneRegistered(kind)).toBeVisible();
      else await expect(homePage.noneRegistered(kind)).toHaveCount(0);
    }
    const shot = testInfo.outputPath('home.png');
    await homePage.page.screenshot({ path: shot, fullPage: true });
    await testInfo.attach('home', { path: shot, contentType: 'image/png' });
  });

  test('shows the external example plugins from transferlab.config.json with their origin and params', async ({ homePage, systemInfo }) => {
    await homePage.goto();
    const external = systemInfo.plugins.filter((p) => p.origin.startsWith('folder '));
    // The global setup names the three examples: an attack, a model source and an analysis.
    expect(external.map((p) => p.kind).sort()).toEqual(['ANALYSIS', 'ATTACK', 'MODEL']);
    for (const plugin of external) {
      const card = homePage.pluginCard(plugin.kind, plugin.name);
      await expect(card).toContainText(`v${plugin.version}`);
      await expect(card).toContainText(plugin.description);
      await expect(card).toContainText(plugin.origin);
      const props = Object.keys((plugin.paramsSchema as { properties?: object }).properties ?? {});
      for (const prop of props) await expect(card.getByRole('list', { name: `${plugin.name} params` })).toContainText(prop);
    }
  });
});
