import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RobustnessAggregate } from '@transferlab/plugins-analyses';
import type { DataSource } from 'typeorm';
import { ModelsService } from '../models/models.service';
import { RunModelEntity } from '../models/run-model.entity';
import { ResultsErrorCode, ResultsException } from '../results/results.exception';
import { ResultsService } from '../results/results.service';
import { RunEntity } from '../runs/run.entity';
import type { MeasuredRobustness, RobustnessResults } from './dto/robustness.object';

/** The analysis whose runs this feature reads. */
export const ROBUSTNESS_ANALYSIS = 'robustness';
/** How many of a model's latest robustness runs are looked through for its measured figures. */
const LATEST_RUNS = 10;

/** Same budget up to float noise (eps of 8/255 written two ways). */
const sameEps = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

@Injectable()
export class RobustnessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly resultsService: ResultsService,
    private readonly models: ModelsService,
  ) {}

  /** The run's aggregate (cached by the results service) with each row's manifest figure beside it. */
  async results(runId: string): Promise<RobustnessResults> {
    const run = await this.db.getRepository(RunEntity).findOneBy({ id: runId });
    if (!run) throw new ResultsException(ResultsErrorCode.RunNotFound, `no run with id '${runId}'`);
    if (run.analysisName !== ROBUSTNESS_ANALYSIS) {
      throw new ResultsException(ResultsErrorCode.WrongAnalysis, `run ${runId} is a '${run.analysisName}' run, not a robustness run`);
    }
    const agg = (await this.resultsService.runAggregate(runId, {})) as RobustnessAggregate | null;
    if (!agg) return { boards: [], curves: [], flags: [] };
    const manifests = new Map<string, { norm: string; eps: number; accuracy: number }[]>();
    for (const source of new Set(agg.boards.flatMap((b) => b.rows.map((r) => r.source)))) {
      manifests.set(source, await this.models.get(source).then((m) => m.robustAccuracy, () => []));
    }
    return {
      boards: agg.boards.map((b) => ({
        ...b,
        attacks: [...b.attacks],
        rows: b.rows.map((r) => ({
          ...r,
          attacks: r.attacks.map((a) => ({ ...a })),
          components: r.components.map((c) => ({ ...c })),
          flags: [...r.flags],
          manifest: manifests.get(r.source)?.find((m) => m.norm === b.norm && sameEps(m.eps, b.eps))?.accuracy ?? null,
        })),
      })),
      curves: agg.curves.map((c) => ({ ...c, points: c.points.map((p) => ({ ...p })) })),
      flags: agg.flags.map((f) => ({ ...f })),
    };
  }

  /** The model's figures from the latest robustness run that has results for it (none: empty). */
  async measured(modelId: string): Promise<MeasuredRobustness[]> {
    const runs = await this.db
      .getRepository(RunEntity)
      .createQueryBuilder('run')
      .innerJoin(RunModelEntity, 'rm', 'rm.run_id = run.id')
      .where('rm.model_id = :modelId', { modelId })
      .andWhere('run.analysis_name = :analysis', { analysis: ROBUSTNESS_ANALYSIS })
      .orderBy('run.created_at', 'DESC')
      .limit(LATEST_RUNS)
      .getMany();
    for (const run of runs) {
      const agg = (await this.resultsService.runAggregate(run.id, {}).catch(() => null)) as RobustnessAggregate | null;
      const out: MeasuredRobustness[] = [];
      for (const b of agg?.boards ?? []) {
        const row = b.rows.find((r) => r.source === modelId);
        if (row) out.push({ runId: run.id, dataset: b.dataset, norm: b.norm, eps: b.eps, accuracy: row.ensemble.mean, clean: row.clean.mean, attacks: row.attacks.map((a) => a.attack), flags: [...row.flags] });
      }
      if (out.length > 0) return out;
    }
    return [];
  }
}
