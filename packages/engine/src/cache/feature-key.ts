import { createHash } from 'node:crypto';

/** What determines the prefix's output: change any of it and the features differ. */
export interface FeatureKey {
  /** sha256 of the source model's ONNX bytes. */
  readonly modelChecksum: string;
  /** Content hash of the dataset (the dataset plugin's checksum). */
  readonly datasetChecksum: string;
  /** Canonical description of the folded-in preprocessing (e.g. the transferlab.preprocessing metadata). */
  readonly preprocessing: string;
  /** Name of the cut tensor. */
  readonly cut: string;
  /** Dataset indices whose features are stored, in order. */
  readonly indices: Int32Array;
}

/** sha256 hex over every key field; indices enter as their bytes, so the hash stays cheap for 50k images. */
export function featureKeyHash(key: FeatureKey): string {
  const h = createHash('sha256');
  const text = JSON.stringify([key.modelChecksum, key.datasetChecksum, key.preprocessing, key.cut, key.indices.length]);
  h.update(text);
  h.update(new Uint8Array(key.indices.buffer, key.indices.byteOffset, key.indices.byteLength));
  return h.digest('hex');
}
