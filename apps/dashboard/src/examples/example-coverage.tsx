'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { coveringAnalyses, runCoverage, type CoverageState } from './coverage';
import type { ExampleEvidence } from './examples.queries';

const when = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

const STATE_TEXT: Readonly<Record<CoverageState, string>> = {
  full: 'covers this image',
  partial: 'covers this image partly',
  none: 'does not cover this image',
  problem: 'cannot be read',
};

/**
 * Which analyses cover the image: per run looked through, whether every evidence view its
 * analysis declares has rows for the image, some do, or none, and for the rest how many images
 * they hold instead (a view of maps kept for the first images only covers a later image partly).
 */
export function ExampleCoverage({ evidence }: { readonly evidence: ExampleEvidence }): ReactNode {
  const runs = runCoverage(evidence.runs, evidence.coverage, evidence.image);
  const analyses = coveringAnalyses(runs);
  return (
    <section className="panel example-coverage" data-testid="example-coverage">
      <h2>Coverage</h2>
      <p data-testid="covering-analyses">
        {analyses.length === 0 ? (
          'No analysis of these runs has evidence for this image.'
        ) : (
          <>
            Evidence from{' '}
            {analyses.map((a, i) => (
              <span key={a}>
                {i > 0 && ', '}
                <strong data-analysis={a}>{a}</strong>
              </span>
            ))}
            .
          </>
        )}
      </p>
      <ul className="coverage-runs">
        {runs.map(({ run, state, covered, notes }) => (
          <li
            key={run.runId}
            data-testid="coverage-run"
            data-run={run.runId}
            data-analysis={run.analysis}
            data-state={state}
          >
            <span className={`coverage-mark coverage-mark--${state}`} aria-hidden>
              {state === 'full' ? '●' : state === 'partial' ? '◐' : '○'}
            </span>{' '}
            <strong>{run.analysis}</strong>{' '}
            <Link href={`/runs/${run.runId}`} className="small">
              run of {when(run.createdAt)}
            </Link>{' '}
            <span data-testid="coverage-state">{STATE_TEXT[state]}</span>
            {covered.length > 0 && state === 'partial' && (
              <span className="muted"> ({covered.join(', ')})</span>
            )}
            {notes.length > 0 && (
              <ul className="coverage-notes muted small">
                {notes.map((n) => (
                  <li key={n} data-testid="coverage-note">
                    {n}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
