import type { ReactNode } from 'react';
import { configLine } from './format';
import type { RunDetail } from './runs.queries';

/** The run's failed trials with the reason each failed (the first page of them). */
export function RunFailures({ run }: { readonly run: RunDetail }): ReactNode {
  const failed = run.failures;
  const total = run.trialCounts.failed;
  return (
    <section className="panel" aria-labelledby="failures-heading">
      <h2 id="failures-heading">
        Failures <span className="count">{total}</span>
      </h2>
      {total > failed.length && (
        <p className="muted">
          The first {failed.length} of {total}; the trials CSV has them all.
        </p>
      )}
      {failed.length === 0 ? (
        <p className="muted">No trial has failed.</p>
      ) : (
        <ul className="failures">
          {failed.map((t) => (
            <li key={t.key} data-trial={t.ordinal}>
              <p className="failure__reason">{t.reason}</p>
              <p className="muted">
                trial #{t.ordinal} · {t.attempts} attempt{t.attempts === 1 ? '' : 's'} ·{' '}
                <code>{configLine(t.config)}</code>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
