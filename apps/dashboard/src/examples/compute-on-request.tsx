'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { LoginNeeded } from '../auth/login-needed';
import { needsLogin } from '../auth/needs-login';
import { errorMessages } from '../runs/error-messages';
import { START_RUN_MUTATION } from '../runs/runs.queries';
import { EXAMPLE_RUN_QUERY, type ExampleRun } from './examples.queries';
import { requestParams, requestSpec } from './on-request';

/** How often the started run is asked after while it runs (ms). */
const POLL_MS = 1500;

const DONE = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

/** The started run's state, polled until it ends; `onFinished` once when it completes. */
function StartedRun({
  runId,
  analysis,
  onFinished,
}: {
  readonly runId: string;
  readonly analysis: string;
  readonly onFinished: (runId: string) => void;
}): ReactNode {
  const q = useQuery(EXAMPLE_RUN_QUERY, { variables: { id: runId }, pollInterval: POLL_MS, ssr: false });
  const run = q.data?.run;
  const ended = run !== undefined && DONE.has(run.status);
  const told = useRef(false);
  useEffect(() => {
    if (ended) q.stopPolling();
    if (run?.status === 'COMPLETED' && !told.current) {
      told.current = true;
      onFinished(runId);
    }
  }, [ended, run?.status, runId, onFinished, q]);
  return (
    <p data-testid="compute-run" data-run={runId} data-status={run?.status ?? 'QUEUED'}>
      <Link href={`/runs/${runId}`}>The {analysis} run</Link>{' '}
      {run === undefined
        ? 'has started.'
        : run.status === 'COMPLETED'
          ? 'has finished: its rows are on this page.'
          : run.status === 'FAILED'
            ? `failed${run.error ? `: ${run.error}` : '.'}`
            : run.status === 'CANCELLED'
              ? 'was cancelled.'
              : `is ${run.status === 'QUEUED' ? 'queued' : `running (${Math.round(100 * run.progress)}%)`}…`}
    </p>
  );
}

/**
 * Evidence on request: where no run on the page has rows of a view that its analysis can compute
 * for one image (the view declares `onRequest`), a button that starts a small run of that analysis
 * on just this image (through the guarded startRun, with the sources and settings of this page's
 * newest run of it, else its defaults over the page's models), then shows the rows when it ends.
 */
export function ComputeOnRequest({
  request,
  image,
  runs,
  models,
  covered,
  onFinished,
}: {
  readonly request: { readonly analysis: string; readonly view: string; readonly onRequest: unknown };
  readonly image: { readonly dataset: string; readonly split: string; readonly index: number };
  readonly runs: readonly ExampleRun[];
  readonly models: readonly string[];
  /** Whether a run on the page has rows of the view for this image already. */
  readonly covered: boolean;
  readonly onFinished: (runId: string) => void;
}): ReactNode {
  const analysis = request.analysis;
  const from =
    runs.find((r) => r.analysis === analysis && r.problem === null && r.rows > 0) ??
    runs.find((r) => r.analysis === analysis && r.problem === null);
  const source = useQuery(EXAMPLE_RUN_QUERY, {
    variables: { id: from?.runId ?? '' },
    skip: from === undefined,
    ssr: false,
  });
  const [startRun, { loading }] = useMutation(START_RUN_MUTATION);
  const [started, setStarted] = useState<string | null>(null);
  const [refused, setRefused] = useState<string[]>([]);
  const [loginNeeded, setLoginNeeded] = useState(false);
  const spec = requestSpec(request.onRequest);
  if (spec === null || (covered && started === null)) return null;
  const waiting = from !== undefined && source.loading;
  const run = requestParams(spec, analysis, image, source.data?.run?.params ?? null, models);

  const start = async (): Promise<void> => {
    if (!run.ok) return;
    setRefused([]);
    setLoginNeeded(false);
    try {
      const { data } = await startRun({ variables: { input: { analysis, params: run.params } } });
      if (data) setStarted(data.startRun.id);
    } catch (e) {
      setRefused(errorMessages(e));
      setLoginNeeded(needsLogin(e));
    }
  };

  return (
    <section className="panel example-compute" data-testid="compute-panel" data-analysis={analysis}>
      <h2>{request.view}</h2>
      {started === null && (
        <p className="muted">
          No run on this page has this view for this image
          {from ? ' (its run keeps it for some of its images only)' : ''}.
        </p>
      )}
      {run.ok ? (
        started === null && (
          <p>
            <button
              type="button"
              data-testid="compute-on-request"
              disabled={loading || waiting}
              onClick={() => void start()}
            >
              {spec.label} for this image
            </button>{' '}
            <span className="muted small">
              a {analysis} run of {run.sources.length} source
              {run.sources.length === 1 ? '' : 's'} on this image alone
              {from ? ', made as the run on this page made its rows' : ''}
            </span>
          </p>
        )
      ) : (
        <p className="muted" data-testid="compute-reason">
          {run.reason}
        </p>
      )}
      {refused.length > 0 && (
        <div className="panel panel--error" role="alert" aria-label="The server refused the run">
          <ul>
            {refused.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {loginNeeded && <LoginNeeded />}
        </div>
      )}
      {started !== null && <StartedRun runId={started} analysis={analysis} onFinished={onFinished} />}
    </section>
  );
}
