import type { ReactNode } from 'react';
import { configLine } from './format';
import { ProgressBar } from './progress-bar';
import { progressPercent } from './run-progress';
import type { RunDetail } from './runs.queries';

/** Trials running now, each with the progress its analysis last reported (epochs done). */
export function RunningTrials({
  trials,
  running,
}: {
  readonly trials: RunDetail['runningTrials'];
  readonly running: number;
}): ReactNode {
  return (
    <section className="panel" aria-labelledby="running-heading">
      <h2 id="running-heading">
        Running now <span className="count">{running}</span>
      </h2>
      <ul className="running-trials">
        {trials.map((t) => (
          <li key={t.key} data-trial={t.ordinal}>
            <ProgressBar
              compact
              percent={progressPercent(t.progress)}
              label={`Progress of trial ${t.ordinal}`}
            />
            <div>
              <code>{configLine(t.config)}</code>
              {t.progressMessage && <p className="muted">{t.progressMessage}</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
