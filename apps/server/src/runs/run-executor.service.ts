import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AnalysisPlugin, PluginRegistry } from '@transferlab/sdk';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { In, type DataSource } from 'typeorm';
import { InjectConfig } from '../config/config.constants';
import { InjectPluginRegistry } from '../plugins/plugins.constants';
import type { ModelDescriptor } from '../job-host/model-descriptor';
import { ResultEntity } from '../results/result.entity';
import { trialJobId } from '../queue/bullmq-names';
import { InjectTrialQueueDriver, TRIAL_RETRIES, type TrialQueueDriver } from '../queue/trial-queue';
import { RunEntity } from './run.entity';
import { RunStatus, TrialStatus, UNFINISHED_RUN_STATUSES } from './run-status';
import { TrialEntity } from './trial.entity';
import { toRunObject } from './run.mapper';
import { RunEvents } from './run-events';
import { storeResult } from './store-result';
import { type RunLiveProgress, TrialProgress } from './trial-progress';
import { TrialResources } from './trial-resources.service';
import { claimGroup, groupCap, pendingWithKeys, type Pending } from './trial-groups';

/** A trial this executor has handed to the driver. */
interface InFlight {
  readonly runId: string;
  readonly controller: AbortController;
  readonly done: Promise<void>;
}

/** Least time between two progress events of one run (epochs of several trials would flood subscribers). */
export const PROGRESS_PUBLISH_INTERVAL_MS = 250;

const now = (): string => new Date().toISOString();

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Moves trials from the database to the queue driver and their results back. Keeps at most
 * `driver.concurrency` trials in flight; retries a trial whose worker was lost up to the
 * configured count; writes each result under the unique (run, trial key) index, ignoring a
 * duplicate, so no crash or retry can store a trial twice. At boot it resumes every
 * unfinished run with the trials that have no result.
 */
