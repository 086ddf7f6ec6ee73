import { assertConformance, createTestContext } from '@transferlab/sdk/testing';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE, readManifest, type ManifestEntry } from './manifest';
import { BUNDLED_ZOO_DIR, zooSource } from './zoo-plugin';

const input = { channels: 1 as const, height: 28, width: 28, mean: [0.29], std: [0.35] };
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * A zoo folder with one model file and its manifest entry, as the trainer (tools/zoo) writes
 * them. The plugin serves the bytes as they are, so any bytes do; tools/zoo checks that what
 * it saves runs in the engine.
 */
function tinyZoo(): { dir: string; entry: ManifestEntry; bytes: Uint8Array } {
  const dir = mkdtempSync(join(tmpdir(), 'zoo-'));
  const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 31) % 251);
  writeFileSync(join(dir, 'tiny.onnx'), bytes);
  const entry: ManifestEntry = {
    id: 'fashion-mnist-a-resnet6-w4-tiny', file: 'tiny.onnx', sha256: sha256(bytes), bytes: bytes.length, architecture: 'resnet6-w4',
    parameterCount: 1234, recipe: 'natural', seed: 2, training: { kind: 'natural', recipe: 'natural', seed: 2 }, dataset: 'fashion-mnist-a',
    trainSize: 10, input, numClasses: 5, featureTensor: '/Flatten_output_0', blocks: ['/layer1/layer1.0/relu_1/Relu_output_0'], trainingSeconds: 0,
    epochs: [], cleanAccuracy: 0.2, robustAccuracy: { 'robust:L2:0.5': 0.1 }, robustCount: 10,
  };
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ version: 1, models: [entry] }));
  return { dir, entry, bytes };
}

describe('zoo model source', () => {
  it('serves the models of a manifest and passes the conformance kit', async () => {
    const { dir, entry, bytes } = tinyZoo();
    const source = zooSource(dir);
    await assertConformance(source);
    const [m] = await source.list(source.params.parse({}), createTestContext());
    expect(m).toMatchObject({ id: entry.id, checksum: entry.sha256, featureTensor: entry.featureTensor, blocks: entry.blocks, numClasses: 5, input });
    expect(m!.metrics).toMatchObject({ cleanAccuracy: 0.2, 'robust:L2:0.5': 0.1 });
    expect(Buffer.from(await m!.bytes()).equals(Buffer.from(bytes))).toBe(true);
    expect(await source.list(source.params.parse({ kind: 'adversarial' }), createTestContext())).toEqual([]);
    expect(await source.list(source.params.parse({ recipes: ['natural'] }), createTestContext())).toHaveLength(1);
  });

  it('refuses a model file that no longer matches its checksum', async () => {
    const { dir, bytes } = tinyZoo();
    const changed = bytes.slice();
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 1;
    writeFileSync(join(dir, 'tiny.onnx'), changed);
    const [m] = await zooSource(dir).list({}, createTestContext());
    await expect(m!.bytes()).rejects.toThrow(/sha256 .* the manifest says/);
  });

  it('rejects an invalid manifest and one listing a model twice', () => {
    const { dir, entry } = tinyZoo();
    expect(readManifest(dir)!.models).toEqual([entry]);
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ version: 1, models: [{ ...entry, sha256: 'nope' }] }));
    expect(() => readManifest(dir)).toThrow(/invalid/);
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ version: 1, models: [entry, entry] }));
    expect(() => readManifest(dir)).toThrow(/lists model 'fashion-mnist-a-resnet6-w4-tiny' twice/);
    writeFileSync(join(dir, MANIFEST_FILE), '{');
    expect(() => readManifest(dir)).toThrow(/is not JSON/);
  });

  it('says clearly when no models are bundled', async () => {
    const warnings: string[] = [];
    const ctx = { ...createTestContext(), log: { info: () => undefined, warn: (m: string) => warnings.push(m) } };
    expect(await zooSource(mkdtempSync(join(tmpdir(), 'zoo-empty-'))).list({}, ctx)).toEqual([]);
    expect(warnings[0]).toMatch(/no models are bundled yet .*manifest\.json is missing.*zoo:train/);
  });

  it('the bundled zoo: every listed model matches its checksum and stays under 2 MB', async () => {
    const manifest = readManifest(BUNDLED_ZOO_DIR);
    if (!manifest) {
      expect(existsSync(join(BUNDLED_ZOO_DIR, MANIFEST_FILE))).toBe(false);
      return;
    }
    for (const e of manifest.models) {
      const bytes = new Uint8Array(readFileSync(join(BUNDLED_ZOO_DIR, e.file)));
      expect(sha256(bytes)).toBe(e.sha256);
      expect(bytes.length).toBe(e.bytes);
      expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    }
    await assertConformance(zooSource(BUNDLED_ZOO_DIR));
  });
});
