import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canonicalJson, type PluginRegistry, type ResultRow } from '@transferlab/sdk';
import { In, type DataSource } from 'typeorm';
import { InjectPluginRegistry } from '../plugins/plugins.constants';
import { RunEntity } from '../runs/run.entity';
import { RunsService } from '../runs/runs.service';
import { TrialStatus } from '../runs/run-status';
import { TrialEntity } from '../runs/trial.entity';
import { ResultEntity } from './result.entity';
import { ResultsErrorCode, ResultsException } from './results.exception';
import { trialsCsv } from './trial-csv';

/** A run's computed aggregate, valid while the run has this many results. */
interface CachedAggregate {
  readonly results: number;
  readonly key: string;
  readonly value: unknown;
}

/** Runs whose aggregates are kept (the most recently read). */
const AGGREGATE_CACHE_RUNS = 64;

@Injectable()
export class ResultsService {
  /**
   * Aggregates per run and options, recomputed only when the run's result count changed: a
   * dashboard polling a running sweep would otherwise recompute them on every read.
   */
  private readonly aggregates = new Map<string, CachedAggregate>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runs: RunsService,
    @InjectPluginRegistry() private readonly registry: PluginRegistry,
  ) {}

  /**
   * The run's aggregate as its analysis computes it (`aggregate(rows, options)`), as JSON; null
   * when the analysis defines none. The server knows no analysis by name.
   */
  async runAggregate(runId: string, options: Record<string, unknown>): Promise<unknown> {
    const run = await this.requireRun(runId);
    if (!this.registry.has('analysis', run.analysisName)) {
      throw new ResultsException(
        ResultsErrorCode.UnknownAnalysis,
        `run ${runId} was made by analysis '${run.analysisName}', which is not registered now`,
      );
    }
    const analysis = this.registry.get('analysis', run.analysisName);
    if (!analysis.aggregate) return null;
    const key = `analysis|${canonicalJson(options)}`;
    const hit = await this.hit(runId, key);
    if (hit !== undefined) return hit;
    try {
      const results = await this.resultCount(runId);
      const rows = await this.rows(runId);
      return this.cached(runId, key, results, () => analysis.aggregate!(rows, options) ?? null);
    } catch (e) {
      throw new ResultsException(
        ResultsErrorCode.AggregateFailed,
        `analysis '${analysis.name}' could not aggregate run ${runId}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }

  /** A page of the run's stored rows (config, metrics, series, details, provider), in trial order. */
  async runRows(runId: string, take: number, skip: number): Promise<ResultRow[]> {
    await this.requireRun(runId);
    // One page of finished trials (a trial is DONE once its result is stored), then their results only.
    const trials = await this.db
      .getRepository(TrialEntity)
      .find({ where: { runId, status: TrialStatus.DONE }, order: { ordinal: 'ASC' }, take, skip });
    const keys = trials.map((t) => t.trialKey);
    const results = new Map(
      (keys.length > 0
        ? await this.db.getRepository(ResultEntity).findBy({ runId, trialKey: In(keys) })
        : []
      ).map((r) => [r.trialKey, r]),
    );
    return trials
      .filter((t) => results.has(t.trialKey))
      .map((t) => toRow(t.config, results.get(t.trialKey)!));
  }

  /** The cached aggregate when the run has gained no result since it was computed. */
  private async hit<T>(runId: string, key: string): Promise<T | undefined> {
    const c = this.aggregates.get(runId);
    if (c?.key !== key) return undefined;
    if ((await this.resultCount(runId)) !== c.results) return undefined;
    // Refresh recency.
    this.aggregates.delete(runId);
    this.aggregates.set(runId, c);
    return c.value as T;
  }

  resultCount(runId: string): Promise<number> {
    return this.db.getRepository(ResultEntity).countBy({ runId });
  }

  /** Results of several runs together, in one query (a history table's runs). */
  resultCountOf(runIds: readonly string[]): Promise<number> {
    return runIds.length === 1
      ? this.resultCount(runIds[0]!)
      : this.db.getRepository(ResultEntity).countBy({ runId: In([...runIds]) });
  }

  /** Computes, stores under the result count the rows were read at, and returns the aggregate. */
  private cached<T>(runId: string, key: string, results: number, compute: () => T): T {
    const value = compute();
    this.aggregates.delete(runId);
    this.aggregates.set(runId, { results, key, value });
    while (this.aggregates.size > AGGREGATE_CACHE_RUNS)
      this.aggregates.delete(this.aggregates.keys().next().value!);
    return value;
  }

  /** Every stored row of the run. */
  async rows(runId: string): Promise<ResultRow[]> {
    await this.requireRun(runId);
    const trials = await this.db.getRepository(TrialEntity).findBy({ runId });
    const configs = new Map(trials.map((t) => [t.trialKey, t.config]));
    return (await this.db.getRepository(ResultEntity).findBy({ runId })).map((r) =>
      toRow(configs.get(r.trialKey) ?? {}, r),
    );
  }

  /** The run's trials as CSV: the rows GraphQL's Run.trials returns. */
  async trialsCsv(runId: string): Promise<string> {
    await this.requireRun(runId);
    return trialsCsv(await this.runs.allTrials(runId));
  }

  async requireRun(runId: string): Promise<RunEntity> {
    const run = await this.db.getRepository(RunEntity).findOneBy({ id: runId });
    if (!run) throw new ResultsException(ResultsErrorCode.RunNotFound, `no run with id '${runId}'`);
    return run;
  }
}

function toRow(config: Record<string, unknown>, r: ResultEntity): ResultRow {
  return {
    config,
    metrics: r.metrics,
    series: r.series,
    details: r.details as Record<string, unknown> | null,
    provider: r.provider,
  };
}
