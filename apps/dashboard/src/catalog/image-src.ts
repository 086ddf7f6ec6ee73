import { thumbnailSrc } from './model-rows';

/** The dashboard's URL of an image of a dataset split (through the catalog's thumbnail proxy). */
export function imageSrc(dataset: string, index: number, split: 'train' | 'test'): string {
  const path = `/datasets/${encodeURIComponent(dataset)}/thumbnails/${index}.png`;
  return thumbnailSrc(split === 'test' ? `${path}?split=test` : path);
}
