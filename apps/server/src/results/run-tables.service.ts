import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  canonicalJson,
  computeTable,
  flatColumnNames,
  flattenRow,
  HISTORY_RUNS,
  modelFigureSpecs,
  tableColumns,
  TableOptionError,
  TableRowError,
  type AnalysisPlugin,
  type ModelFacts,
  type OutputTable,
  type PluginRegistry,
  type ResultRow,
} from '@transferlab/sdk';
import { In, LessThanOrEqual, type DataSource } from 'typeorm';
import { InputErrorCode, InputException } from '../graphql/input.exception';
import { ModelEntity } from '../models/model.entity';
import { RunModelEntity } from '../models/run-model.entity';
import { RunEntity } from '../runs/run.entity';
import { InjectPluginRegistry } from '../plugins/plugins.constants';
import type { AnalysisOutputsObject, OutputTableObject } from './dto/analysis-outputs.object';
import type { ModelFiguresObject } from './dto/model-figures.object';
import type { RunTableArgs } from './dto/run-table.args';
import type { TablePageObject } from './dto/table-page.object';
import { outputsObject, tableObject } from './outputs-catalog';
import { ResultsErrorCode, ResultsException } from './results.exception';
import { ResultsService } from './results.service';
import { TableCache } from './table-cache';
import { facetValues, matches, parseFilter } from './table-filter';
import { csvLine } from './trial-csv';

const badInput = (field: string, message: string): InputException =>
  new InputException(InputErrorCode.InvalidArguments, `${field}: ${message}`, field);

/** How many of a model's latest runs of an analysis are looked through for its figures. */
const MODEL_FIGURE_RUNS = 10;

/** Largest options object a client may send (as canonical JSON). */
const MAX_OPTIONS_CHARS = 4096;

/**
 * Serves every analysis's declared output tables: computed from the run's stored rows by the
 * analysis itself, checked against its row schemas, cached, then filtered and paged. Knows no
 * analysis by name.
 */
