import { createHash } from 'node:crypto';
import type { EngineTensor } from '../api/local-engine';
import type { FeatureCache } from '../cache/feature-cache';
import { decodeModel } from '../onnx/codec';
import type { ModelDef } from '../onnx/ir';
import { prependPreprocessing } from '../preprocess/prepend';
import type { ModelInputSpec } from '../preprocess/preprocess-graph';
import type { SessionOptions } from '../runtime/session-cache';
import { fineTune } from './fine-tune';
import type { FineTuneCallbacks, FineTuneDepth, FineTuneHyper, FineTuneOutcome, SplitImages } from './types';

/** A source model as the service needs it (the server maps its SourceModel onto this). */
export interface FineTuneModelEntry {
  readonly model: Uint8Array | ModelDef;
  /** sha256 of the ONNX bytes. */
  readonly checksum: string;
  readonly blocks?: readonly string[];
  readonly featureTensor?: string;
  /** Preprocessing to fold in for the target's image shape; none: the model takes the images as they are. */
  readonly input?: ModelInputSpec;
}

/** A target dataset as the service needs it (structurally the sdk's Dataset). */
export interface FineTuneDatasetEntry {
  readonly checksum: string;
  readonly classes: readonly string[];
  readonly imageShape: readonly [number, number, number];
  read(split: 'train' | 'test', indices: ArrayLike<number>): Promise<{ readonly images: EngineTensor; readonly labels: Int32Array }>;
}

interface Batch {
  readonly images: EngineTensor;
  readonly labels: Int32Array;
}

/** Structurally the sdk's FineTuneRequest. */
export interface FineTuneRequestShape {
  readonly model: { readonly id: string };
  readonly depth: FineTuneDepth;
  readonly data:
    | { readonly kind: 'dataset'; readonly name: string; readonly train: readonly number[]; readonly test: readonly number[] }
    | { readonly kind: 'tensors'; readonly numClasses: number; readonly train: Batch; readonly test: Batch };
  readonly hyper: FineTuneHyper;
  readonly seed: number;
}

export interface FineTuneServiceOptions {
  readonly models: (id: string) => Promise<FineTuneModelEntry>;
  readonly datasets?: (name: string) => Promise<FineTuneDatasetEntry>;
  /** Shared by every trial: trials of one (model, dataset, depth, subset) compute the frozen prefix once. */
  readonly cache?: FeatureCache;
  readonly session?: SessionOptions;
}

function contentHash(batches: readonly Batch[]): string {
  const h = createHash('sha256');
  for (const b of batches) {
    h.update(JSON.stringify(b.images.dims));
    h.update(new Uint8Array(b.images.data.buffer, b.images.data.byteOffset, b.images.data.byteLength));
    h.update(new Uint8Array(b.labels.buffer, b.labels.byteOffset, b.labels.byteLength));
  }
  return h.digest('hex');
}

/**
 * The engine side of the sdk's EngineApi.fineTune: resolves the model and the target data,
 * folds the model's preprocessing in for the target's image shape and runs fineTune with a
 * shared feature cache. An EngineApi adapter forwards `fineTune(request, options)` here.
 */
export class FineTuneService {
  private readonly prepared = new Map<string, ModelDef>();

  constructor(private readonly options: FineTuneServiceOptions) {}

  async fineTune(request: FineTuneRequestShape, callbacks: FineTuneCallbacks = {}): Promise<FineTuneOutcome> {
    const entry = await this.options.models(request.model.id);
    let train: Batch;
    let test: Batch;
    let numClasses: number;
    let checksum: string;
    let trainIndices: Int32Array;
    let testIndices: Int32Array;
    const d = request.data;
    if (d.kind === 'dataset') {
      if (!this.options.datasets) throw new Error(`fine-tune: no dataset resolver for '${d.name}'`);
      const ds = await this.options.datasets(d.name);
      [train, test] = await Promise.all([ds.read('train', d.train), ds.read('test', d.test)]);
      numClasses = ds.classes.length;
      checksum = ds.checksum;
      trainIndices = Int32Array.from(d.train);
      testIndices = Int32Array.from(d.test);
    } else {
      ({ train, test, numClasses } = d);
      checksum = contentHash([train, test]);
      trainIndices = Int32Array.from({ length: train.labels.length }, (_, i) => i);
      testIndices = Int32Array.from({ length: test.labels.length }, (_, i) => i);
    }
    const [c, h, w] = train.images.dims.slice(1) as [number, number, number];
    const imageShape = [c, h, w] as const;
    const split = (b: Batch, indices: Int32Array): SplitImages => ({ images: b.images.data, labels: b.labels, indices });
    return fineTune({
      model: this.model(request.model.id, entry, imageShape),
      modelChecksum: entry.checksum,
      preprocessing: JSON.stringify({ input: entry.input ?? null, image: imageShape }),
      ...(entry.blocks ? { blocks: entry.blocks } : {}),
      ...(entry.featureTensor ? { featureTensor: entry.featureTensor } : {}),
      depth: request.depth,
      numClasses,
      datasetChecksum: checksum,
      imageShape,
      train: split(train, trainIndices),
      test: split(test, testIndices),
      hyper: request.hyper,
      seed: request.seed,
    }, { ...(this.options.cache ? { cache: this.options.cache } : {}), ...(this.options.session ? { session: this.options.session } : {}) }, callbacks);
  }

  /** The decoded model with preprocessing folded in for this image shape, kept per (model, shape). */
  private model(id: string, entry: FineTuneModelEntry, image: readonly [number, number, number]): ModelDef {
    const key = `${id}|${entry.checksum}|${image.join('x')}`;
    let m = this.prepared.get(key);
    if (!m) {
      m = entry.model instanceof Uint8Array ? decodeModel(entry.model) : entry.model;
      if (entry.input) m = prependPreprocessing(m, entry.input, image);
      this.prepared.set(key, m);
    }
    return m;
  }
}
