import { buildResNet, encodeModel, LocalEngine, modelHash, readInputSpec, validateModel } from '@transferlab/engine';
import { assertConformance, createTestContext } from '@transferlab/sdk/testing';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest, upsertManifestEntry, type ManifestEntry } from './manifest';
import { BUNDLED_ZOO_DIR, zooSource } from './zoo-plugin';

const input = { channels: 1 as const, height: 28, width: 28, mean: [0.29], std: [0.35] };

/** A zoo folder with one tiny (untrained) model, recorded as the training CLI records models. */
function tinyZoo(): { dir: string; entry: ManifestEntry; bytes: Uint8Array } {
  const dir = mkdtempSync(join(tmpdir(), 'zoo-'));
  const built = buildResNet({ input, classes: 5, width: 4, blocks: [1, 1], seed: 2 });
  const bytes = encodeModel(built.model);
  writeFileSync(join(dir, 'tiny.onnx'), bytes);
  const entry: ManifestEntry = {
    id: 'fashion-mnist-a-resnet6-w4-tiny', file: 'tiny.onnx', sha256: modelHash(bytes), bytes: bytes.length, architecture: built.architecture,
    parameterCount: built.parameterCount, recipe: 'natural', seed: 2, training: { kind: 'natural', recipe: 'natural', seed: 2 }, dataset: 'fashion-mnist-a',
    trainSize: 10, input, numClasses: 5, featureTensor: built.featureTensor, blocks: [...built.blocks], trainingSeconds: 0,
    epochs: [], cleanAccuracy: 0.2, robustAccuracy: { 'robust:L2:0.5': 0.1 }, robustCount: 10,
  };
  upsertManifestEntry(dir, entry);
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

  it('a served model runs in the engine as the platform runs it: logits, features at the feature tensor and at every block', async () => {
    const { dir } = tinyZoo();
    const [m] = await zooSource(dir).list({}, createTestContext());
    const engine = new LocalEngine({ intraOpNumThreads: 1 });
    engine.register(m!.id, { model: await m!.bytes(), featureTensor: m!.featureTensor, preprocess: { spec: m!.input, image: [1, 28, 28] } });
    const images = { data: Float32Array.from({ length: 2 * 784 }, (_, i) => (i % 97) / 97), dims: [2, 1, 28, 28] };
    expect((await engine.logits(m!, images)).dims).toEqual([2, m!.numClasses]);
    expect((await engine.features(m!, images)).dims).toEqual([2, 8]);
    const shapes = await Promise.all(m!.blocks.map(async (b) => (await engine.features(m!, images, b)).dims));
    expect(shapes).toEqual([[2, 4, 28, 28], [2, 8, 14, 14]]);
  });

  it('refuses a model file that no longer matches its checksum', async () => {
    const { dir, bytes } = tinyZoo();
    const changed = bytes.slice();
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 1;
    writeFileSync(join(dir, 'tiny.onnx'), changed);
    const [m] = await zooSource(dir).list({}, createTestContext());
    await expect(m!.bytes()).rejects.toThrow(/sha256 .* the manifest says/);
  });

  it('replaces an entry by id and rejects an invalid manifest', () => {
    const { dir, entry } = tinyZoo();
    upsertManifestEntry(dir, { ...entry, cleanAccuracy: 0.5 });
    expect(readManifest(dir)!.models).toEqual([{ ...entry, cleanAccuracy: 0.5 }]);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: 1, models: [{ ...entry, sha256: 'nope' }] }));
    expect(() => readManifest(dir)).toThrow(/invalid/);
  });

  it('says clearly when no models are bundled', async () => {
    const warnings: string[] = [];
    const ctx = { ...createTestContext(), log: { info: () => undefined, warn: (m: string) => warnings.push(m) } };
    expect(await zooSource(mkdtempSync(join(tmpdir(), 'zoo-empty-'))).list({}, ctx)).toEqual([]);
    expect(warnings[0]).toMatch(/no models are bundled yet .*manifest\.json is missing.*zoo:train/);
  });

  it('the bundled zoo: every listed model matches its checksum, stays under 2 MB and carries its metadata', async () => {
    const manifest = readManifest(BUNDLED_ZOO_DIR);
    if (!manifest) {
      expect(existsSync(join(BUNDLED_ZOO_DIR, 'manifest.json'))).toBe(false);
      return;
    }
    for (const e of manifest.models) {
      const bytes = new Uint8Array(readFileSync(join(BUNDLED_ZOO_DIR, e.file)));
      expect(modelHash(bytes)).toBe(e.sha256);
      expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
      const model = validateModel(bytes);
      expect(readInputSpec(model.metadata)).toEqual(e.input);
    }
    await assertConformance(zooSource(BUNDLED_ZOO_DIR));
  });
});
