/** Path of a training image's PNG on this server (served by ThumbnailsController). */
export function thumbnailUrl(dataset: string, index: number): string {
  return `/datasets/${encodeURIComponent(dataset)}/thumbnails/${index}.png`;
}
