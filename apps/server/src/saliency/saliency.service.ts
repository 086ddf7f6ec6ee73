import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  influenceBaseline,
  saliencyDetails,
  type SaliencyAggregate,
  type SaliencyDetails,
} from '@transferlab/plugins-analyses';
import { In, type DataSource } from 'typeorm';
import { InputErrorCode, InputException } from '../graphql/input.exception';
import { ResultEntity } from '../results/result.entity';
import { ResultsErrorCode, ResultsException } from '../results/results.exception';
import { ResultsService } from '../results/results.service';
import { TrialStatus } from '../runs/run-status';
import { RunEntity } from '../runs/run.entity';
import { TrialEntity } from '../runs/trial.entity';
import type { SaliencyDisagreementArgs, SaliencyGridArgs } from './dto/saliency.args';
import type { SaliencyDisagreement, SaliencyGrid, SaliencyResults } from './dto/saliency.object';

/** The analysis whose runs this feature reads. */
export const SALIENCY_ANALYSIS = 'saliency';

export const badInput = (field: string, message: string): InputException =>
  new InputException(InputErrorCode.InvalidArguments, `${field}: ${message}`, field);
export const listed = (xs: readonly (string | number)[]): string =>
  [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(', ') || '(none)';
export const pngUrl = (base64: string): string => `data:image/png;base64,${base64}`;

interface SourceTrial {
  readonly source: string;
  readonly details: SaliencyDetails;
}

@Injectable()
export class SaliencyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly resultsService: ResultsService,
  ) {}

  async results(runId: string, baseline: string | undefined): Promise<SaliencyResults> {
    await this.requireRun(runId);
    const agg = (await this.resultsService.runAggregate(
      runId,
      baseline !== undefined ? { baseline } : {},
    )) as SaliencyAggregate | null;
    const groups = agg?.groups ?? [];
    if (
      baseline !== undefined &&
      groups.length > 0 &&
      !groups.some((g) => g.sources.some((s) => s.source === baseline))
    ) {
      throw badInput(
        'baseline',
        `source '${baseline}' has no results in run ${runId}; sources: ${listed(groups.flatMap((g) => g.sources.map((s) => s.source)))}`,
      );
    }
    return {
      groups: groups.map((g) => ({
        ...g,
        sources: g.sources.map((s) => ({
          ...s,
          alignment: { ...s.alignment },
          massShare: { ...s.massShare },
          completeness: s.completeness ? { ...s.completeness } : null,
        })),
        deltas: g.deltas.map((d) => ({ ...d })),
      })),
    };
  }

  /** A page of images of one dataset, a cell per source with its heat map of the chosen kind and its score. */
  async grid(a: SaliencyGridArgs): Promise<SaliencyGrid> {
    await this.requireRun(a.runId);
    const trials = await this.datasetTrials(a.runId, a.dataset);
    const method = a.kind === 'gradient-signed' ? 'gradient' : a.kind;
    if (!trials.some((t) => t.details.methods.includes(method as never)))
      throw badInput(
        'kind',
        `no trial of dataset '${a.dataset}' ran '${method}'; methods: ${listed(trials.flatMap((t) => [...t.details.methods]))}`,
      );
    const first = trials[0]!.details;
    const page = first.indices.slice(a.skip, a.skip + a.take);
    return {
      sources: trials.map((t) => t.source),
      total: first.indices.length,
      withMaps: Math.max(...trials.map((t) => t.details.maps[a.kind]?.length ?? 0)),
      rows: page.map((index, k) => ({
        index,
        label: first.labels[a.skip + k]!,
        cells: trials.map((t) => {
          const at = t.details.indices.indexOf(index);
          const png = at >= 0 ? t.details.maps[a.kind]?.[at] : undefined;
          return {
            source: t.source,
            predicted: at >= 0 ? t.details.predicted[at]! : -1,
            ratio: at >= 0 ? (t.details.ratio[method]?.[at] ?? null) : null,
            map: png ? pngUrl(png) : null,
          };
        }),
      })),
    };
  }

  /** Images where a robust source's alignment differs most from the natural source's, largest first. */
  async disagreements(a: SaliencyDisagreementArgs): Promise<SaliencyDisagreement[]> {
    await this.requireRun(a.runId);
    const trials = await this.datasetTrials(a.runId, a.dataset);
    const baseline = influenceBaseline(
      trials.map((t) => t.source),
      a.baseline,
    );
    const base = trials.find((t) => t.source === baseline);
    if (!base)
      throw badInput(
        'baseline',
        `no natural source to compare with in run ${a.runId}; name one (sources: ${listed(trials.map((t) => t.source))})`,
      );
    const out: SaliencyDisagreement[] = [];
    for (const t of trials) {
      if (t === base) continue;
      t.details.indices.forEach((index, i) => {
        const j = base.details.indices.indexOf(index);
        const [r, b] = [
          t.details.ratio[a.method]?.[i],
          j >= 0 ? base.details.ratio[a.method]?.[j] : undefined,
        ];
        if (r === null || r === undefined || b === null || b === undefined) return;
        out.push({
          index,
          label: t.details.labels[i]!,
          source: t.source,
          baseline: base.source,
          ratio: r,
          baselineRatio: b,
          predicted: t.details.predicted[i]!,
          baselinePredicted: base.details.predicted[j]!,
        });
      });
    }
    return out
      .sort((x, y) => Math.abs(y.ratio - y.baselineRatio) - Math.abs(x.ratio - x.baselineRatio))
      .slice(0, a.take);
  }

  /** The finished trials of one dataset, a source each, sorted by source. */
  private async datasetTrials(runId: string, dataset: string): Promise<SourceTrial[]> {
    const trials = await this.db.getRepository(TrialEntity).findBy({ runId, status: TrialStatus.DONE });
    const chosen = trials.filter((t) => t.config.datasetName === dataset);
    if (chosen.length === 0)
      throw badInput(
        'dataset',
        `no finished trials for dataset '${dataset}' in run ${runId}; datasets: ${listed(trials.map((t) => String(t.config.datasetName)))}`,
      );
    const results = await this.db
      .getRepository(ResultEntity)
      .findBy({ runId, trialKey: In(chosen.map((t) => t.trialKey)) });
    const byKey = new Map(results.map((r) => [r.trialKey, r]));
    return chosen
      .map((t) => ({
        source: String(t.config.source),
        details: saliencyDetails((byKey.get(t.trialKey)?.details ?? null) as Record<string, unknown> | null),
      }))
      .filter((t): t is SourceTrial => t.details !== null)
      .sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : 0));
  }

  private async requireRun(runId: string): Promise<void> {
    const run = await this.db.getRepository(RunEntity).findOneBy({ id: runId });
    if (!run) throw new ResultsException(ResultsErrorCode.RunNotFound, `no run with id '${runId}'`);
    if (run.analysisName !== SALIENCY_ANALYSIS)
      throw new ResultsException(
        ResultsErrorCode.WrongAnalysis,
        `run ${runId} is a '${run.analysisName}' run, not a saliency run`,
      );
  }
}
