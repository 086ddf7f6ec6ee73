'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { LoginNeeded } from '../auth/login-needed';
import { needsLogin } from '../auth/needs-login';
import { errorMessages } from '../runs/error-messages';
import { START_RUN_MUTATION } from '../runs/runs.queries';
import { EXAMPLE_RUN_QUERY, type ExampleRun } from './examples.queries';
import { MAPS_ANALYSIS, mapsRequest } from './on-demand-maps';

/** How often the started run is asked after while it runs (ms). */
const POLL_MS = 1500;

const DONE = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

/** The started run's state, polled until it ends; `onFinished` once when it completes. */
function StartedRun({
  runId,
  onFinished,
}: {
  readonly runId: string;
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
    <p data-testid="compute-maps-run" data-run={runId} data-status={run?.status ?? 'QUEUED'}>
      <Link href={`/runs/${runId}`}>The {MAPS_ANALYSIS} run</Link>{' '}
      {run === undefined
        ? 'has started.'
        : run.status === 'COMPLETED'
          ? 'has finished: its maps are on this page.'
          : run.status === 'FAILED'
            ? `failed${run.error ? `: ${run.error}` : '.'}`
            : run.status === 'CANCELLED'
              ? 'was cancelled.'
              : `is ${run.status === 'QUEUED' ? 'queued' : `running (${Math.round(100 * run.progress)}%)`}…`}
    </p>
  );
}

/**
 * Heat maps on request: where no stored map covers this image, a button that starts a small run
 * of the maps analysis on just this image (through the guarded startRun, with the same sources and
 * settings as this page's newest run of it, else its defaults over the page's models), then shows
 * the maps when the run finishes.
 */
export function ComputeMaps({
  image,
  runs,
  models,
  hasMaps,
  onFinished,
}: {
  readonly image: { readonly dataset: string; readonly split: string; readonly index: number };
  readonly runs: readonly ExampleRun[];
  readonly models: readonly string[];
  /** Whether a stored map of this image is on the page already. */
  readonly hasMaps: boolean;
  readonly onFinished: (runId: string) => void;
}): ReactNode {
  const from =
    runs.find((r) => r.analysis === MAPS_ANALYSIS && r.problem === null && r.rows > 0) ??
    runs.find((r) => r.analysis === MAPS_ANALYSIS && r.problem === null);
  const source = useQuery(EXAMPLE_RUN_QUERY, {
    variables: { id: from?.runId ?? '' },
    skip: from === undefined,
    ssr: false,
  });
  const [startRun, { loading }] = useMutation(START_RUN_MUTATION);
  const [started, setStarted] = useState<string | null>(null);
  const [refused, setRefused] = useState<string[]>([]);
  const [loginNeeded, setLoginNeeded] = useState(false);
  if (hasMaps && started === null) return null;
  const waiting = from !== undefined && source.loading;
  const request = mapsRequest(image, source.data?.run?.params ?? null, models);

  const start = async (): Promise<void> => {
    if (!request.ok) return;
    setRefused([]);
    setLoginNeeded(false);
    try {
      const { data } = await startRun({
        variables: { input: { analysis: MAPS_ANALYSIS, params: request.params } },
      });
      if (data) setStarted(data.startRun.id);
    } catch (e) {
      setRefused(errorMessages(e));
      setLoginNeeded(needsLogin(e));
    }
  };

  return (
    <section className="panel example-compute" data-testid="compute-maps-panel">
      <h2>Heat maps</h2>
      {started === null && (
        <p className="muted">
          No run on this page kept a heat map of this image
          {from ? ' (maps are kept for the first images of a subset only)' : ''}.
        </p>
      )}
      {request.ok ? (
        started === null && (
          <p>
            <button
              type="button"
              data-testid="compute-maps"
              disabled={loading || waiting}
              onClick={() => void start()}
            >
              Compute heat maps for this image
            </button>{' '}
            <span className="muted small">
              a {MAPS_ANALYSIS} run of {request.sources.length} source
              {request.sources.length === 1 ? '' : 's'} on this image alone
              {from ? ', made as the run on this page made its maps' : ''}
            </span>
          </p>
        )
      ) : (
        <p className="muted" data-testid="compute-maps-reason">
          {request.reason}
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
      {started !== null && <StartedRun runId={started} onFinished={onFinished} />}
    </section>
  );
}
