import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuplicatePluginError, RegistryFrozenError, defineAttack, z } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { buildRegistry } from './build-registry';

const FIXTURES = resolve(__dirname, '..', '..', 'test', 'fixtures', 'external-plugin');

function pluginConfig(plugins: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tl-reg-')), 'transferlab.config.json');
  writeFileSync(file, JSON.stringify({ plugins }));
  return file;
}

const builtInNoise = defineAttack({
  name: 'fixture-noise',
  version: '9.9.9',
  description: 'A built-in that clashes with the fixture folder.',
  params: z.object({}),
  perturb: () => Promise.reject(new Error('not called')),
});

describe('buildRegistry', () => {
  it('registers the built-ins, then the external plugins, and freezes', async () => {
    const registry = await buildRegistry({ pluginConfigFile: pluginConfig([FIXTURES]) }, []);
    expect(registry.names('attack')).toEqual(['fixture-noise']);
    expect(registry.names('dataset')).toEqual(['fixture-set']);
    expect(registry.isFrozen).toBe(true);
    expect(() => registry.register(builtInNoise, 'late')).toThrow(RegistryFrozenError);
  });

  it('works without a plugin configuration file', async () => {
    const registry = await buildRegistry({ pluginConfigFile: undefined }, [{ origin: 'built-in test', plugins: [builtInNoise] }]);
    expect(registry.list('attack').map((e) => e.origin)).toEqual(['built-in test']);
  });

  it('refuses an external plugin that clashes with a built-in, naming both origins', async () => {
    const attempt = buildRegistry({ pluginConfigFile: pluginConfig([FIXTURES]) }, [
      { origin: 'built-in test', plugins: [builtInNoise] },
    ]);
    await expect(attempt).rejects.toThrow(DuplicatePluginError);
    await expect(attempt).rejects.toThrow(/fixture-noise.*folder .*external-plugin.*built-in test/);
  });
});
