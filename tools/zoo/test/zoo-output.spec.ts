import { buildResNet, encodeModel, LocalEngine, METADATA_KEYS, modelHash, readInputSpec, validateModel } from '@transferlab/engine';
import { BUNDLED_ZOO_DIR, readManifest, zooSource, type ManifestEntry } from '@transferlab/plugins-models';
import { createTestContext } from '@transferlab/sdk/testing';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { upsertManifestEntry } from '../src/save';

const input = { channels: 1 as const, height: 28, width: 28, mean: [0.29], std: [0.35] };

/** A zoo folder with one tiny (untrained) model, recorded as the training CLI records models. */
function tinyZoo(): { dir: string; entry: ManifestEntry } {
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
  return { dir, entry };
}

describe('what the trainer writes, as the zoo plugin serves it', () => {
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

  it('upsertManifestEntry replaces an entry by id and keeps the models sorted', () => {
    const { dir, entry } = tinyZoo();
    upsertManifestEntry(dir, { ...entry, cleanAccuracy: 0.5 });
    expect(readManifest(dir)!.models).toEqual([{ ...entry, cleanAccuracy: 0.5 }]);
    upsertManifestEntry(dir, { ...entry, id: 'a-first' });
    expect(readManifest(dir)!.models.map((m) => m.id)).toEqual(['a-first', entry.id]);
    expect(() => upsertManifestEntry(dir, { ...entry, sha256: 'nope' })).toThrow();
  });

  it('the bundled zoo: every model is valid ONNX whose metadata matches its manifest entry', () => {
    const manifest = readManifest(BUNDLED_ZOO_DIR);
    for (const e of manifest?.models ?? []) {
      const model = validateModel(new Uint8Array(readFileSync(join(BUNDLED_ZOO_DIR, e.file))));
      expect(readInputSpec(model.metadata)).toEqual(e.input);
      expect(model.metadata[METADATA_KEYS.features]).toBe(e.featureTensor);
      expect(JSON.parse(model.metadata[METADATA_KEYS.blocks]!)).toEqual(e.blocks);
      expect(JSON.parse(model.metadata[METADATA_KEYS.training]!)).toEqual(e.training);
    }
  });
});
