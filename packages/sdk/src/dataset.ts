import type { z } from 'zod';
import type { PluginContext } from './context';
import type { ParamsSchema, PluginBase } from './plugin';
import type { ImageBatch } from './tensor';

export const SPLITS = ['train', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/** A loaded dataset: random access by index, images NCHW float32 in [0,1], int32 labels. */
export interface Dataset {
  /** Registry name of the dataset as loaded (a view may differ from its plugin's name). */
  readonly name: string;
  readonly classes: readonly string[];
  /** [channels, height, width] of every image. */
  readonly imageShape: readonly [number, number, number];
  readonly sizes: Readonly<Record<Split, number>>;
  /** Content checksum (sha256 hex) of the images and labels; part of every trial key. */
  readonly checksum: string;
  /** All labels of a split, without decoding images (for stratified sampling). */
  labels(split: Split): Promise<Int32Array>;
  /** The images and labels at the given indices, in that order. */
  read(split: Split, indices: ArrayLike<number>): Promise<ImageBatch>;
  /** A PNG of one image, for the dashboard. */
  thumbnail(split: Split, index: number): Promise<Uint8Array>;
  /**
   * Optional: where the object is in each image, [N, H, W] with 1 on the object (saliency's
   * alignment score). Without it, saliency takes the foreground of a dark background.
   */
  objectMasks?(split: Split, indices: ArrayLike<number>): Promise<Uint8Array>;
}

export interface DatasetPlugin<P extends ParamsSchema = ParamsSchema> extends PluginBase<'dataset', P> {
  load(params: z.output<P>, ctx: PluginContext): Promise<Dataset>;
}

/** A dataset as a trial names it: a registered plugin and the params it is loaded with. */
export interface DatasetRef {
  readonly name: string;
  /** The plugin's params (parsed by its schema; absent: its defaults). */
  readonly params?: Readonly<Record<string, unknown>>;
}

/** A dataset plugin name (loaded with its default params) or a ref with params. */
export type DatasetSpec = string | DatasetRef;

/** The ref form of a spec; empty params are the same as none. */
export function datasetRef(spec: DatasetSpec): DatasetRef {
  if (typeof spec === 'string') return { name: spec };
  return spec.params && Object.keys(spec.params).length > 0 ? { name: spec.name, params: spec.params } : { name: spec.name };
}

/** JSON with object keys sorted at every level (undefined members dropped), so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * One string per distinct dataset: the plugin name alone for default params, else the name
 * followed by the canonical JSON of the params. Used as a memo key and as a label in results.
 */
export function datasetKey(spec: DatasetSpec): string {
  const ref = datasetRef(spec);
  return ref.params ? `${ref.name}${canonicalJson(ref.params)}` : ref.name;
}
