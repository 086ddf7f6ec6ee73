import type { ReactNode } from 'react';
import { thumbnailOf } from '../analyses/image-links';
import { imageSrc } from '../catalog/image-src';

/** The dataset image a picture cell is about, when the page knows it. */
export interface PictureImage {
  readonly dataset: string;
  readonly split: 'train' | 'test';
  readonly index: number;
}

/**
 * A picture an analysis made for an image (a heat map: RGBA, transparent where it is near zero)
 * laid over that image on a dark ground, the way the saliency grid draws it. Drawn alone on a
 * light page, a heat map is mostly transparent and its hottest pixels white, so it reads as blank.
 */
export function PictureOverImage({
  picture,
  image,
  alt,
  size = 84,
}: {
  readonly picture: string;
  readonly image: PictureImage | null;
  readonly alt: string;
  readonly size?: number;
}): ReactNode {
  const thumbs = image ? thumbnailOf(image.dataset) : undefined;
  // The image as the box's background: the picture stays the cell's one <img>.
  const under = image && thumbs ? imageSrc(thumbs, image.index, image.split) : undefined;
  return (
    <span
      className="picture-over"
      style={{ width: size, height: size, backgroundImage: under ? `url("${under}")` : undefined }}
      data-testid="picture-over-image"
      data-image={under}
    >
      <img src={picture} alt={alt} width={size} height={size} data-testid="example-picture" />
    </span>
  );
}
