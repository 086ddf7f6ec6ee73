import { defineModelSource, z, type ModelSourcePlugin, type SourceModel } from '@transferlab/sdk';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE, readManifest, type ManifestEntry } from './manifest';

/** The bundled zoo: plugins/models/zoo (two levels above this file in src/ and in dist/). */
export const BUNDLED_ZOO_DIR = join(__dirname, '..', '..', 'zoo');

const params = z
  .object({
    recipes: z.array(z.string()).optional().describe('only models trained by these recipes'),
    kind: z.enum(['natural', 'adversarial']).optional().describe('only natural or only adversarially trained models'),
  })
  .strict();

function sourceModel(dir: string, e: ManifestEntry): SourceModel {
  return {
    id: e.id,
    architecture: e.architecture,
    training: e.training,
    input: e.input,
    numClasses: e.numClasses,
    featureTensor: e.featureTensor,
    blocks: e.blocks,
    checksum: e.sha256,
    metrics: { cleanAccuracy: e.cleanAccuracy, ...e.robustAccuracy, trainingSeconds: e.trainingSeconds },
    async bytes() {
      const bytes = new Uint8Array(await readFile(join(dir, e.file)));
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== e.sha256) throw new Error(`zoo model '${e.id}': ${e.file} has sha256 ${actual}, the manifest says ${e.sha256}; the file was changed or corrupted`);
      return bytes;
    },
  };
}

/** A `zoo` source over a folder holding manifest.json and the .onnx files it lists. */
export function zooSource(dir: string = BUNDLED_ZOO_DIR): ModelSourcePlugin<typeof params> {
  return defineModelSource({
    name: 'zoo',
    version: '1.0.0',
    description: 'Natural and adversarially trained ResNets bundled with Transferlab (trained on fashion-mnist-a).',
    params,
    list(p, ctx) {
      const manifest = readManifest(dir);
      if (!manifest || manifest.models.length === 0) {
        ctx.log.warn(`zoo: no models are bundled yet (${join(dir, MANIFEST_FILE)} ${manifest ? 'lists none' : 'is missing'}); train them with \`npm run zoo:train -- --recipe NAME\``);
        return Promise.resolve([]);
      }
      return Promise.resolve(
        manifest.models
          .filter((m) => (!p.recipes || p.recipes.includes(m.recipe)) && (!p.kind || m.training.kind === p.kind))
          .map((m) => sourceModel(dir, m)),
      );
    },
  });
}

export const zoo = zooSource();
