import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ResultEntity } from '../results/result.entity';
import { RunEntity } from './run.entity';
import { RunEvents } from './run-events';
import { RunStatus, TrialStatus } from './run-status';
import { toRunObject } from './run.mapper';
import { TrialEntity } from './trial.entity';
import { TrialProgress } from './trial-progress';

/** Least time between two progress events of one run (epochs of several trials would flood subscribers). */
export const PROGRESS_PUBLISH_INTERVAL_MS = 250;

const now = (): string => new Date().toISOString();

/**
 * What watchers of a running run see: its counts recounted from the rows (finishing the run
 * when every trial is done or failed), and its live progress published at most once per
 * interval. The executor calls it as trials start, report and end.
 */
@Injectable()
export class RunUpdates {
  /** Runs with a progress event scheduled. */
  private readonly publishTimers = new Map<string, NodeJS.Timeout>();
  /** The stored row of each running run as last written here; progress events pair it with live fractions. */
  private readonly lastRun = new Map<string, RunEntity>();
  /** Per run, the refresh in progress: refreshes run one after another so counts never go back. */
  private readonly refreshing = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: RunEvents,
    private readonly progress: TrialProgress,
  ) {}

  /** Publish the run with its live progress soon, at most once per interval. */
  schedulePublish(runId: string): void {
    if (this.publishTimers.has(runId) || this.stopped) return;
    const timer = setTimeout(() => {
      this.publishTimers.delete(runId);
      // No database read here: the row and the live fractions are taken together, so a trial
      // that just ended is counted either as finished or as running, never both or neither.
      const run = this.lastRun.get(runId);
      if (run?.status === RunStatus.RUNNING) this.events.publish(toRunObject(run, this.progress.live(runId)));
    }, PROGRESS_PUBLISH_INTERVAL_MS);
    this.publishTimers.set(runId, timer);
  }

  /** A cancelled run: no progress event may follow its CANCELLED one. */
  forget(runId: string): void {
    clearTimeout(this.publishTimers.get(runId));
    this.publishTimers.delete(runId);
    this.lastRun.delete(runId);
  }

  /** Shutdown: no more progress events. */
  stop(): void {
    this.stopped = true;
    for (const t of this.publishTimers.values()) clearTimeout(t);
    this.publishTimers.clear();
  }

  /**
   * Recount the run from its rows; finish it when every trial is done or failed. `ended` are
   * the trials whose end prompted it: their live progress is dropped once their rows are counted.
   */
  refresh(runId: string, ended: readonly string[] = []): Promise<void> {
    const next = (this.refreshing.get(runId) ?? Promise.resolve()).then(() => this.recount(runId, ended));
    const settled = next.catch(() => undefined);
    this.refreshing.set(runId, settled);
    void settled.then(() => {
      if (this.refreshing.get(runId) === settled) this.refreshing.delete(runId);
    });
    return next;
  }

  private async recount(runId: string, ended: readonly string[]): Promise<void> {
    const runs = this.db.getRepository(RunEntity);
    const run = await runs.findOneBy({ id: runId });
    if (!run) return;
    const completedCount = await this.db.getRepository(ResultEntity).countBy({ runId });
    const failedCount = await this.db.getRepository(TrialEntity).countBy({ runId, status: TrialStatus.FAILED });
    const finished = completedCount + failedCount >= run.trialCount;
    const update: { completedCount: number; failedCount: number; status?: RunStatus; finishedAt?: string; error?: string } = {
      completedCount,
      failedCount,
    };
    if (finished && run.status === RunStatus.RUNNING) {
      update.status = completedCount === 0 && failedCount > 0 ? RunStatus.FAILED : RunStatus.COMPLETED;
      update.finishedAt = now();
      if (failedCount > 0) update.error = `${failedCount} of ${run.trialCount} trials failed`;
    }
    await runs.update({ id: runId }, update);
    for (const id of ended) this.progress.end(runId, id);
    const stored: RunEntity = { ...run, ...update };
    if (stored.status === RunStatus.RUNNING) this.lastRun.set(runId, stored);
    else this.lastRun.delete(runId);
    this.events.publish(toRunObject(stored, this.progress.live(runId)));
  }
}
