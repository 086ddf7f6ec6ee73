import { Injectable } from '@nestjs/common';

/** What a running trial last reported. */
export interface TrialProgressReport {
  readonly fraction: number;
  readonly message: string | null;
}

/** The live part of a run's progress: trials running now and the fractions they reported. */
export interface RunLiveProgress {
  readonly running: number;
  readonly fractionSum: number;
}

/**
 * In-memory progress of the trials running in this process, by run and trial id. Kept out of
 * the database on purpose: it changes every epoch and means nothing after a restart.
 */
@Injectable()
export class TrialProgress {
  private readonly runs = new Map<string, Map<string, TrialProgressReport>>();

  start(runId: string, trialId: string): void {
    this.trials(runId).set(trialId, { fraction: 0, message: null });
  }

  report(runId: string, trialId: string, fraction: number, message: string | null): void {
    const trials = this.runs.get(runId);
    // A report that arrives after the trial ended (messages cross) must not bring it back.
    if (!trials?.has(trialId)) return;
    trials.set(trialId, {
      fraction: Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)),
      message,
    });
  }

  end(runId: string, trialId: string): void {
    const trials = this.runs.get(runId);
    trials?.delete(trialId);
    if (trials?.size === 0) this.runs.delete(runId);
  }

  of(runId: string, trialId: string): TrialProgressReport | undefined {
    return this.runs.get(runId)?.get(trialId);
  }

  live(runId: string): RunLiveProgress {
    const trials = [...(this.runs.get(runId)?.values() ?? [])];
    return { running: trials.length, fractionSum: trials.reduce((s, t) => s + t.fraction, 0) };
  }

  private trials(runId: string): Map<string, TrialProgressReport> {
    let t = this.runs.get(runId);
    if (!t) this.runs.set(runId, (t = new Map<string, TrialProgressReport>()));
    return t;
  }
}
