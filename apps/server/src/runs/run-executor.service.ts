import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AnalysisPlugin, PluginRegistry } from '@transferlab/sdk';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { In, type DataSource } from 'typeorm';
import { InjectConfig } from '../config/config.constants';
import type { ModelDescriptor } from '../job-host/model-descriptor';
import { InjectPluginRegistry } from '../plugins/plugins.constants';
import { ResultEntity } from '../results/result.entity';
import { trialJobId } from '../queue/bullmq-names';
import { InjectTrialQueueDriver, TRIAL_RETRIES, type TrialQueueDriver } from '../queue/trial-queue';
import { RunEntity } from './run.entity';
import { RunStatus, TrialStatus, UNFINISHED_RUN_STATUSES } from './run-status';
import { RunUpdates } from './run-updates.service';
import { TrialEntity } from './trial.entity';
import { storeResult } from './store-result';
import { type RunLiveProgress, TrialProgress } from './trial-progress';
import { TrialResources } from './trial-resources.service';
import { claimGroup, groupCap, pendingWithKeys, type Pending } from './trial-groups';

/** A running trial: its run, and how to stop the job it is in (its own, or its group's). */
interface InFlight {
  readonly runId: string;
  readonly controller: AbortController;
  readonly done: Promise<void>;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A failure reason that names the analysis plugin it happened in (the worker names it already when the plugin threw). */
export function namedReason(why: string, analysis: { readonly name: string; readonly version: string }): string {
  const prefix = `analysis '${analysis.name}' ${analysis.version}`;
  return why.startsWith(prefix) ? why : `${prefix}: ${why}`;
}

/**
 * Moves trials from the database to the queue driver and their results back. Keeps at most
 * `driver.concurrency` jobs in flight, each a trial alone or a group of trials of one run and
 * group key (a trial is a group of one); retries a trial whose worker was lost up to the
 * configured count; writes each result under the unique (run, trial key) index, ignoring a
 * duplicate, so no crash or retry can store a trial twice. At boot it resumes every
 * unfinished run with the trials that have no result. Counts and progress events: RunUpdates.
 */
@Injectable()
export class RunExecutor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly pending: Pending[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  /** By trial id: how to stop a running trial when its run is cancelled. */
  private readonly running = new Map<string, InFlight>();
  private closing = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectTrialQueueDriver() private readonly driver: TrialQueueDriver,
    @Inject(TRIAL_RETRIES) private readonly retries: number,
    private readonly updates: RunUpdates,
    private readonly progress: TrialProgress,
    private readonly resources: TrialResources,
    @InjectPluginRegistry() private readonly registry: PluginRegistry,
    @InjectConfig() private readonly config: TransferlabConfig,
  ) {}

  /** The analysis when its trials may run in groups: it groups (groupKey and runGroup) and grouping is on. */
  private grouping(analysisName: string): AnalysisPlugin | undefined {
    if (!this.config.groupTrials) return undefined;
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
    this.updates.stop();
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
    await this.updates.refresh(runId);
    this.pump();
  }