@Injectable()
export class RunTablesService {
  private readonly cache = new TableCache();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectPluginRegistry() private readonly registry: PluginRegistry,
    private readonly results: ResultsService,
  ) {}

  /** Every registered analysis with its outputs, by name. */
  analyses(): AnalysisOutputsObject[] {
    return this.registry.list('analysis').map((e) => outputsObject(e.plugin));
  }

  analysisOutputs(name: string): AnalysisOutputsObject {
    if (name.length > 64) throw badInput('analysis', 'an analysis name has at most 64 characters');
    if (!this.registry.has('analysis', name)) {
      throw badInput(
        'analysis',
        `no analysis '${name}'; analyses: ${this.registry.names('analysis').join(', ')}`,
      );
    }
    return outputsObject(this.registry.get('analysis', name));
  }

  /** A page of a run's table, after the filter. */
  async page(a: RunTableArgs): Promise<TablePageObject> {
    const { analysis, name, table, rows } = await this.tableRows(a.runId, a.table, a.options);
    const columns = tableColumns(table);
    const parsed = parseFilter(a.filter, columns);
    if ('field' in parsed) throw badInput(parsed.field, parsed.message);
    const facets = facetValues(rows, a.facets ?? [], columns, a.facetChoices);
    if ('field' in facets) throw badInput(facets.field, facets.message);
    const kept = parsed.filter.size === 0 ? rows : rows.filter((r) => matches(r, parsed.filter));
    return {
      facets,
      runId: a.runId,
      analysis: analysis.name,
      table: tableObject(name, table),
      total: kept.length,
      skip: a.skip,
      rows: kept.slice(a.skip, a.skip + a.take),
    };
  }

  /** The whole table as CSV: intervals and image references flattened into columns of their own. */
  async csv(
    runId: string,
    tableName: string,
    options: Record<string, unknown> | undefined,
    filter: Record<string, unknown> | undefined,
  ): Promise<string> {
    const { table, rows } = await this.tableRows(runId, tableName, options);
    const columns = tableColumns(table);
    const parsed = parseFilter(filter, columns);
    if ('field' in parsed) throw badInput(parsed.field, parsed.message);
    const header = flatColumnNames(columns);
    const lines = [csvLine(header)];
    for (const r of rows)
      if (matches(r, parsed.filter)) lines.push(csvLine(header.map((h) => flattenRow(columns, r)[h])));
    return `${lines.join('\r\n')}\r\n`;
  }

  /** Every row of one of a run's tables under its default options, with the table's columns. */
  async tableOf(
    runId: string,
    tableName: string,
  ): Promise<{ table: OutputTableObject; rows: readonly Record<string, unknown>[] }> {
    const { name, table, rows } = await this.tableRows(runId, tableName, undefined);
    return { table: tableObject(name, table), rows };
  }

  private async tableRows(runId: string, tableName: string, rawOptions: Record<string, unknown> | undefined) {
    const run = await this.results.requireRun(runId);
    if (!this.registry.has('analysis', run.analysisName)) {
      throw new ResultsException(
        ResultsErrorCode.UnknownAnalysis,
        `run ${runId} was made by analysis '${run.analysisName}', which is not registered now`,
      );
    }
    const analysis = this.registry.get('analysis', run.analysisName);
    const tables = analysis.outputs?.tables ?? {};
    const table = Object.hasOwn(tables, tableName) ? tables[tableName] : undefined;
    if (!table)
      throw badInput(
        'table',
        `analysis '${analysis.name}' has no table '${tableName}'; tables: ${Object.keys(tables).join(', ') || '(none declared)'}`,
      );
    const options = this.options(analysis, rawOptions);
    const runs = table.scope === 'history' ? await this.historyRuns(run) : [run];
    const runIds = runs.map((r) => r.id);
    // The runs read are part of the key: a history table changes when an earlier run is deleted.
    const key = `${runIds.join(',')}|${tableName}|${canonicalJson(options)}`;
    // Counted before the rows are read: a result landing in between makes the entry stale, never wrong.
    const count = await this.results.resultCountOf(runIds);
    let rows = this.cache.get(key, count);
    if (!rows) {
      const input = await this.tableInput(run, table, runs, options);
      try {
        rows = computeTable(tableName, table, input);
      } catch (e) {
        // By name: a plugin may bring its own copy of the sdk.
        if (e instanceof Error && e.name === 'TableOptionError')
          throw badInput(`options.${String((e as TableOptionError).field)}`, e.message);
        const why = e instanceof TableRowError ? e.message : e instanceof Error ? e.message : String(e);
        throw new ResultsException(
          ResultsErrorCode.AggregateFailed,
          `analysis '${analysis.name}' could not compute table '${tableName}' of run ${runId}: ${why}`,
        );
      }
      this.cache.set(key, count, rows);
    }
    return { analysis, name: tableName, table, rows };
  }

  /** The run and the analysis's runs made before it, oldest first (at most HISTORY_RUNS). */
  private async historyRuns(run: RunEntity): Promise<{ id: string; createdAt: string }[]> {
    const earlier = await this.db.getRepository(RunEntity).find({
      select: { id: true, createdAt: true },
      where: { analysisName: run.analysisName, createdAt: LessThanOrEqual(run.createdAt) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: HISTORY_RUNS,
    });
    const runs = earlier.map((r) => ({ id: r.id, createdAt: String(r.createdAt) }));
    if (!runs.some((r) => r.id === run.id)) runs.unshift({ id: run.id, createdAt: String(run.createdAt) });
    return runs.reverse();
  }

  /** What a table is computed from: its run's rows, or for a history table every listed run's, each tagged with its run. */
  private async tableInput(
    run: RunEntity,
    table: OutputTable,
    runs: readonly { readonly id: string; readonly createdAt: string }[],
    options: Record<string, unknown>,
  ) {
    if (table.scope !== 'history')
      return { rows: await this.results.rows(run.id), options, models: await this.modelFacts(run.id) };
    const rows: ResultRow[] = [];
    const models = new Map<string, ModelFacts>();
    for (const meta of runs) {
      for (const r of await this.results.rows(meta.id)) rows.push({ ...r, run: meta });
      for (const [m, facts] of await this.modelFacts(meta.id)) models.set(m, facts);
    }
    return { rows, options, models };
  }

  /**
   * Per analysis that declares model figures, per figure table: the rows about this model from
   * the latest of its runs (among the last few that used the model) that has any.
   */
  async modelFigures(modelId: string): Promise<ModelFiguresObject[]> {
    const out: ModelFiguresObject[] = [];
    for (const { plugin } of this.registry.list('analysis'))
      for (const figures of modelFigureSpecs(plugin.outputs))
        out.push(...(await this.figuresOf(plugin, figures, modelId)));
    return out;
  }

  /** One figure table's rows about the model, from the latest run of the analysis that used it and has any. */
  private async figuresOf(
    plugin: AnalysisPlugin,
    figures: { readonly table: string; readonly model: string },
    modelId: string,
  ): Promise<ModelFiguresObject[]> {
    const runs = await this.db
      .getRepository(RunEntity)
      .createQueryBuilder('run')
      .innerJoin(RunModelEntity, 'rm', 'rm.run_id = run.id')
      .where('rm.model_id = :modelId', { modelId })
      .andWhere('run.analysis_name = :analysis', { analysis: plugin.name })
      .orderBy('run.created_at', 'DESC')
      .limit(MODEL_FIGURE_RUNS)
      .getMany();
    for (const run of runs) {
      const found = await this.tableRows(run.id, figures.table, undefined).catch(() => undefined);
      const rows = found?.rows.filter((r) => r[figures.model] === modelId) ?? [];
      if (found && rows.length > 0)
        return [
          { analysis: plugin.name, runId: run.id, table: tableObject(figures.table, found.table), rows },
        ];
    }
    return [];
  }

  /** Options parsed by the analysis's own schema; an analysis without one takes none. */
  private options(
    analysis: AnalysisPlugin,
    raw: Record<string, unknown> | undefined,
  ): Record<string, unknown> {
    const given = raw ?? {};
    if (canonicalJson(given).length > MAX_OPTIONS_CHARS)
      throw badInput('options', `at most ${MAX_OPTIONS_CHARS} characters of JSON`);
    const schema = analysis.outputs?.options;
    if (!schema) {
      if (Object.keys(given).length > 0)
        throw badInput('options', `analysis '${analysis.name}' takes no table options`);
      return {};
    }
    const parsed = schema.safeParse(given);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = ['options', ...(issue?.path ?? []).map(String)].join('.');
      throw badInput(path, issue?.message ?? 'invalid');
    }
    return parsed.data;
  }

  /**
   * Training facts of every model the run declared (a model deleted since is left out); for an
   * imported run, the facts its run file gave, so its tables are those of the server it came from.
   */
  async modelFacts(runId: string): Promise<Map<string, ModelFacts>> {
    const run = await this.db.getRepository(RunEntity).findOne({ select: { id: true, provenance: true }, where: { id: runId } });
    if (run?.provenance)
      return new Map(run.provenance.models.map((m) => [m.id, { id: m.id, training: m.training as unknown as ModelFacts['training'], metrics: m.metrics ?? {} }]));
    const ids = (await this.db.getRepository(RunModelEntity).findBy({ runId })).map((m) => m.modelId);
    const models = ids.length > 0 ? await this.db.getRepository(ModelEntity).findBy({ id: In(ids) }) : [];
    return new Map(models.map((m) => [m.id, { id: m.id, training: m.training, metrics: m.metrics ?? {} }]));
  }
}
