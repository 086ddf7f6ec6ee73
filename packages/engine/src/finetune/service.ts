import { createHash } from 'node:crypto';
import type { FineTuneGroupOptions, FineTuneOptions, FineTuneRequest, ImageBatch } from '@transferlab/sdk';
import type { FeatureCache } from '../cache/feature-cache';
import { decodeModel } from '../onnx/codec';
import type { ModelDef } from '../onnx/ir';
import { prependPreprocessing } from '../preprocess/prepend';
import type { ModelInputSpec } from '../preprocess/preprocess-graph';
import type { SessionCache } from '../runtime/session-cache';
import type { SessionOptions } from '../runtime/session-options';
import { fineTune, type FineTuneEnv } from './fine-tune';
import { fineTuneGroup } from './fine-tune-group';
import type { FineTuneRun, SplitImages } from './types';

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

export interface FineTuneServiceOptions {
  readonly models: (id: string) => Promise<FineTuneModelEntry>;
  /** Shared by every trial: trials of one (model, dataset, depth, subset) compute the frozen prefix once. */
  readonly cache?: FeatureCache;
  readonly session?: SessionOptions;
  /** Sessions of the prefix, training and evaluation graphs (default: the process-wide cache). */
  readonly sessions?: SessionCache;
}

function contentHash(batches: readonly ImageBatch[]): string {
  const h = createHash('sha256');
  for (const b of batches) {
    h.update(JSON.stringify(b.images.dims));
    h.update(new Uint8Array(b.images.data.buffer, b.images.data.byteOffset, b.images.data.byteLength));
    h.update(new Uint8Array(b.labels.buffer, b.labels.byteOffset, b.labels.byteLength));
  }
  return h.digest('hex');
}

/**
 * The engine side of the sdk's EngineApi.fineTune: resolves the model, reads the target images
 * from the request (the analysis's loaded dataset, or tensors), folds the model's preprocessing
 * in for the target's image shape and runs fineTune with a shared feature cache. The engine
 * facade (createEngine) forwards `fineTune` here.
 */
export class FineTuneService {
  private readonly prepared = new Map<string, ModelDef>();

  constructor(private readonly options: FineTuneServiceOptions) {}

  async fineTune(request: FineTuneRequest, options: FineTuneOptions = {}): Promise<FineTuneRun> {
    const entry = await this.options.models(request.model.id);
    let train: ImageBatch;
    let test: ImageBatch;
    let numClasses: number;
    let checksum: string;
    let trainIndices: Int32Array;
    let testIndices: Int32Array;
    const d = request.data;
    if (d.kind === 'dataset') {
      const ds = d.dataset;
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
    const split = (b: ImageBatch, indices: Int32Array): SplitImages => ({ images: b.images.data, labels: b.labels, indices });
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
    }, this.env(), options);
  }

  /**
   * Requests that share a model, a depth, a dataset (by checksum) and its test indices,
   * fine-tuned as one group (fineTuneGroup): the union of their training images is read once.
   */
  async fineTuneGroup(requests: readonly FineTuneRequest[], options: FineTuneGroupOptions = {}): Promise<FineTuneRun[]> {
    const first = requests[0];
    if (!first) return [];
    const d = first.data;
    if (d.kind !== 'dataset') throw new Error('fine-tune group: requests must give a dataset');
    const same = (r: FineTuneRequest) => r.model.id === first.model.id && r.depth === first.depth && r.data.kind === 'dataset'
      && r.data.dataset.checksum === d.dataset.checksum && r.data.test.length === d.test.length && r.data.test.every((i, k) => i === d.test[k]);
    const odd = requests.findIndex((r) => !same(r));
    if (odd >= 0) throw new Error(`fine-tune group: request ${odd} differs from the first in model, depth, dataset or test indices`);
    const entry = await this.options.models(first.model.id);
    const ds = d.dataset;
    // The union of the samples, sorted: each trial's rows point into it in its own order.
    const union = [...new Set(requests.flatMap((r) => (r.data.kind === 'dataset' ? r.data.train : [])))].sort((a, b) => a - b);
    const row = new Map(union.map((i, k) => [i, k]));
    const [train, test] = await Promise.all([ds.read('train', union), ds.read('test', d.test)]);
    const imageShape = train.images.dims.slice(1) as [number, number, number];
    return fineTuneGroup({
      model: this.model(first.model.id, entry, imageShape),
      modelChecksum: entry.checksum,
      preprocessing: JSON.stringify({ input: entry.input ?? null, image: imageShape }),
      ...(entry.blocks ? { blocks: entry.blocks } : {}),
      ...(entry.featureTensor ? { featureTensor: entry.featureTensor } : {}),
      depth: first.depth,
      numClasses: ds.classes.length,
      datasetChecksum: ds.checksum,
      imageShape,
      train: { images: train.images.data, labels: train.labels, indices: Int32Array.from(union) },
      test: { images: test.images.data, labels: test.labels, indices: Int32Array.from(d.test) },
      trials: requests.map((r) => ({ rows: Int32Array.from(r.data.kind === 'dataset' ? r.data.train : [], (i) => row.get(i)!), hyper: r.hyper, seed: r.seed })),
    }, this.env(), options);
  }

  private env(): FineTuneEnv {
    return {
      ...(this.options.cache ? { cache: this.options.cache } : {}),
      ...(this.options.session ? { session: this.options.session } : {}),
      ...(this.options.sessions ? { sessions: this.options.sessions } : {}),
    };
  }

  /** Drops what the service keeps of a model (its prepared copies), e.g. when a fine-tuned model is released. */
  forget(id: string): void {
    for (const key of this.prepared.keys()) if (key.startsWith(`${id}|`)) this.prepared.delete(key);
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