  /**
   * Stop a cancelled run: drop its queued trials and abort its running ones (their workers are
   * killed; each trial is marked CANCELLED, never retried). Resolves once they are marked.
   */
  async cancelRun(runId: string): Promise<void> {
    for (let i = this.pending.length - 1; i >= 0; i--) if (this.pending[i]?.runId === runId) this.pending.splice(i, 1);
    this.updates.forget(runId);
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
      const p: Promise<void> = this.runTrials(group, controller.signal)
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
   * A job of one run: a trial alone, or trials of one group key (the analysis's runGroup). Each
   * result is stored under its own trial key. A trial alone whose worker was lost is retried;
   * a group that fails for any reason but a cancel or a shutdown puts its trials back to run one
   * by one.
   */
  private async runTrials(claimed: readonly Pending[], signal: AbortSignal): Promise<void> {
    const runId = claimed[0]!.runId;
    const trials = this.db.getRepository(TrialEntity);
    const run = await this.db.getRepository(RunEntity).findOneBy({ id: runId });
    if (!run || run.status !== RunStatus.RUNNING) return;
    const todo = await this.withoutResult(runId, claimed);
    if (signal.aborted || todo.length === 0) return;
    const ids = todo.map((t) => t.id);
    // A queue whose workers take jobs later (bullmq) reports each start; otherwise they start now.
    let starts = 0;
    let started: Promise<unknown> = Promise.resolve();
    const start = (): void => {
      starts++;
      started = started.then(async () => {
        for (const t of todo) await trials.update({ id: t.id }, { status: TrialStatus.RUNNING, attempts: t.attempts + starts });
      });
      for (const id of ids) this.progress.start(runId, id);
      this.updates.schedulePublish(runId);
    };
    if (this.driver.startsLater !== true) {
      start();
      await started;
    }
    try {
      const models = new Map<string, ModelDescriptor>();
      for (const t of todo) for (const d of await this.resources.modelsFor(t.uses, t.checksums)) models.set(d.id, d);
      const outcomes = await this.driver.execute(
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
            for (const id of ids) this.progress.report(runId, id, fraction, msg);
            this.updates.schedulePublish(runId);
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
      const analysis = { name: run.analysisName, version: run.analysisVersion };
      if (!(await this.failed(runId, todo, starts, signal, e, analysis))) return;
    }
    // One recount for the whole job: trials recounted one at a time would finish the run while its other trials still count as running.
    await this.updates.refresh(runId, ids);
  }

  /** The claimed trials still to run; one whose result was stored before a crash cut the bookkeeping short is marked DONE. */
  private async withoutResult(runId: string, claimed: readonly Pending[]): Promise<TrialEntity[]> {
    const trials = this.db.getRepository(TrialEntity);
    const rows = await trials.findBy({ id: In(claimed.map((c) => c.trialId)) });
    const byId = new Map(rows.map((t) => [t.id, t]));
    const todo: TrialEntity[] = [];
    for (const c of claimed) {
      const t = byId.get(c.trialId);
      if (!t || (t.status !== TrialStatus.PENDING && t.status !== TrialStatus.RUNNING)) continue;
      if (await this.db.getRepository(ResultEntity).existsBy({ runId, trialKey: t.trialKey })) {
        await trials.update({ id: t.id }, { status: TrialStatus.DONE });
        await this.updates.refresh(runId);
      } else todo.push(t);
    }
    return todo;
  }

  /**
   * Records why a job's trials did not finish: cancelled (never retried), left RUNNING for the
   * resume after a shutdown (false: nothing to recount), a group back to the queue one by one,
   * a trial alone retried if its worker was lost, else failed.
   */
  private async failed(
    runId: string,
    todo: readonly TrialEntity[],
    starts: number,
    signal: AbortSignal,
    e: unknown,
    analysis: { readonly name: string; readonly version: string },
  ): Promise<boolean> {
    const trials = this.db.getRepository(TrialEntity);
    const ids = todo.map((t) => t.id);
    const why = namedReason(message(e), analysis);
    const lost = this.driver.isWorkerLost(e);
    if (signal.aborted) {
      // Its run was cancelled: the worker was killed on purpose, so no retry and no failure.
      await trials.update({ id: In(ids) }, { status: TrialStatus.CANCELLED, failureReason: null });
    } else if (this.closing && (lost || todo.length > 1)) {
      // Stopped by a shutdown, not by the trials: leave them to the resume at the next start.
      return false;
    } else if (todo.length > 1) {
      // One trial may break the group (memory, a bad config): alone, each succeeds or fails on its own.
      process.emitWarning(`transferlab: a group of ${todo.length} trials of run ${runId} failed (${why}); running them one by one`);
      await trials.update({ id: In(ids) }, { status: TrialStatus.PENDING, failureReason: why });
      this.pending.unshift(...ids.map((trialId) => ({ runId, trialId })));
    } else {
      const attempts = todo[0]!.attempts + starts;
      if (lost && attempts <= this.retries && !this.closing) {
        await trials.update({ id: In(ids) }, { status: TrialStatus.PENDING, failureReason: why });
        this.pending.unshift({ runId, trialId: ids[0]! });
      } else {
        await trials.update({ id: In(ids) }, { status: TrialStatus.FAILED, failureReason: lost ? `${why} (after ${attempts} attempts)` : why });
      }
    }
    return true;
  }
}
