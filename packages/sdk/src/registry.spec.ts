import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineAttack, defineDataset } from './define';
import { registerExternalPlugins } from './external-plugins';
import { PluginRegistry } from './registry';
import { DuplicatePluginError, InvalidPluginError, RegistryFrozenError, UnknownPluginError } from './registry.errors';
import { syntheticDataset } from './testing/test-context';

const ds = (name: string) =>
  defineDataset({ name, version: '1.0.0', description: 'x', params: z.object({}), load: () => Promise.resolve(syntheticDataset()) });
const attack = (name: string) =>
  defineAttack({
    name,
    version: '1.0.0',
    description: 'x',
    params: z.object({}),
    perturb: (i) => Promise.resolve({ images: i.batch.images, loss: new Float32Array(0) }),
  });

function tmpConfig(plugins: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tl-config-'));
  const file = join(dir, 'transferlab.config.json');
  writeFileSync(file, JSON.stringify({ plugins }));
  return file;
}

describe('PluginRegistry', () => {
  it('registers and looks up plugins by kind and name', () => {
    const r = new PluginRegistry();
    r.register(ds('mnist'), 'built-in');
    r.register(attack('mnist'), 'built-in'); // same name, other kind: allowed
    expect(r.get('dataset', 'mnist').name).toBe('mnist');
    expect(r.names('attack')).toEqual(['mnist']);
  });

  it('rejects a duplicate name with an error naming both plugins', () => {
    const r = new PluginRegistry();
    r.register(ds('mnist'), 'built-in @transferlab/plugins-datasets');
    expect(() => r.register(ds('mnist'), 'folder /tmp/mine')).toThrow(DuplicatePluginError);
    expect(() => r.register(ds('mnist'), 'folder /tmp/mine')).toThrow(
      "duplicate dataset plugin 'mnist': 'mnist' from folder /tmp/mine clashes with 'mnist' from built-in @transferlab/plugins-datasets",
    );
  });

  it('answers a miss with the available names', () => {
    const r = new PluginRegistry();
    r.register(attack('pgd'), 'built-in');
    r.register(attack('fgsm'), 'built-in');
    expect(() => r.get('attack', 'pgdx')).toThrow(UnknownPluginError);
    expect(() => r.get('attack', 'pgdx')).toThrow("no attack plugin named 'pgdx'; available: fgsm, pgd");
    expect(() => r.get('analysis', 'transfer')).toThrow("no analysis plugin named 'transfer'; available: (none)");
  });

  it.each([
    [{ kind: 'dataset', name: 'ok', version: '1.0.0', description: 'd', params: z.object({}) }, 'dataset plugin must have a load() method'],
    [{ kind: 'widget', name: 'ok', version: '1.0.0', description: 'd', params: z.object({}) }, 'kind must be one of dataset, model, attack, analysis'],
    [{ ...ds('x'), name: 'Bad Name' }, 'name must match'],
    [{ ...ds('x'), version: 'v1' }, 'version must be a semantic version'],
    [{ ...ds('x'), description: '' }, 'description must be a non-empty string'],
    [{ ...ds('x'), params: { type: 'object' } }, 'params must be a zod (v4) schema'],
    [{ ...attack('x'), perturb: 'no' }, 'attack plugin must have a perturb() method'],
  ])('rejects a malformed plugin (%#)', (plugin, message) => {
    const r = new PluginRegistry();
    expect(() => r.register(plugin, 'test')).toThrow(InvalidPluginError);
    expect(() => r.register(plugin, 'test')).toThrow(message);
    expect(r.names('dataset')).toEqual([]);
  });

  it('is frozen after start-up', () => {
    const r = new PluginRegistry();
    r.register(ds('a'), 'built-in');
    r.freeze();
    expect(r.isFrozen).toBe(true);
    expect(() => r.register(ds('b'), 'late')).toThrow(RegistryFrozenError);
    expect(r.names('dataset')).toEqual(['a']);
  });

  it('loads an external plugin from a local folder named in the configuration file', async () => {
    const r = new PluginRegistry();
    const file = tmpConfig([resolve(__dirname, '../test/fixtures/local-plugin')]);
    await expect(registerExternalPlugins(r, file)).resolves.toBe(1);
    expect(r.get('attack', 'brighten').version).toBe('1.0.0');
    expect(r.list('attack')[0]?.origin).toMatch(/^folder .*local-plugin$/);
  });

  it('refuses a folder whose exports are malformed, a missing folder and an unknown package', async () => {
    const r = new PluginRegistry();
    await expect(registerExternalPlugins(r, tmpConfig([resolve(__dirname, '../test/fixtures/broken-plugin')]))).rejects.toThrow(
      /invalid plugin attack:'Bad Name' from folder .*broken-plugin: .*name must match/,
    );
    await expect(registerExternalPlugins(r, tmpConfig(['./nowhere']))).rejects.toThrow(/plugin folder .*nowhere.* does not exist/);
    await expect(registerExternalPlugins(r, tmpConfig(['@nobody/not-installed']))).rejects.toThrow(
      "plugin package '@nobody/not-installed' is not installed",
    );
  });
});
