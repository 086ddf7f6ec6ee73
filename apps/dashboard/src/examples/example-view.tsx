'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { imageSrc } from '../influence/gallery-images';
import { RESULTS_RUNS_QUERY } from '../results/results.query';
import { runLabel } from '../results/selection';
import { RUNS_SHOWN } from '../results/use-analysis-data';
import { thumbnailOf } from '../saliency/saliency-grid';
import { errorText } from '../ui/error-text';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { contrasts, evidenceRuns } from './evidence-contrast';
import { InfluenceCell, RobustnessCell, SaliencyCell, TransferCell } from './evidence-cells';
import { EXAMPLE_EVIDENCE_QUERY } from './examples.queries';

/**
 * One test image for every source of the chosen runs (the URL's `runs`, else the newest run of each
 * analysis): what it looks at, how easily it is fooled, which training images drove its prediction,
 * and whether its transferred model is right, with each robust source contrasted against the natural one.
 */
export function ExampleView({
  dataset,
  index,
}: {
  readonly dataset: string;
  readonly index: number;
}): ReactNode {
  const params = useSearchParams();
  const runsQuery = useQuery(RESULTS_RUNS_QUERY, { variables: { take: RUNS_SHOWN }, ssr: false });
  const runs = runsQuery.data?.runs ?? [];
  const runIds = evidenceRuns(runs, params.get('runs'));
  const q = useQuery(EXAMPLE_EVIDENCE_QUERY, {
    variables: { dataset, index, runIds },
    skip: !runsQuery.data || runIds.length === 0,
    ssr: false,
  });
  if (!runsQuery.data)
    return runsQuery.error ? (
      <ErrorState
        title="Cannot load the runs."
        message={errorText(runsQuery.error)}
        onRetry={() => void runsQuery.refetch()}
      />
    ) : (
      <LoadingState>Loading runs…</LoadingState>
    );
  if (runIds.length === 0) return <EmptyState title="No runs to gather evidence from yet." />;
  if (!q.data)
    return q.error ? (
      <ErrorState
        title="Cannot load this image's evidence."
        message={errorText(q.error)}
        onRetry={() => void q.refetch()}
      />
    ) : (
      <LoadingState>Gathering evidence…</LoadingState>
    );
  const e = q.data.exampleEvidence;
  const thumbs = thumbnailOf(dataset);
  const ordered = [...e.sources].sort((a, b) => Number(b.natural) - Number(a.natural));
  return (
    <>
      <div className="example-head">
        {thumbs && (
          <img
            className="example-image"
            src={imageSrc(thumbs, index, 'test')}
            alt={`test image ${index}`}
            width={112}
            height={112}
            style={{ imageRendering: 'pixelated' }}
          />
        )}
        <p>
          Test image <strong>#{index}</strong> of <code>{dataset}</code>
          {e.label !== null && <> · class {e.label}</>}
        </p>
      </div>
      <details>
        <summary>From {runIds.length} runs</summary>
        <ul className="plain">
          {runIds.map((id) => {
            const r = runs.find((x) => x.id === id);
            return (
              <li key={id}>
                <Link href={`/runs/${id}`}>{r ? runLabel(r) : `run ${id}`}</Link>
              </li>
            );
          })}
        </ul>
      </details>
      {e.notes.map((n) => (
        <p className="muted" key={n}>
          {n}
        </p>
      ))}
      {e.sources.length === 0 ? (
        <EmptyState title="None of these runs holds this image." />
      ) : (
        <>
          <h2>Robust minus natural</h2>
          <ContrastTable sources={e.sources} />
          <h2>Per source</h2>
          <table className="example-sources" data-testid="example-sources">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Looks at</th>
                <th scope="col">Fooled</th>
                <th scope="col">Training images that drove it</th>
                <th scope="col">Transferred model</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((s) => (
                <tr
                  key={s.source}
                  data-source={s.source}
                  className={s.natural ? 'example-natural' : undefined}
                >
                  <th scope="row">
                    {s.source}
                    {s.natural && <div className="muted">natural (baseline)</div>}
                  </th>
                  <td>
                    <SaliencyCell s={s} dataset={dataset} index={index} />
                  </td>
                  <td>
                    <RobustnessCell s={s} />
                  </td>
                  <td>
                    <InfluenceCell s={s} dataset={dataset} />
                  </td>
                  <td>
                    <TransferCell s={s} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

function ContrastTable({ sources }: { readonly sources: Parameters<typeof contrasts>[0] }): ReactNode {
  const rows = contrasts(sources);
  if (rows.length === 0) return <p className="muted">No natural source among these runs to contrast with.</p>;
  return (
    <table className="table" data-testid="example-contrast">
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Δ alignment (gradient)</th>
          <th scope="col">Harder to fool?</th>
          <th scope="col">Transfer right where natural is wrong</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.source}>
            <td>{c.source}</td>
            <td
              className={
                c.alignment === null ? undefined : c.alignment >= 0 ? 'contrast--gain' : 'contrast--loss'
              }
            >
              {c.alignment === null ? '–' : c.alignment.toFixed(2)}
            </td>
            <td>
              {[...c.harderToFool].map(([norm, h]) => (
                <span key={norm} className={h === null ? undefined : h ? 'contrast--gain' : 'contrast--loss'}>
                  {norm}: {h === null ? 'same' : h ? 'yes' : 'no'}{' '}
                </span>
              ))}
              {c.harderToFool.size === 0 && '–'}
            </td>
            <td>
              {c.transferGains.length > 0 && (
                <span className="contrast--gain">right at n = {c.transferGains.join(', ')} </span>
              )}
              {c.transferLosses.length > 0 && (
                <span className="contrast--loss">
                  wrong at n = {c.transferLosses.join(', ')} (natural right)
                </span>
              )}
              {c.transferGains.length === 0 && c.transferLosses.length === 0 && '–'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
