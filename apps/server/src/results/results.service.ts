import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RunEntity } from '../runs/run.entity';
import { RunsService } from '../runs/runs.service';
import { TrialEntity } from '../runs/trial.entity';
import { aggregate, sweepRow, type SweepRow, type TargetResults } from './aggregate';
import { ResultEntity } from './result.entity';
import { ResultsErrorCode, ResultsException } from './results.exception';
import { trialsCsv } from './trial-csv';

@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runs: RunsService,
  ) {}

  /** Aggregates of a run's stored results; deltas against `baseline` when given. */
  async runResults(runId: string, baseline: string | undefined): Promise<TargetResults[]> {
    await this.requireRun(runId);
    const trials = await this.db.getRepository(TrialEntity).findBy({ runId });
    const configs = new Map(trials.map((t) => [t.trialKey, t.config]));
    const rows: SweepRow[] = [];
    for (const r of await this.db.getRepository(ResultEntity).findBy({ runId })) {
      const row = sweepRow(configs.get(r.trialKey) ?? {}, r.metrics, r.series);
      if (row) rows.push(row);
    }
    if (baseline !== undefined && !rows.some((r) => r.source === baseline)) {
      const sources = [...new Set(rows.map((r) => r.source))].sort();
      throw new ResultsException(ResultsErrorCode.UnknownBaseline, `baseline source '${baseline}' has no results in run ${runId}; sources: ${sources.join(', ') || '(none)'}`);
    }
    return aggregate(rows, baseline);
  }

  /** The run's trials as CSV: the rows GraphQL's Run.trials returns. */
  async trialsCsv(runId: string): Promise<string> {
    await this.requireRun(runId);
    return trialsCsv(await this.runs.allTrials(runId));
  }

  private async requireRun(runId: string): Promise<void> {
    if (!(await this.db.getRepository(RunEntity).existsBy({ id: runId }))) {
      throw new ResultsException(ResultsErrorCode.RunNotFound, `no run with id '${runId}'`);
    }
  }
}
