import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { galleryOf, influenceDetails, type InfluenceAggregate } from '@transferlab/plugins-analyses';
import { In, type DataSource } from 'typeorm';
import { InputErrorCode, InputException } from '../graphql/input.exception';
import { ResultEntity } from '../results/result.entity';
import { ResultsErrorCode, ResultsException } from '../results/results.exception';
import { ResultsService } from '../results/results.service';
import { TrialStatus } from '../runs/run-status';
import { RunEntity } from '../runs/run.entity';
import { TrialEntity } from '../runs/trial.entity';
import type { InfluenceExampleArgs } from './dto/influence.args';
import type { InfluenceExample, InfluenceResults } from './dto/influence.object';

/** The analysis whose runs this feature reads. */
export const INFLUENCE_ANALYSIS = 'influence';

const badInput = (field: string, message: string): InputException => new InputException(InputErrorCode.InvalidArguments, `${field}: ${message}`, field);
const listed = (xs: readonly (string | number)[]): string => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(', ') || '(none)';

@Injectable()
export class InfluenceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly resultsService: ResultsService,
  ) {}

  /** The run's aggregate (cached by the results service per options) as typed settings. */
  async results(runId: string, baseline: string | undefined): Promise<InfluenceResults> {
    await this.requireRun(runId);
    const agg = (await this.resultsService.runAggregate(runId, baseline !== undefined ? { baseline } : {})) as InfluenceAggregate | null;
    const settings = agg?.settings ?? [];
    if (baseline !== undefined && settings.length > 0 && !settings.some((s) => s.sources.some((x) => x.source === baseline))) {
      throw badInput('baseline', `source '${baseline}' has no results in run ${runId}; sources: ${listed(settings.flatMap((s) => s.sources.map((x) => x.source)))}`);
    }
    return {
      settings: settings.map((s) => ({
        ...s,
        testIndices: [...s.testIndices],
        sources: s.sources.map((x) => ({ ...x, matchByRank: x.matchByRank.map((p) => ({ ...p })), trainMatchByRank: x.trainMatchByRank.map((p) => ({ ...p })) })),
        deltas: s.deltas.map((d) => ({ ...d })),
      })),
    };
  }

  /**
   * One test image's helpful and harmful training images under each source, for one seed (default
   * the setting's lowest). Only the matching trials' results are read: a row holds a gallery per test image.
   */
  async example(a: InfluenceExampleArgs): Promise<InfluenceExample[]> {
    await this.requireRun(a.runId);
    const trials = await this.db.getRepository(TrialEntity).findBy({ runId: a.runId, status: TrialStatus.DONE });
    const cfg = (t: TrialEntity): { target: unknown; depth: unknown; n: unknown; seed: unknown; source: unknown } => t.config as never;
    const ofTarget = trials.filter((t) => cfg(t).target === a.target);
    if (ofTarget.length === 0) throw badInput('target', `no finished trials for target '${a.target}' in run ${a.runId}; targets: ${listed(trials.map((t) => String(cfg(t).target)))}`);
    const ofDepth = ofTarget.filter((t) => cfg(t).depth === a.depth);
    if (ofDepth.length === 0) throw badInput('depth', `target '${a.target}' has no depth ${a.depth}; depths: ${listed(ofTarget.map((t) => Number(cfg(t).depth)))}`);
    const ofN = ofDepth.filter((t) => cfg(t).n === a.n);
    if (ofN.length === 0) throw badInput('n', `target '${a.target}' at depth ${a.depth} has no n = ${a.n}; n: ${listed(ofDepth.map((t) => Number(cfg(t).n)))}`);
    const seeds = [...new Set(ofN.map((t) => Number(cfg(t).seed)))].sort((x, y) => x - y);
    const seed = a.seed ?? seeds[0]!;
    if (!seeds.includes(seed)) throw badInput('seed', `no seed ${seed} for this setting; seeds: ${listed(seeds)}`);
    const chosen = ofN.filter((t) => cfg(t).seed === seed);
    const results = await this.db.getRepository(ResultEntity).findBy({ runId: a.runId, trialKey: In(chosen.map((t) => t.trialKey)) });
    const byKey = new Map(results.map((r) => [r.trialKey, r]));
    const out: InfluenceExample[] = [];
    for (const t of chosen) {
      const d = influenceDetails((byKey.get(t.trialKey)?.details ?? null) as Record<string, unknown> | null);
      if (!d) continue;
      const g = galleryOf(d, a.testIndex, a.take);
      if (!g) throw badInput('testIndex', `test image ${a.testIndex} is not in this setting's test subset (${d.testIndices.length} images; see influenceResults.settings.testIndices)`);
      out.push({ source: String(cfg(t).source), seed, testIndex: g.testIndex, label: g.label, predicted: g.predicted, helpful: g.helpful.map((x) => ({ ...x })), harmful: g.harmful.map((x) => ({ ...x })) });
    }
    return out.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : 0));
  }

  private async requireRun(runId: string): Promise<void> {
    const run = await this.db.getRepository(RunEntity).findOneBy({ id: runId });
    if (!run) throw new ResultsException(ResultsErrorCode.RunNotFound, `no run with id '${runId}'`);
    if (run.analysisName !== INFLUENCE_ANALYSIS) {
      throw new ResultsException(ResultsErrorCode.WrongAnalysis, `run ${runId} is a '${run.analysisName}' run, not an influence run`);
    }
  }
}
