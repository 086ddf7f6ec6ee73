import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { plugins as analyses } from '@transferlab/plugins-analyses';
import { plugins as attacks } from '@transferlab/plugins-attacks';
import { plugins as datasets } from '@transferlab/plugins-datasets';
import { plugins as models } from '@transferlab/plugins-models';
import { PluginRegistry, registerExternalPlugins } from '@transferlab/sdk';
import { assertConformance } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';

const examples = resolve(__dirname, '../../examples');

/** A config file the way a user writes one: local folders relative to the file. */
function writeConfig(plugins: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tl-examples-'));
  const file = join(dir, 'transferlab.config.json');
  writeFileSync(file, JSON.stringify({ plugins }, null, 2));
  return file;
}

describe('the examples/ plugins, loaded through transferlab.config.json', () => {
  it('register beside the built-ins and pass the conformance kit', async () => {
    const registry = new PluginRegistry();
    for (const [list, pkg] of [
      [datasets, 'datasets'],
      [models, 'models'],
      [attacks, 'attacks'],
      [analyses, 'analyses'],
    ] as const) {
      registry.registerAll(list, `built-in @transferlab/plugins-${pkg}`);
    }
    const config = writeConfig(['example-attack', 'example-model', 'example-analysis'].map((d) => join(examples, d)));
    await expect(registerExternalPlugins(registry, config)).resolves.toBe(3);
    registry.freeze();

    const attack = registry.get('attack', 'uniform-noise');
    const model = registry.get('model', 'tiny-models');
    const analysis = registry.get('analysis', 'clean-accuracy');
    expect(registry.list('attack').find((e) => e.plugin.name === 'uniform-noise')?.origin).toBe(
      `folder ${join(examples, 'example-attack')}`,
    );
    for (const p of [attack, model, analysis]) {
      const report = await assertConformance(p);
      expect(report.failures).toEqual([]);
    }
  });

  it('refuses to load the same example twice, naming both origins', async () => {
    const registry = new PluginRegistry();
    const folder = join(examples, 'example-attack');
    const config = writeConfig([folder, `${folder}/`]);
    await expect(registerExternalPlugins(registry, config)).rejects.toThrow(
      `duplicate attack plugin 'uniform-noise': 'uniform-noise' from folder ${folder} clashes with 'uniform-noise' from folder ${folder}`,
    );
  });
});
