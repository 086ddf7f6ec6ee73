import type { ReactNode } from 'react';
import { classLabel, formatScore, imageSrc } from './gallery-images';
import type { InfluenceImage } from './influence.queries';

/**
 * A row of training images with their class and influence score; a class matching the test
 * image's is marked. Without a dataset to show (a view with params) each image is its index.
 */
export function ImageStrip({
  kind,
  images,
  dataset,
  classes,
  testLabel,
}: {
  readonly kind: 'helpful' | 'harmful';
  readonly images: readonly InfluenceImage[];
  readonly dataset: string | undefined;
  readonly classes: readonly string[] | undefined;
  readonly testLabel: number;
}): ReactNode {
  return (
    <div className={`image-strip image-strip--${kind}`}>
      <h4>{kind === 'helpful' ? 'Most helpful' : 'Most harmful'}</h4>
      {images.length === 0 ? (
        <p className="muted">none</p>
      ) : (
        <ol data-testid={`influence-${kind}`} aria-label={`${kind} training images`}>
          {images.map((img) => {
            const label = classLabel(img.label, classes);
            const match = img.label === testLabel;
            return (
              <li key={img.index} data-index={img.index} className={match ? 'same-class' : undefined}>
                {dataset === undefined ? (
                  <span className="no-thumb">#{img.index}</span>
                ) : (
                  // Tiny PNGs from the server at a fixed size: next/image would add nothing here.
                  <img
                    src={imageSrc(dataset, img.index, 'train')}
                    alt={`${label} (training image ${img.index})`}
                    width={64}
                    height={64}
                  />
                )}
                <span
                  className="thumb-label"
                  title={`training image ${img.index}${match ? ', same class' : ''}`}
                >
                  {label}
                </span>
                <span className="thumb-score">{formatScore(img.score)}</span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