@Injectable()
export class RunExecutor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly pending: Pending[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  /** By trial id: how to stop a running trial when its run is cancelled. */
  private readonly running = new Map<string, InFlight>();
  /** Runs with a progress event scheduled. */
  private readonly publishTimers = new Map<string, NodeJS.Timeout>();
  /** The stored row of each running run as last written here; progress events pair it with live fractions. */
  private readonly lastRun = new Map<string, RunEntity>();
  /** Per run, the refresh in progress: refreshes run one after another so counts never go back. */
  private readonly refreshing = new Map<string, Promise<void>>();
  private closing = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectTrialQueueDriver() private readonly driver: TrialQueueDriver,
    @Inject(TRIAL_RETRIES) private readonly retries: number,
    private readonly events: RunEvents,
    private readonly progress: TrialProgress,
    private readonly resources: TrialResources,
    @InjectPluginRegistry() private readonly registry: PluginRegistry,
    @InjectConfig() private readonly config: TransferlabConfig,
  ) {}

  /** The analysis when its trials may run in groups here: it groups, the driver runs groups, grouping is on. */
  private grouping(analysisName: string): AnalysisPlugin | undefined {
    if (!this.config.groupTrials || !this.driver.executeGroup) return undefined;
    const analysis = this.registry.has('analysis', analysisName) ? this.registry.get('analysis', analysisName) : undefined;
    return analysis?.groupKey && analysis.runGroup ? analysis : undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    const unfinished = await this.db.getRepository(RunEntity).find({
      where: { status: In([...UNFINISHED_RUN_STATUSES]) },
      order: { createdAt: 'ASC' },
    });
    if (this.driver.reconcile) await this.reconcileQueue(unfinished.map((r) => r.id));
    for (const run of unfinished) await this.enqueueRun(run.id);
  }

  /** A shared queue outlives this process: drop its jobs of trials that finished or were cancelled meanwhile. */
  private async reconcileQueue(runIds: readonly string[]): Promise<void> {
    const wanted = new Set<string>();
    for (const runId of runIds) {
      const open = await this.db.getRepository(TrialEntity).find({
        select: { trialKey: true },
        where: { runId, status: In([TrialStatus.PENDING, TrialStatus.RUNNING]) },
      });
      for (const t of open) wanted.add(trialJobId(runId, t.trialKey));
    }
    await this.driver.reconcile?.(wanted);
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Stop taking trials; the driver lets running ones finish for a while, then stops its
    // workers. Trials cut short stay RUNNING and are resumed at the next start.
    this.closing = true;
    this.pending.length = 0;
    for (const t of this.publishTimers.values()) clearTimeout(t);
    this.publishTimers.clear();
    await this.driver.close();
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Queue every trial of the run that has no result yet (also how a run resumes). */
  async enqueueRun(runId: string): Promise<void> {
    const run = await this.db.getRepository(RunEntity).findOneBy({ id: runId });
    const grouping = run ? this.grouping(run.analysisName) : undefined;
    // Ids only, unless trials are grouped: a run of 20,000 trials would otherwise parse every config on the event loop.
    const trials = await this.db.getRepository(TrialEntity).find({
      select: { id: true, config: grouping !== undefined },
      where: { runId, status: In([TrialStatus.PENDING, TrialStatus.RUNNING]) },
      order: { ordinal: 'ASC' },
    });
    await this.db.getRepository(RunEntity).update({ id: runId, status: RunStatus.QUEUED }, { status: RunStatus.RUNNING });
    if (grouping) this.pending.push(...(await pendingWithKeys(runId, grouping, trials)));
    else for (const t of trials) this.pending.push({ runId, trialId: t.id });
    await this.refreshRun(runId);
    this.pump();
  }

  /**
   * Stop a cancelled run: drop its queued trials and abort its running ones (their workers are
   * killed; each trial is marked CANCELLED, never retried). Resolves once they are marked.
   */
  async cancelRun(runId: string): Promise<void> {
    for (let i = this.pending.length - 1; i >= 0; i--) if (this.pending[i]?.runId === runId) this.pending.splice(i, 1);
    // No progress event of the cancelled run may follow its CANCELLED one.
    clearTimeout(this.publishTimers.get(runId));
    this.publishTimers.delete(runId);
    this.lastRun.delete(runId);
    const stopping = [...this.running.values()].filter((t) => t.runId === runId);
    for (const t of stopping) t.controller.abort();
    await Promise.allSettled(stopping.map((t) => t.done));
  }

  /** The live progress of a run's trials in this process. */
  live(runId: string): RunLiveProgress {
    return this.progress.live(runId);
  }

  /** Resolves when nothing is queued or running (tests). */
  async idle(): Promise<void> {
    while (this.pending.length > 0 || this.inFlight.size > 0) await new Promise((r) => setTimeout(r, 20));
  }

  private pump(): void {
    while (!this.closing && this.inFlight.size < this.driver.concurrency && this.pending.length > 0) {
      const first = this.pending.shift()!;
      const slots = this.driver.groupSlots?.() ?? this.driver.concurrency - this.inFlight.size;
      const group = claimGroup(this.pending, first, groupCap(this.pending.length + 1, slots));
      const controller = new AbortController();
      const work = group.length > 1 ? this.runGroup(group, controller.signal) : this.runTrial(first, controller.signal);
      const p: Promise<void> = work
        .catch((e: unknown) => process.emitWarning(`transferlab: trial ${first.trialId} bookkeeping failed: ${message(e)}`))
        .finally(() => {
          this.inFlight.delete(p);
          for (const t of group) {
            this.running.delete(t.trialId);
            this.progress.end(t.runId, t.trialId);
          }
          this.pump();
        });
      this.inFlight.add(p);
      for (const t of group) this.running.set(t.trialId, { runId: t.runId, controller, done: p });
    }
  }

  /**
   * Trials of one run and group key as one driver job (the analysis's runGroup). Each result is
   * stored under its own trial key, as a trial run alone would store it. If the group fails for
   * any reason but a cancel or a shutdown, its trials go back to the queue to run one by one.
   */
  private async runGroup(group: readonly Pending[], signal: AbortSignal): Promise<void> {
    const runId = group[0]!.runId;
    const trials = this.db.getRepository(TrialEntity);
    const run = await this.db.getRepository(RunEntity).findOneBy({ id: runId });
    if (!run || run.status !== RunStatus.RUNNING) return;
    const rows = await trials.findBy({ id: In(group.map((g) => g.trialId)) });
    const byId = new Map(rows.map((t) => [t.id, t]));
    const todo: TrialEntity[] = [];
    for (const g of group) {
      const t = byId.get(g.trialId);
      if (!t || (t.status !== TrialStatus.PENDING && t.status !== TrialStatus.RUNNING)) continue;
      if (await this.db.getRepository(ResultEntity).existsBy({ runId, trialKey: t.trialKey })) {
        await trials.update({ id: t.id }, { status: TrialStatus.DONE });
        await this.refreshRun(runId);
      } else todo.push(t);
    }
    if (signal.aborted) return;
    if (todo.length === 1) return this.runTrial({ runId, trialId: todo[0]!.id }, signal);
    if (todo.length === 0) return;
    // As for one trial: a queue whose workers take jobs later (bullmq) reports the group's start.
    let starts = 0;
    let started: Promise<unknown> = Promise.resolve();
    const start = (): void => {
      starts++;
      started = started.then(async () => {
        for (const t of todo) await trials.update({ id: t.id }, { status: TrialStatus.RUNNING, attempts: t.attempts + starts });
      });
      for (const t of todo) this.progress.start(runId, t.id);
      this.schedulePublish(runId);
    };
    if (this.driver.startsLater !== true) {
      start();
      await started;
    }
    try {
      const models = new Map<string, ModelDescriptor>();
      for (const t of todo) for (const d of await this.resources.modelsFor(t.uses, t.checksums)) models.set(d.id, d);
      const outcomes = await this.driver.executeGroup!(
        {
          analysis: run.analysisName,
          runId,
          trials: todo.map((t) => ({ config: t.config, uses: t.uses, trialKey: t.trialKey, checksums: t.checksums })),
          models: [...models.values()],
        },
        {
          signal,
          ...(this.driver.startsLater === true ? { onStart: start } : {}),
          onProgress: (fraction, msg) => {
            for (const t of todo) this.progress.report(runId, t.id, fraction, msg);
            this.schedulePublish(runId);
          },
        },
      );
      // The RUNNING writes of a late start must not land after the final status.
      await started;
      for (const [i, t] of todo.entries()) {
        await storeResult(this.db, runId, t.trialKey, run.analysisName, outcomes[i]!);
        await trials.update({ id: t.id }, { status: TrialStatus.DONE, failureReason: null });
      }
    } catch (e) {
      await started.catch(() => undefined);
      if (signal.aborted) {
        await trials.update({ id: In(todo.map((t) => t.id)) }, { status: TrialStatus.CANCELLED, failureReason: null });
      } else if (this.closing) {
        // Cut short by a shutdown: the trials stay RUNNING and are resumed at the next start.
        return;
      } else {
        // One trial may break the group (memory, a bad config): alone, each succeeds or fails on its own.
        process.emitWarning(`transferlab: a group of ${todo.length} trials of run ${runId} failed (${message(e)}); running them one by one`);
        await trials.update({ id: In(todo.map((t) => t.id)) }, { status: TrialStatus.PENDING, failureReason: message(e) });
        this.pending.unshift(...todo.map((t) => ({ runId, trialId: t.id })));
      }
    }
    // One recount for the whole group: trials recounted one at a time would finish the run while its other trials still count as running.
    await this.refreshRun(runId, todo.map((t) => t.id));
  }

  private async runTrial({ runId, trialId }: Pending, signal: AbortSignal): Promise<void> {
    const trials = this.db.getRepository(TrialEntity);
    const run = await this.db.getRepository(RunEntity).findOneBy({ id: runId });
    const trial = await trials.findOneBy({ id: trialId });
    if (!run || !trial || run.status !== RunStatus.RUNNING) return;
    if (trial.status !== TrialStatus.PENDING && trial.status !== TrialStatus.RUNNING) return;
    if (await this.db.getRepository(ResultEntity).existsBy({ runId, trialKey: trial.trialKey })) {
      // Stored before a crash cut the bookkeeping short.
      await trials.update({ id: trialId }, { status: TrialStatus.DONE });
      return this.refreshRun(runId);
    }
    if (signal.aborted) return;
    // A queue whose workers take trials later (bullmq) reports each start; otherwise it starts now.
    let attempts = trial.attempts;
    let started: Promise<unknown> = Promise.resolve();
    const start = (): void => {
      attempts++;
      started = started.then(() => trials.update({ id: trialId }, { status: TrialStatus.RUNNING, attempts }));
      this.progress.start(runId, trialId);
      this.schedulePublish(runId);
    };
    if (this.driver.startsLater !== true) {
      start();
      await started;
    }
    try {
      const models = await this.resources.modelsFor(trial.uses, trial.checksums);
      const outcome = await this.driver.execute(
        { analysis: run.analysisName, config: trial.config, uses: trial.uses, models, runId, trialKey: trial.trialKey, checksums: trial.checksums },
        {
          signal,
          ...(this.driver.startsLater === true ? { onStart: start } : {}),
          onProgress: (fraction, msg) => {
            this.progress.report(runId, trialId, fraction, msg);
            this.schedulePublish(runId);
          },
        },
      );
      await storeResult(this.db, runId, trial.trialKey, run.analysisName, outcome);
      // The RUNNING write of a late start must not land after the final status.
      await started;
      await trials.update({ id: trialId }, { status: TrialStatus.DONE, failureReason: null });
    } catch (e) {
      await started.catch(() => undefined);
      if (signal.aborted) {
        // Its run was cancelled: the worker was killed on purpose, so no retry and no failure.
        await trials.update({ id: trialId }, { status: TrialStatus.CANCELLED, failureReason: null });
        return this.refreshRun(runId, trialId);
      }
      // Stopped by a shutdown, not by the trial: leave it to the resume at the next start.
      if (this.closing && this.driver.isWorkerLost(e)) return;
      if (this.driver.isWorkerLost(e) && attempts <= this.retries && !this.closing) {
        await trials.update({ id: trialId }, { status: TrialStatus.PENDING, failureReason: message(e) });
        this.pending.unshift({ runId, trialId });
      } else {
        const why = this.driver.isWorkerLost(e) ? `${message(e)} (after ${attempts} attempts)` : message(e);
        await trials.update({ id: trialId }, { status: TrialStatus.FAILED, failureReason: why });
      }
    }
    await this.refreshRun(runId, trialId);
  }

  /** Publish the run with its live progress soon, at most once per interval. */
  private schedulePublish(runId: string): void {
    if (this.publishTimers.has(runId) || this.closing) return;
    const timer = setTimeout(() => {
      this.publishTimers.delete(runId);
      // No database read here: the row and the live fractions are taken together, so a trial
      // that just ended is counted either as finished or as running, never both or neither.
      const run = this.lastRun.get(runId);
      if (run?.status === RunStatus.RUNNING) this.events.publish(toRunObject(run, this.progress.live(runId)));
    }, PROGRESS_PUBLISH_INTERVAL_MS);
    this.publishTimers.set(runId, timer);
  }

  /**
   * Recount the run from its rows; finish it when every trial is done or failed. `ended` is
   * the trial (or a group's trials) whose end prompted it: its live progress is dropped once its
   * row is counted.
   */
  private refreshRun(runId: string, ended?: string | readonly string[]): Promise<void> {
    const next = (this.refreshing.get(runId) ?? Promise.resolve()).then(() => this.recount(runId, ended));
    const settled = next.catch(() => undefined);
    this.refreshing.set(runId, settled);
    void settled.then(() => {
      if (this.refreshing.get(runId) === settled) this.refreshing.delete(runId);
    });
    return next;
  }

  private async recount(runId: string, ended: string | readonly string[] | undefined): Promise<void> {
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
    for (const id of ended === undefined ? [] : typeof ended === 'string' ? [ended] : ended) this.progress.end(runId, id);
    const stored: RunEntity = { ...run, ...update };
    if (stored.status === RunStatus.RUNNING) this.lastRun.set(runId, stored);
    else this.lastRun.delete(runId);
    this.events.publish(toRunObject(stored, this.progress.live(runId)));
  }
}
