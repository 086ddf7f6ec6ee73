'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { exampleHref, thumbnailOf } from '../analyses/image-links';
import { imageSrc } from '../catalog/image-src';
import { useUrlParams } from '../results/use-url-params';
import { errorText } from '../ui/error-text';
import { Picker } from '../ui/picker';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { ExampleRuns } from './example-view';
import { pageParam, runIdsParam, splitFilter, splitParam } from './example-params';
import { EXAMPLE_IMAGES_QUERY, type ExampleImage } from './examples.queries';

/** Images per page of the index. */
const PAGE = 24;

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

function ImageCard({
  image,
  runIds,
}: {
  readonly image: ExampleImage;
  readonly runIds: readonly string[];
}): ReactNode {
  const split = splitParam(image.split);
  const thumbs = thumbnailOf(image.dataset);
  return (
    <li
      data-testid="example-image"
      data-dataset={image.dataset}
      data-split={image.split}
      data-index={image.index}
    >
      <Link href={exampleHref(image.dataset, image.index, runIds, split)} data-testid="example-image-link">
        {thumbs ? (
          <img
            className="cell-image"
            src={imageSrc(thumbs, image.index, split)}
            alt={`${image.dataset} ${image.split} #${image.index}`}
            width={96}
            height={96}
          />
        ) : (
          <span className="example-no-thumb">#{image.index}</span>
        )}
        <div className="small">
          {image.split} #{image.index}
        </div>
      </Link>
      <dl>
        {image.analyses.map((a) => (
          <div key={a.analysis} data-analysis={a.analysis}>
            <dt>{a.analysis}</dt>
            <dd title={`${plural(a.rows, 'row')} from ${plural(a.runs, 'run')}`}>{plural(a.rows, 'row')}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

/** Open any image by its dataset and index, evidence or not. */
function OpenImage({
  dataset,
  runIds,
}: {
  readonly dataset: string;
  readonly runIds: readonly string[];
}): ReactNode {
  const [name, setName] = useState(dataset);
  const [index, setIndex] = useState('0');
  const [split, setSplit] = useState<'train' | 'test'>('test');
  const href = exampleHref(name, Number(index) || 0, runIds, split);
  return (
    <form
      className="pickers"
      action={href}
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        window.location.assign(href);
      }}
    >
      <label>
        Dataset <input value={name} onChange={(e) => setName(e.target.value)} data-testid="example-dataset" />
      </label>
      <label>
        Split{' '}
        <select
          value={split}
          onChange={(e) => setSplit(splitParam(e.target.value))}
          data-testid="example-split"
        >
          <option value="test">test</option>
          <option value="train">train</option>
        </select>
      </label>
      <label>
        Index{' '}
        <input
          value={index}
          inputMode="numeric"
          onChange={(e) => setIndex(e.target.value)}
          data-testid="example-index"
        />
      </label>
      <button type="submit">Open</button>
    </form>
  );
}

/**
 * The examples index: the images the runs' evidence views hold (the URL's `runs`, else the newest
 * runs with evidence), those with evidence from the most analyses first, by dataset and split, paged.
 */
export function ExamplesIndex(): ReactNode {
  const [params, setParams] = useUrlParams();
  const dataset = params.get('dataset') || undefined;
  const split = splitFilter(params.get('split'));
  const page = pageParam(params.get('page'));
  const runIds = runIdsParam(params.get('runs'));
  const q = useQuery(EXAMPLE_IMAGES_QUERY, {
    variables: { dataset, split, runIds, take: PAGE, skip: (page - 1) * PAGE },
    ssr: false,
  });
  const data = (q.data ?? q.previousData)?.exampleImages;
  if (!data)
    return q.error ? (
      <ErrorState
        title="Cannot load the examples."
        message={errorText(q.error)}
        onRetry={() => void q.refetch()}
      />
    ) : (
      <LoadingState>Looking through the runs' evidence…</LoadingState>
    );
  const pages = Math.max(1, Math.ceil(data.total / PAGE));
  const first = data.skip + 1;
  const last = data.skip + data.images.length;
  return (
    <>
      <div className="pickers">
        <Picker
          label="Dataset"
          value={dataset ?? ''}
          options={[
            { value: '', label: 'every dataset' },
            ...[...new Set([...data.datasets, ...(dataset ? [dataset] : [])])].map((d) => ({
              value: d,
              label: d,
            })),
          ]}
          onChange={(v) => setParams({ dataset: v === '' ? null : v, page: null })}
          testId="pick-example-dataset"
        />
        <Picker
          label="Split"
          value={split ?? ''}
          options={[
            { value: '', label: 'both' },
            { value: 'test', label: 'test' },
            { value: 'train', label: 'train' },
          ]}
          onChange={(v) => setParams({ split: v === '' ? null : v, page: null })}
          testId="pick-example-split"
        />
      </div>
      <ExampleRuns runs={data.runs} what="evidence rows" />
      {q.error && (
        <ErrorState
          title="Cannot load this page."
          message={errorText(q.error)}
          onRetry={() => void q.refetch()}
        />
      )}
      {data.images.length === 0 ? (
        <EmptyState
          title={data.runs.length === 0 ? 'No runs with evidence yet.' : 'No images with evidence here.'}
        >
          <p className="muted">
            Every analysis that declares an evidence view lists its images here once one of its runs has
            results.
          </p>
        </EmptyState>
      ) : (
        <>
          <ul className="output-gallery example-images" data-testid="example-images">
            {data.images.map((i) => (
              <ImageCard key={`${i.dataset}/${i.split}/${i.index}`} image={i} runIds={runIds ?? []} />
            ))}
          </ul>
          <div className="pager" data-testid="example-pager">
            <button
              type="button"
              disabled={page <= 1}
              onClick={() => setParams({ page: page <= 2 ? null : String(page - 1) })}
            >
              Previous
            </button>
            <span className="muted">
              Images {first}–{last} of {data.total} (page {page} of {pages})
            </span>
            <button
              type="button"
              disabled={page >= pages}
              onClick={() => setParams({ page: String(page + 1) })}
            >
              Next
            </button>
          </div>
        </>
      )}
      <h2>Open any image</h2>
      <OpenImage dataset={dataset ?? data.datasets[0] ?? 'fashion-mnist-a'} runIds={runIds ?? []} />
    </>
  );
}
