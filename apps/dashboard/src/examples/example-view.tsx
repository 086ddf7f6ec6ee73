'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useCallback, type ReactNode } from 'react';
import { thumbnailOf } from '../analyses/image-links';
import { imageSrc } from '../catalog/image-src';
import { errorText } from '../ui/error-text';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { useUrlParams } from '../results/use-url-params';
import { ComputeOnRequest } from './compute-on-request';
import { EvidenceBlock, ModelName } from './evidence-block';
import { ExampleCompare } from './example-compare';
import { ExampleCoverage } from './example-coverage';
import { MAX_EXAMPLE_RUNS, runIdsParam, splitParam } from './example-params';
import { EXAMPLE_EVIDENCE_QUERY, type ExampleRun } from './examples.queries';

const when = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** The runs looked through, each with its evidence rows for the image or why it gave none. */
export function ExampleRuns({
  runs,
  what,
}: {
  readonly runs: readonly ExampleRun[];
  readonly what: string;
}): ReactNode {
  return (
    <details className="example-runs">
      <summary>
        From {runs.length} run{runs.length === 1 ? '' : 's'}
      </summary>
      <ul className="plain">
        {runs.map((r) => (
          <li key={r.runId} data-testid="example-run" data-run={r.runId} data-analysis={r.analysis}>
            <Link href={`/runs/${r.runId}`}>
              {when(r.createdAt)} · {r.analysis}
            </Link>{' '}
            <span className="muted">
              {r.rows} {what}
            </span>
            {r.problem !== null && <span className="cell-warning"> ⚠ {r.problem}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * One image with every run's evidence for it: per run, each evidence view its analysis declares,
 * drawn from the view's table (the URL's `runs`, else the newest runs with evidence; `split`,
 * else the test split).
 */
export function ExampleView({
  dataset,
  index,
}: {
  readonly dataset: string;
  readonly index: number;
}): ReactNode {
  const [params, setParams] = useUrlParams();
  const runIds = runIdsParam(params.get('runs'));
  const split = splitParam(params.get('split'));
  const q = useQuery(EXAMPLE_EVIDENCE_QUERY, { variables: { dataset, split, index, runIds }, ssr: false });
  // While a changed URL (a run joined) loads, the page keeps what it shows of this image: a started
  // run's state stays. Another image's evidence is never shown for this one.
  const before = q.previousData?.exampleEvidence.image;
  const same = before?.dataset === dataset && before.split === split && before.index === index;
  const data = q.data ?? (same ? q.previousData : undefined);
  const looked = data?.exampleEvidence.runs.map((r) => r.runId);
  // A run started here joins the runs the page gathers from, first, so its rows show when it ends.
  const joinRun = useCallback(
    (runId: string) =>
      setParams({
        runs: [...new Set([runId, ...(runIds ?? looked ?? [])])].slice(0, MAX_EXAMPLE_RUNS).join(','),
      }),
    [setParams, runIds, looked],
  );
  if (!data)
    return q.error ? (
      <ErrorState
        title="Cannot load this image's evidence."
        message={errorText(q.error)}
        onRetry={() => void q.refetch()}
      />
    ) : (
      <LoadingState>Gathering evidence…</LoadingState>
    );
  const e = data.exampleEvidence;
  const training = new Map(e.models.map((m) => [m.id, m.training]));
  const thumbs = thumbnailOf(dataset);
  const byRun = e.runs
    .map((run) => ({ run, views: e.evidence.filter((v) => v.runId === run.runId) }))
    .filter((r) => r.views.length > 0);
  return (
    <>
      <div className="example-head">
        {thumbs && (
          <img
            className="example-image"
            src={imageSrc(thumbs, index, split)}
            alt={`${split} image ${index}`}
            width={112}
            height={112}
          />
        )}
        <div>
          <p>
            {split === 'test' ? 'Test' : 'Training'} image <strong>#{index}</strong> of <code>{dataset}</code>
          </p>
          {e.models.length > 0 && (
            <ul className="example-models" data-testid="example-models">
              {e.models.map((m) => (
                <li key={m.id} data-model={m.id}>
                  <ModelName id={m.id} training={m.training} />
                </li>
              ))}
            </ul>
          )}
          <ExampleRuns runs={e.runs} what="rows for this image" />
        </div>
      </div>
      <ExampleCoverage evidence={e} />
      {e.requests.map((r) => (
        <ComputeOnRequest
          key={`${r.analysis}/${r.view}`}
          request={r}
          image={e.image}
          runs={e.runs}
          models={e.models.map((m) => m.id)}
          covered={e.evidence.some((v) => v.analysis === r.analysis && v.view.title === r.view && v.total > 0)}
          onFinished={joinRun}
        />
      ))}
      <ExampleCompare
        evidence={e.evidence}
        training={training}
        image={{ dataset, split, index }}
        runIds={runIds ?? []}
      />
      {byRun.length > 0 && <h2 className="example-all">Every row, per run</h2>}
      {byRun.length === 0 ? (
        <EmptyState title="None of these runs holds evidence for this image.">
          <p>
            The <Link href="/examples">examples index</Link> lists the images the runs hold evidence for.
          </p>
        </EmptyState>
      ) : (
        byRun.map(({ run, views }) => (
          <section
            key={run.runId}
            className="panel example-run"
            data-run={run.runId}
            data-analysis={run.analysis}
          >
            <h2>
              {run.analysis}{' '}
              <Link
                className="small"
                href={`/analyses/${encodeURIComponent(run.analysis)}?run=${encodeURIComponent(run.runId)}`}
              >
                run of {when(run.createdAt)}
              </Link>
            </h2>
            {views.map((v) => (
              <EvidenceBlock
                key={`${v.view.table}/${v.view.title}`}
                evidence={v}
                training={training}
                runIds={runIds ?? []}
              />
            ))}
          </section>
        ))
      )}
    </>
  );
}
