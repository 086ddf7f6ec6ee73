'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { exampleHref } from '../saliency/saliency-choice';
import { errorText } from '../ui/error-text';
import { ErrorState, LoadingState } from '../ui/states';
import { classLabel, examplesBySource, imageSrc } from './gallery-images';
import { INFLUENCE_CLASSES_QUERY, INFLUENCE_EXAMPLE_QUERY } from './influence.queries';
import { ImageStrip } from './image-strip';

/** Training images shown per row: the study's Figure 5 shows a handful. */
export const GALLERY_TAKE = 8;

/**
 * The study's Figure 5 for one test image: the image, then per source a row of its most
 * helpful and a row of its most harmful training images (the lowest seed's when there are several).
 */
export function InfluenceGallery({
  runId,
  target,
  depth,
  n,
  testIndex,
  dataset,
}: {
  readonly runId: string;
  readonly target: string;
  readonly depth: number;
  readonly n: number;
  readonly testIndex: number;
  /** The plugin whose images the indices point into; undefined when they cannot be shown. */
  readonly dataset: string | undefined;
}): ReactNode {
  const examples = useQuery(INFLUENCE_EXAMPLE_QUERY, {
    variables: { runId, target, depth, n, testIndex, take: GALLERY_TAKE },
    ssr: false,
  });
  const classesQuery = useQuery(INFLUENCE_CLASSES_QUERY, {
    variables: { name: dataset ?? '' },
    skip: dataset === undefined,
    ssr: false,
  });
  const classes = classesQuery.data?.dataset.details?.classes;

  let body: ReactNode;
  if (examples.error && !examples.data)
    body = (
      <ErrorState
        title="Cannot load this test image's influences."
        message={errorText(examples.error)}
        onRetry={() => void examples.refetch()}
      />
    );
  else if (!examples.data) body = <LoadingState>Loading influences…</LoadingState>;
  else {
    const bySource = examplesBySource(examples.data.influenceExample);
    const first = bySource[0];
    body =
      first === undefined ? (
        <p className="muted">No influences stored for test image {testIndex}.</p>
      ) : (
        <>
          <figure className="test-image" data-testid="influence-test-image">
            {dataset === undefined ? (
              <span className="no-thumb">#{testIndex}</span>
            ) : (
              <img
                src={imageSrc(dataset, testIndex, 'test')}
                alt={`${classLabel(first.label, classes)} (test image ${testIndex})`}
                width={112}
                height={112}
              />
            )}
            <figcaption>
              Test image {testIndex}: <strong>{classLabel(first.label, classes)}</strong>{' '}
              <Link href={exampleHref(target, testIndex, [])} data-testid="open-example">
                per-example view →
              </Link>
            </figcaption>
          </figure>
          {bySource.map((e) => (
            <section
              key={e.source}
              className="gallery-source"
              data-testid="influence-source"
              data-source={e.source}
              aria-label={e.source}
            >
              <h3>
                {e.source}{' '}
                <span className="muted small">
                  seed {e.seed} · predicted {e.predicted === null ? 'n/a' : classLabel(e.predicted, classes)}
                  {e.predicted !== null && e.predicted !== e.label ? ' (wrong)' : ''}
                </span>
              </h3>
              <ImageStrip
                kind="helpful"
                images={e.helpful}
                dataset={dataset}
                classes={classes}
                testLabel={e.label}
              />
              <ImageStrip
                kind="harmful"
                images={e.harmful}
                dataset={dataset}
                classes={classes}
                testLabel={e.label}
              />
            </section>
          ))}
        </>
      );
  }
  return <div data-testid="influence-gallery">{body}</div>;
}
