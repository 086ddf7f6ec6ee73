import type { FeatureCache } from '../cache/feature-cache';
import type { Features } from '../cache/feature-file';
import { encodeModel } from '../onnx/codec';
import type { ModelDef } from '../onnx/ir';
import { sessionCache, type SessionCache, type SessionOptions } from '../runtime/session-cache';
import { splitModel } from '../split/split-model';
import { runInBatches } from './run-batches';
import type { SplitImages } from './types';

/** What identifies a prefix's features apart from the cut and the indices (the feature cache's key). */
export interface PrefixKey {
  readonly modelChecksum: string;
  readonly datasetChecksum: string;
  readonly preprocessing: string;
  readonly imageShape: readonly [number, number, number];
}

export interface PrefixEnv {
  readonly cache?: FeatureCache;
  readonly session?: SessionOptions;
  readonly sessions?: SessionCache;
  /** Batch size of the prefix (default 256). */
  readonly inferenceBatchSize?: number;
}

export interface FrozenPrefix {
  readonly tail: ModelDef;
  /** The prefix on images (no cache), e.g. on augmented batches. */
  readonly run: (images: Float32Array) => Promise<Features>;
  /** The prefix on a split's images, through the feature cache when there is one. */
  readonly features: (s: SplitImages, split: 'train' | 'test') => Promise<Features>;
}

/** The model cut at `cut`: its trainable tail and the frozen prefix's features, computed once per cache key. */
export async function frozenPrefix(model: ModelDef, cut: string, key: PrefixKey, env: PrefixEnv): Promise<FrozenPrefix> {
  const split = splitModel(model, cut);
  const session = await (env.sessions ?? sessionCache).get(encodeModel(split.prefix), env.session);
  const out = split.prefix.graph.outputs[0]!.name;
  const ib = env.inferenceBatchSize ?? 256;
  const run = (images: Float32Array) => runInBatches(session, { data: images, rowDims: key.imageShape }, out, ib);
  return {
    tail: split.tail,
    run,
    features: (s, name) => {
      const compute = () => run(s.images);
      if (!env.cache) return compute();
      const k = { modelChecksum: key.modelChecksum, datasetChecksum: `${key.datasetChecksum}:${name}`, preprocessing: key.preprocessing, cut, indices: s.indices };
      return env.cache.getOrCompute(k, compute);
    },
  };
}
