import { Presets, SingleBar } from 'cli-progress';
import type { RunSummaryFragment } from '@transferlab/client';
import { println, type Output } from '../io';

/** What one progress update shows: finished of total trials, failures, what is running. */
export function progressLine(run: RunSummaryFragment): string {
  const finished = run.completedCount + run.failedCount;
  return `${run.status.toLowerCase()}: ${finished}/${run.trialCount} trials (${Math.floor(run.progress * 100)}%), ${run.failedCount} failed, ${run.runningCount} running`;
}

export interface ProgressView {
  update(run: RunSummaryFragment): void;
  stop(): void;
}

/**
 * A bar with trial counts on a terminal (cli-progress); elsewhere (a log, a CI job, a pipe)
 * one line per change, since redrawing a line makes no sense in a file.
 */
export function progressView(out: Output): ProgressView {
  if (out.isTTY === true && out.stream !== undefined) {
    const bar = new SingleBar(
      {
        stream: out.stream,
        format: '{bar} {percentage}% | {finished}/{trials} trials, {failed} failed, {running} running | {status}',
        hideCursor: true,
        clearOnComplete: false,
      },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update: (run) => {
        const payload = { finished: run.completedCount + run.failedCount, trials: run.trialCount, failed: run.failedCount, running: run.runningCount, status: run.status.toLowerCase() };
        // The bar counts in thousandths of the run's progress, which includes running trials' epochs.
        const value = Math.round(run.progress * 1000);
        if (!started) {
          bar.start(1000, value, payload);
          started = true;
        } else bar.update(value, payload);
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }
  let last = '';
  return {
    update: (run) => {
      const line = progressLine(run);
      if (line !== last) println(out, line);
      last = line;
    },
    stop: () => undefined,
  };
}
