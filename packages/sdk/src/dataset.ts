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
}

export interface DatasetPlugin<P extends ParamsSchema = ParamsSchema> extends PluginBase<'dataset', P> {
  load(params: z.output<P>, ctx: PluginContext): Promise<Dataset>;
}
