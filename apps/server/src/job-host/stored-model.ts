import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SourceModel } from '@transferlab/sdk';
import type { ModelDescriptor } from './model-descriptor';

/** A stored model as the sdk's SourceModel: its bytes are read from the model store and checked against the record. */
export function storedModel(d: ModelDescriptor): SourceModel {
  return {
    id: d.id,
    name: d.name,
    architecture: d.architecture,
    training: d.training,
    input: d.input,
    numClasses: d.numClasses,
    featureTensor: d.featureTensor,
    blocks: d.blocks,
    checksum: d.checksum,
    ...(d.metrics ? { metrics: d.metrics } : {}),
    async bytes() {
      const bytes = new Uint8Array(await readFile(d.file));
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== d.checksum) throw new Error(`model '${d.id}': ${d.file} has sha256 ${actual}, its record says ${d.checksum}; the stored file was changed or corrupted`);
      return bytes;
    },
  };
}
