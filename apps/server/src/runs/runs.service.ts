import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { datasetKey, datasetRef, type AnalysisPlugin, type PluginRegistry, type TrialUses } from '@transferlab/sdk';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { In, type DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { InjectPluginRegistry } from '../plugins/plugins.constants';
import { InjectConfig } from '../config/config.constants';
import { ModelsService } from '../models/models.service';
import { ResultEntity } from '../results/result.entity';
import type { RunObject } from './dto/run.object';
import type { TrialCountsObject, TrialFailureObject } from './dto/trial-counts.object';
import type { TrialObject } from './dto/trial.object';
import { MAX_TRIALS_PAGE } from './dto/trials.args';
import { RunEvents } from './run-events';
import { RunExecutor } from './run-executor.service';
import { RunStatus, TrialStatus } from './run-status';
import { RunEntity } from './run.entity';
import { depthIssues } from './depth-check';
import { forwardOnlyIssues } from './gradient-check';
import { RunsErrorCode, RunsException } from './runs.exception';
import { toRunObject } from './run.mapper';
import { canonicalJson, trialKey } from './trial-key';
import { TrialEntity } from './trial.entity';
import { TrialProgress } from './trial-progress';
import { TrialResources } from './trial-resources.service';

/** Trials keyed between two yields to the event loop (each chunk stays well under ~50 ms). */
const KEY_CHUNK = 500;

/** Trial rows per INSERT (10 columns each: under SQLite's 999 bound parameters). */
const INSERT_CHUNK = 90;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Uses in one canonical form: sorted, unique, datasets as refs (so equal uses key equally). */
function normalizeUses(u: TrialUses | undefined): TrialUses {
  const datasets = new Map((u?.datasets ?? []).map((d) => [datasetKey(d), datasetRef(d)]));
  return {
    models: [...new Set(u?.models ?? [])].sort(),
    datasets: [...datasets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d),
    attacks: [...new Set(u?.attacks ?? [])].sort(),
  };
}

const FINISHED: readonly RunStatus[] = [RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELLED];

@Injectable()
export class RunsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectPluginRegistry() private readonly registry: PluginRegistry,
    private readonly executor: RunExecutor,
    private readonly events: RunEvents,
    private readonly resources: TrialResources,
    private readonly progress: TrialProgress,
    private readonly models: ModelsService,
    @InjectConfig() private readonly config: TransferlabConfig,
  ) {}

  /** Validate, expand into keyed trials, store run and trials in one transaction, queue. */
  async start(analysisName: string, rawParams: Record<string, unknown>): Promise<RunObject> {
    const analysis = this.analysis(analysisName);
    const parsed = analysis.params.safeParse(rawParams);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(params)'}: ${i.message}`);
      throw new RunsException(RunsErrorCode.InvalidParams, `params for analysis '${analysisName}' are not valid: ${issues.join('; ')}`);
    }
    const params = parsed.data;
    const cap = this.config.maxTrialsPerRun;
    const tooMany = (count: number) =>
      new RunsException(RunsErrorCode.InvalidParams, `params for analysis '${analysisName}' expand into ${count} trials; one run may have at most ${cap} (TRANSFERLAB_MAX_TRIALS_PER_RUN)`);
    // Counted before expanding where the analysis can: an oversize request allocates nothing.
    const counted = analysis.countTrials?.(params);
    if (counted !== undefined && counted > cap) throw tooMany(counted);
    const specs = analysis.expand(params);
    if (specs.length > cap) throw tooMany(specs.length);
    const trialsIn: { config: Record<string, unknown>; uses: TrialUses }[] = [];
    for (let start = 0; start < specs.length; start += KEY_CHUNK) {
      if (start > 0) await yieldToEventLoop();
      for (const spec of specs.slice(start, start + KEY_CHUNK)) {
        trialsIn.push({ config: JSON.parse(canonicalJson(spec.config)) as Record<string, unknown>, uses: normalizeUses(spec.uses) });
      }
    }
    const { perTrial, datasets, models } = await this.resources.resolve(analysis, trialsIn.map((t) => t.uses));
    // A forward-only source in an analysis that needs its gradients, or a depth beyond the
    // source's blocks, is refused here, before anything is queued.
    const depthProblems = [...forwardOnlyIssues(analysis, params, models), ...depthIssues(params, trialsIn, models)];
    if (depthProblems.length > 0) throw new RunsException(RunsErrorCode.InvalidParams, `params for analysis '${analysisName}' are not valid: ${depthProblems.join('; ')}`);
    const issues = analysis.checkParams?.(params, datasets) ?? [];
    if (issues.length > 0) {
      const text = issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(params)'}: ${i.message}`).join('; ');
      throw new RunsException(RunsErrorCode.InvalidParams, `params for analysis '${analysisName}' are not valid: ${text}`);
    }
    // Remote workers fetch each dataset packed by the server: one they could not receive is refused now, not as failed trials.
    const remote = await this.resources.remoteIssues(params, [...new Map(trialsIn.flatMap((t) => t.uses.datasets ?? []).map((d) => [datasetKey(d), d])).values()], datasets);
    if (remote.length > 0) throw new RunsException(RunsErrorCode.InvalidParams, `params for analysis '${analysisName}' are not valid: ${remote.join('; ')}`);
    // Two identical trials are one: the key says the work is the same. Keyed in chunks, so a
    // large run never holds the event loop for long.
    const byKey = new Map<string, { config: Record<string, unknown>; uses: TrialUses; checksums: Record<string, string> }>();
    for (let start = 0; start < trialsIn.length; start += KEY_CHUNK) {
      if (start > 0) await yieldToEventLoop();
      for (let i = start; i < Math.min(trialsIn.length, start + KEY_CHUNK); i++) {
        const t = trialsIn[i]!;
        const { checksums, pluginVersions } = perTrial[i]!;
        byKey.set(trialKey({ config: t.config, uses: t.uses, pluginVersions, checksums }), { ...t, checksums });
      }
    }
    const modelIds = [...new Set(trialsIn.flatMap((t) => t.uses.models ?? []))];
    const run: RunEntity = Object.assign(new RunEntity(), {
      id: randomUUID(),
      analysisName: analysis.name,
      analysisVersion: analysis.version,
      params,
      status: RunStatus.QUEUED,
      trialCount: byKey.size,
      completedCount: 0,
      failedCount: 0,
      createdAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
    });
    const trials = [...byKey].map(([key, t], ordinal) =>
      Object.assign(new TrialEntity(), {
        id: randomUUID(),
        runId: run.id,
        ordinal,
        trialKey: key,
        config: t.config,
        uses: t.uses,
        checksums: t.checksums,
        status: TrialStatus.PENDING,
        attempts: 0,
        failureReason: null,
      }),
    );
    await this.db.transaction(async (m) => {
      await m.getRepository(RunEntity).save(run);
      // Plain INSERTs (save() would first SELECT every row) in chunks that keep each statement
      // under SQLite's bound-parameter limit, yielding between them so other clients are served.
      for (let start = 0; start < trials.length; start += INSERT_CHUNK) {
        if (start > 0) await yieldToEventLoop();
        // JSON columns (config, uses) are opaque to TypeORM's deep-partial type: the rows are whole entities.
        await m.getRepository(TrialEntity).insert(trials.slice(start, start + INSERT_CHUNK) as QueryDeepPartialEntity<TrialEntity>[]);
      }
      await this.models.recordRunModels(run.id, modelIds, m);
    });
    await this.executor.enqueueRun(run.id);
    return this.get(run.id);
  }

  async cancel(id: string): Promise<RunObject> {
    const run = await this.entity(id);
    if (FINISHED.includes(run.status)) {
      throw new RunsException(RunsErrorCode.RunFinished, `run ${id} is already ${run.status}; only a queued or running run can be cancelled`);
    }
    // The status first, so the executor starts nothing more of this run; then stop what runs.
    await this.db.transaction(async (m) => {
      await m.update(RunEntity, { id }, { status: RunStatus.CANCELLED, finishedAt: new Date().toISOString() });
      await m.update(TrialEntity, { runId: id, status: In([TrialStatus.PENDING]) }, { status: TrialStatus.CANCELLED });
    });
    await this.executor.cancelRun(id);
    // Running trials of this run that no executor here holds (none, unless a restart is resuming).
    await this.db.getRepository(TrialEntity).update({ runId: id, status: TrialStatus.RUNNING }, { status: TrialStatus.CANCELLED });
    const cancelled = await this.get(id);
    this.events.publish(cancelled);
    return cancelled;
  }

  /** The run now, then every change until it finishes. */
  watch(id: string): AsyncGenerator<RunObject> {
    return this.events.watch(id, () => this.get(id));
  }

  async list(take: number, skip: number, analysis?: string | null): Promise<RunObject[]> {
    // GraphQL lets a client pass null for a nullable argument: no filter, as when left out.
    const where = analysis === undefined || analysis === null ? {} : { analysisName: analysis };
    const runs = await this.db.getRepository(RunEntity).find({ where, order: { createdAt: 'DESC', id: 'ASC' }, take, skip });
    return runs.map((r) => toRunObject(r, this.executor.live(r.id)));
  }

  async get(id: string): Promise<RunObject> {
    return toRunObject(await this.entity(id), this.executor.live(id));
  }

  /** A page of the run's trials in expansion order, each with its result when stored. */
  async trials(runId: string, page: { take: number; skip: number; status?: TrialStatus | null | undefined }): Promise<TrialObject[]> {
    // A client may pass null for the nullable status: every status, as when left out.
    const trials = await this.db.getRepository(TrialEntity).find({
      where: { runId, ...(page.status != null ? { status: page.status } : {}) },
      order: { ordinal: 'ASC' },
      take: page.take,
      skip: page.skip,
    });
    const done = trials.filter((t) => t.status === TrialStatus.DONE).map((t) => t.trialKey);
    // Only this page's results; chunks keep each IN list under SQLite's bound-parameter limit.
    const results: ResultEntity[] = [];
    for (let i = 0; i < done.length; i += 200) {
      results.push(...(await this.db.getRepository(ResultEntity).findBy({ runId, trialKey: In(done.slice(i, i + 200)) })));
    }
    const byKey = new Map(results.map((r) => [r.trialKey, r]));
    return trials.map((t) => {
      const r = byKey.get(t.trialKey);
      const live = t.status === TrialStatus.RUNNING ? this.progress.of(runId, t.id) : undefined;
      return {
        progress: t.status === TrialStatus.DONE ? 1 : (live?.fraction ?? 0),
        progressMessage: live?.message ?? null,
        key: t.trialKey,
        ordinal: t.ordinal,
        config: t.config,
        uses: { ...t.uses },
        status: t.status,
        attempts: t.attempts,
        failureReason: t.failureReason,
        result: r
          ? { metrics: r.metrics, series: r.series, details: r.details as Record<string, unknown> | null, provider: r.provider, pluginName: r.pluginName, pluginVersion: r.pluginVersion, createdAt: r.createdAt }
          : null,
      };
    });
  }

  /** Every trial of the run, read a page at a time (the CSV export). */
  async allTrials(runId: string): Promise<TrialObject[]> {
    const out: TrialObject[] = [];
    for (let skip = 0; ; skip += MAX_TRIALS_PAGE) {
      const page = await this.trials(runId, { take: MAX_TRIALS_PAGE, skip });
      out.push(...page);
      if (page.length < MAX_TRIALS_PAGE) return out;
    }
  }

  /** The run's trials counted by status, in one grouped query. */
  async trialCounts(runId: string): Promise<TrialCountsObject> {
    const rows = await this.db
      .getRepository(TrialEntity)
      .createQueryBuilder('t')
      .select('t.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('t.run_id = :runId', { runId })
      .groupBy('t.status')
      .getRawMany<{ status: TrialStatus; count: string | number }>();
    const n = (s: TrialStatus): number => Number(rows.find((r) => r.status === s)?.count ?? 0);
    const counts = {
      queued: n(TrialStatus.PENDING),
      running: n(TrialStatus.RUNNING),
      completed: n(TrialStatus.DONE),
      failed: n(TrialStatus.FAILED),
      cancelled: n(TrialStatus.CANCELLED),
    };
    return { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  }

  /** Failed trials with their reasons, in expansion order. */
  async failures(runId: string, take: number, skip: number): Promise<TrialFailureObject[]> {
    const failed = await this.db.getRepository(TrialEntity).find({
      where: { runId, status: TrialStatus.FAILED },
      order: { ordinal: 'ASC' },
      take,
      skip,
    });
    return failed.map((t) => ({ key: t.trialKey, ordinal: t.ordinal, config: t.config, attempts: t.attempts, reason: t.failureReason ?? '(no reason recorded)' }));
  }

  private async entity(id: string): Promise<RunEntity> {
    const run = await this.db.getRepository(RunEntity).findOneBy({ id });
    if (!run) throw new RunsException(RunsErrorCode.RunNotFound, `no run with id '${id}'`);
    return run;
  }

  private analysis(name: string): AnalysisPlugin {
    if (!this.registry.has('analysis', name)) {
      const names = this.registry.names('analysis');
      throw new RunsException(
        RunsErrorCode.UnknownAnalysis,
        `no analysis plugin named '${name}'; available: ${names.length > 0 ? names.join(', ') : '(none)'}`,
      );
    }
    return this.registry.get('analysis', name);
  }
}
