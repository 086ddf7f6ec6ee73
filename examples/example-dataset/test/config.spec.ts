import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PluginRegistry, registerExternalPlugins } from '@transferlab/sdk';
import { assertConformance, createTestContext } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';

// Loads the built package (dist/, built by the test script) the way the server does:
// through a transferlab.config.json naming the plugin folder.
describe('registering the example through transferlab.config.json', () => {
  it('registers csv-images from the folder and it loads data from the configured roots', async () => {
    const registry = new PluginRegistry();
    const count = await registerExternalPlugins(
      registry,
      join(__dirname, 'fixtures', 'transferlab.config.json'),
    );
    expect(count).toBe(1);
    const [entry] = registry.list('dataset');
    expect(entry?.plugin.name).toBe('csv-images');
    expect(entry?.origin).toBe(`folder ${realpathSync(join(__dirname, '..'))}`);

    const root = realpathSync(mkdtempSync(join(tmpdir(), 'csv-config-')));
    const header = ['label', ...Array.from({ length: 4 }, (_, j) => `pixel${j}`)].join(',');
    writeFileSync(join(root, 'train.csv'), `${header}\n0,0,64,128,255\n1,255,128,64,0\n1,1,2,3,4\n`);
    writeFileSync(join(root, 'test.csv'), `${header}\n1,9,9,9,9\n0,0,0,0,0\n`);
    const ctx = { ...createTestContext(), roots: { datasets: [root], models: [] } };
    const plugin = registry.freeze().get('dataset', 'csv-images');
    await assertConformance(plugin, { params: { width: 2, height: 2, classes: ['dark', 'light'] }, ctx });
  });
});
