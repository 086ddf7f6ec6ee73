import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  galleryOf,
  influenceDetails,
  saliencyDetails,
  saliencyImage,
  settingLabel,
  transferCorrect,
  type RobustnessDetails,
} from '@transferlab/plugins-analyses';
import { In, type DataSource } from 'typeorm';
import { ResultEntity } from '../results/result.entity';
import { TrialStatus } from '../runs/run-status';
import { RunEntity } from '../runs/run.entity';
import { TrialEntity } from '../runs/trial.entity';
import type { ExampleArgs } from './dto/saliency.args';
import type { ExampleEvidence, ExampleSource } from './dto/example.object';
import { badInput, pngUrl } from './saliency.service';

/** Training images per influence list on the per-example view. */
const GALLERY = 5;

type Details = Record<string, unknown> | null;

/** A finished trial with its stored details. */
interface Done {
  readonly config: Record<string, unknown>;
  readonly details: Details;
}

const robustnessDetails = (d: Details): RobustnessDetails | null =>
  d && Array.isArray(d.indices) && Array.isArray(d.minEps) ? (d as unknown as RobustnessDetails) : null;

/**
 * One test image across the chosen runs: per source, what it looks at (saliency), the smallest eps
 * that fools it (robustness), the training images that drove the fine-tuned prediction (influence),
 * and whether the transferred model gets it right (transfer trials, and the fine-tuned models of
 * influence and saliency-with-transfer trials).
 */
@Injectable()
export class ExampleEvidenceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async evidence(a: ExampleArgs): Promise<ExampleEvidence> {
    const runs = await this.db.getRepository(RunEntity).findBy({ id: In(a.runIds) });
    const missing = a.runIds.filter((id) => !runs.some((r) => r.id === id));
    if (missing.length > 0)
      throw badInput('runIds', `no run with id ${missing.map((m) => `'${m}'`).join(', ')}`);
    const sources = new Map<string, ExampleSource>();
    const of = (source: string): ExampleSource => {
      const s = sources.get(source) ?? {
        source,
        natural: source.includes('natural'),
        saliency: [],
        robustness: [],
        influence: [],
        transfer: [],
      };
      sources.set(source, s);
      return s;
    };
    const notes: string[] = [];
    let label: number | null = null;
    for (const run of runs) {
      const done = await this.finished(run.id);
      let found = 0;
      for (const t of done) {
        const source = String(t.config.source);
        if (run.analysisName === 'saliency' && t.config.datasetName === a.dataset) {
          const d = saliencyDetails(t.details);
          const img = d ? saliencyImage(d, a.index) : null;
          if (!d || !img) continue;
          found++;
          label = img.label;
          of(source).saliency.push({
            runId: run.id,
            setting: settingLabel(d),
            predicted: img.predicted,
            scores: img.scores.map((x) => ({ method: x.method, ratio: x.ratio })),
            maps: img.maps.map((m) => ({ kind: m.kind, url: pngUrl(m.png) })),
          });
          if (d.transfer)
            of(source).transfer.push({
              runId: run.id,
              n: d.transfer.n,
              depth: d.transfer.depth,
              seed: d.transfer.seed,
              correct: img.predicted === img.label,
            });
        } else if (run.analysisName === 'robustness' && t.config.datasetName === a.dataset) {
          const d = robustnessDetails(t.details);
          const at = d ? d.indices.indexOf(a.index) : -1;
          if (!d || at < 0) continue;
          found++;
          label = d.labels[at]!;
          const eps = Array.isArray(t.config.eps) ? (t.config.eps as number[]) : [];
          of(source).robustness.push({
            runId: run.id,
            norm: String(t.config.norm),
            attack: String(t.config.attack),
            seed: Number(t.config.seed),
            minEps: d.minEps[at] ?? null,
            minEpsAttack: d.minEpsAttack[at] ?? null,
            maxEps: Math.max(0, ...eps),
          });
        } else if (run.analysisName === 'transfer' && t.config.target === a.dataset) {
          // Older transfer trials keep no per-image outcome (null).
          const correct = transferCorrect(t.details, a.index, Number.MAX_SAFE_INTEGER);
          if (correct === null) continue;
          found++;
          of(source).transfer.push({
            runId: run.id,
            n: Number(t.config.n),
            depth: Number(t.config.depth),
            seed: Number(t.config.seed),
            correct,
          });
        } else if (run.analysisName === 'influence' && t.config.target === a.dataset) {
          const d = influenceDetails(t.details);
          const g = d ? galleryOf(d, a.index, GALLERY) : undefined;
          if (!g) continue;
          found++;
          label = g.label;
          const [n, depth, seed] = [Number(t.config.n), Number(t.config.depth), Number(t.config.seed)];
          of(source).influence.push({
            runId: run.id,
            n,
            depth,
            seed,
            predicted: g.predicted ?? -1,
            helpful: g.helpful.map((x) => ({ ...x })),
            harmful: g.harmful.map((x) => ({ ...x })),
          });
          if (g.predicted !== null)
            of(source).transfer.push({ runId: run.id, n, depth, seed, correct: g.predicted === g.label });
        }
      }
      if (found === 0)
        notes.push(
          `run ${run.id} (${run.analysisName}) has no finished trial with test image ${a.index} of '${a.dataset}'`,
        );
    }
    const bySource = [...sources.values()].sort((x, y) =>
      x.source < y.source ? -1 : x.source > y.source ? 1 : 0,
    );
    for (const s of bySource) s.transfer.sort((x, y) => x.n - y.n || x.depth - y.depth || x.seed - y.seed);
    return { dataset: a.dataset, index: a.index, label, sources: bySource, notes };
  }

  private async finished(runId: string): Promise<Done[]> {
    const trials = await this.db.getRepository(TrialEntity).findBy({ runId, status: TrialStatus.DONE });
    if (trials.length === 0) return [];
    const results = await this.db
      .getRepository(ResultEntity)
      .findBy({ runId, trialKey: In(trials.map((t) => t.trialKey)) });
    const byKey = new Map(results.map((r) => [r.trialKey, r]));
    return trials.map((t) => ({
      config: t.config,
      details: (byKey.get(t.trialKey)?.details ?? null) as Details,
    }));
  }
}
