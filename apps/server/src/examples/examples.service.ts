import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, MoreThan, type DataSource } from 'typeorm';
import { InputErrorCode, InputException } from '../graphql/input.exception';
import type { OutputTableObject, OutputViewObject } from '../results/dto/analysis-outputs.object';
import { RunTablesService } from '../results/run-tables.service';
import { RunEntity } from '../runs/run.entity';
import { MAX_EXAMPLE_RUNS, type ExampleEvidenceArgs, type ExampleImagesArgs } from './dto/example-args';
import type {
  ExampleEvidenceObject,
  ExampleModelObject,
  ExampleRunObject,
  ExampleViewCoverageObject,
  ExampleViewEvidenceObject,
} from './dto/example-evidence.object';
import type { ExampleImagesPageObject } from './dto/example-images.object';
import { imageOf, ImageTally, sameImage, viewCoverage, type ImageRef } from './example-join';

/** Rows one evidence view returns for one image (the rest are counted in `total`). */
const MAX_VIEW_ROWS = 500;

const badInput = (field: string, message: string): InputException =>
  new InputException(InputErrorCode.InvalidArguments, `${field}: ${message}`, field);

/** A run to join, with the evidence views its analysis declares. */
interface JoinRun {
  readonly run: RunEntity;
  readonly views: readonly OutputViewObject[];
  /** Why the run gives no evidence, when it cannot. */
  readonly problem: string | null;
}

/** One evidence view's table of a run, computed. */
interface ViewRows {
  readonly view: OutputViewObject;
  readonly table: OutputTableObject;
  readonly rows: readonly Record<string, unknown>[];
}

/**
 * The per-example view: every run's evidence views (declared by its analysis) joined on the
 * image column, through the same computed tables `runTable` serves. Knows no analysis by name.
 */
@Injectable()
export class ExamplesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tables: RunTablesService,
  ) {}

  async evidence(a: ExampleEvidenceArgs): Promise<ExampleEvidenceObject> {
    const image: ImageRef = { dataset: a.dataset, split: a.split, index: a.index };
    const runs: ExampleRunObject[] = [];
    const evidence: ExampleViewEvidenceObject[] = [];
    const coverage: ExampleViewCoverageObject[] = [];
    const training = new Map<string, string>();
    for (const j of await this.joinRuns(a.runIds)) {
      const { views, problem } = await this.viewRows(j);
      let count = 0;
      const models = new Set<string>();
      for (const v of views) {
        const column = v.view.image ?? '';
        coverage.push({
          runId: j.run.id,
          analysis: j.run.analysisName,
          view: v.view.title,
          table: v.view.table,
          ...viewCoverage(v.rows, column, image),
        });
        const rows = v.rows.filter((r) => sameImage(imageOf(r[column]), image));
        if (rows.length === 0) continue;
        count += rows.length;
        const modelColumns = v.table.columns.filter((c) => c.role === 'model').map((c) => c.name);
        for (const r of rows)
          for (const c of modelColumns) {
            const id = r[c];
            if (typeof id === 'string') models.add(id);
          }
        evidence.push({
          runId: j.run.id,
          analysis: j.run.analysisName,
          view: v.view,
          table: v.table,
          total: rows.length,
          rows: rows.slice(0, MAX_VIEW_ROWS).map((r) => ({ ...r })),
        });
      }
      if (models.size > 0) {
        const facts = await this.tables.modelFacts(j.run.id);
        for (const m of models)
          if (!training.has(m)) training.set(m, facts.get(m)?.training.kind ?? 'unknown');
      }
      runs.push(runObject(j.run, count, problem));
    }
    const models: ExampleModelObject[] = [...training.entries()]
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([id, kind]) => ({ id, training: kind }));
    const requests = this.tables.analyses().flatMap((o) =>
      o.views.flatMap((v) =>
        v.kind === 'evidence' && v.onRequest !== null
          ? [{ analysis: o.analysis, view: v.title, table: v.table, onRequest: v.onRequest }]
          : [],
      ),
    );
    return { image, runs, evidence, coverage, models, requests };
  }

  async images(a: ExampleImagesArgs): Promise<ExampleImagesPageObject> {
    const tally = new ImageTally();
    const runs: ExampleRunObject[] = [];
    for (const j of await this.joinRuns(a.runIds)) {
      const { views, problem } = await this.viewRows(j);
      let count = 0;
      for (const v of views) {
        for (const r of v.rows) {
          const ref = imageOf(r[v.view.image ?? '']);
          if (!ref) continue;
          tally.add(ref, j.run.analysisName, j.run.id);
          count++;
        }
      }
      runs.push(runObject(j.run, count, problem));
    }
    const page = tally.page({ dataset: a.dataset ?? undefined, split: a.split ?? undefined }, a.take, a.skip);
    return { ...page, skip: a.skip, datasets: tally.datasets(), runs };
  }

  /** The named runs (newest first), else the newest runs with results of analyses that declare evidence. */
  private async joinRuns(runIds: readonly string[] | null | undefined): Promise<JoinRun[]> {
    const evidenceViews = new Map(
      this.tables.analyses().map((o) => [o.analysis, o.views.filter((v) => v.kind === 'evidence')]),
    );
    const repo = this.db.getRepository(RunEntity);
    let runs: RunEntity[];
    // null (a client may send it for the nullable argument) means the default, as when left out.
    if (runIds != null) {
      const ids = [...new Set(runIds)];
      runs = await repo.find({ where: { id: In(ids) }, order: { createdAt: 'DESC' } });
      const missing = ids.filter((id) => !runs.some((r) => r.id === id));
      if (missing.length > 0)
        throw badInput('runIds', `no run with id ${missing.map((m) => `'${m}'`).join(', ')}`);
    } else {
      const names = [...evidenceViews].filter(([, v]) => v.length > 0).map(([name]) => name);
      runs =
        names.length === 0
          ? []
          : await repo.find({
              where: { analysisName: In(names), completedCount: MoreThan(0) },
              order: { createdAt: 'DESC' },
              take: MAX_EXAMPLE_RUNS,
            });
    }
    return runs.map((run) => {
      const views = evidenceViews.get(run.analysisName);
      const problem =
        views === undefined
          ? `analysis '${run.analysisName}' is not registered now`
          : views.length === 0
            ? `analysis '${run.analysisName}' declares no evidence view`
            : null;
      return { run, views: views ?? [], problem };
    });
  }

  /** Each evidence view's whole table; a table that cannot be computed leaves the run with a problem. */
  private async viewRows(j: JoinRun): Promise<{ views: ViewRows[]; problem: string | null }> {
    const views: ViewRows[] = [];
    for (const view of j.views) {
      try {
        const { table, rows } = await this.tables.tableOf(j.run.id, view.table);
        views.push({ view, table, rows });
      } catch (e) {
        return { views: [], problem: e instanceof Error ? e.message : String(e) };
      }
    }
    return { views, problem: j.problem };
  }
}

function runObject(run: RunEntity, rows: number, problem: string | null): ExampleRunObject {
  return { runId: run.id, analysis: run.analysisName, createdAt: run.createdAt, rows, problem };
}
