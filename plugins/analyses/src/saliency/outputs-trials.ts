import {
  column,
  datasetKey,
  z,
  type DatasetSpec,
  type ModelFacts,
  type ResultRow,
  type TableInput,
} from '@transferlab/sdk';
import { baselineOptions, byText, checkNamedBaseline, naturalBaseline } from '../shared';
import { settingLabel } from './aggregate';
import { saliencyDetails, type SaliencyDetails } from './details';
import type { SaliencyMethod } from './params';

/** Options every saliency table takes: the source deltas and disagreements are taken against. */
/** The key columns of every per-method table: dataset, setting, method, source and its training. */
export const methodDims = {
  dataset: column.dimension(z.string(), { label: 'Dataset' }),
  setting: column.dimension(z.string(), {
    label: 'Model',
    description: "'source': the source as it is; else the fine-tuning it had on the dataset",
  }),
  method: column.dimension(z.string(), { label: 'Method' }),
  source: column.model({ label: 'Source' }),
  training: column.dimension(z.string(), {
    label: 'Training',
    description: "natural or adversarial, from the model record's training.kind",
  }),
};

export const saliencyOptions = baselineOptions;
export type SaliencyOptions = z.output<typeof saliencyOptions>;
export type SaliencyTableInput = TableInput<SaliencyOptions>;

/** One stored trial, its details decoded once (every table walks them, some per image). */
export interface DecodedTrial {
  readonly source: string;
  /** The dataset as the run names it (`datasetName`: a plugin name or a view's name). */
  readonly dataset: string;
  /** The dataset the images come from (`datasetKey` of the trial's dataset: a view may name another plugin). */
  readonly images: string;
  /** 'source', or the fine-tuning ('n 400, depth 0, seed 0'). */
  readonly setting: string;
  readonly details: SaliencyDetails;
}

/** The key of the dataset a trial's images come from; the run's name when an older row kept no spec. */
function imagesOf(spec: unknown, name: string): string {
  if (typeof spec === 'string' && spec !== '') return spec;
  if (typeof spec === 'object' && spec !== null && typeof (spec as { name?: unknown }).name === 'string')
    return datasetKey(spec as DatasetSpec);
  return name;
}

/** A run's trials with usable details (older or failed rows left out), by dataset, setting, source. */
export function decodedTrials(rows: readonly ResultRow[]): DecodedTrial[] {
  const out: DecodedTrial[] = [];
  for (const r of rows) {
    const details = saliencyDetails(r.details);
    if (!details) continue;
    const dataset = String(r.config.datasetName);
    out.push({
      source: String(r.config.source),
      dataset,
      images: imagesOf(r.config.dataset, dataset),
      setting: settingLabel(details),
      details,
    });
  }
  return out.sort(
    (a, b) => byText(a.dataset, b.dataset) || byText(a.setting, b.setting) || byText(a.source, b.source),
  );
}

/** The model record's training kind; 'unknown' when the record is gone. */
export const trainingKind = (models: ReadonlyMap<string, ModelFacts>, source: string): string =>
  models.get(source)?.training.kind ?? 'unknown';

/** The method whose scores go with a map kind (the signed gradient is the gradient's). */
export const methodOfKind = (kind: string): SaliencyMethod =>
  (kind === 'gradient-signed' ? 'gradient' : kind) as SaliencyMethod;

/**
 * The baseline of a group of trials (one dataset, setting and method): the named source, else
 * the natural one by training kind. A named source that no trial of the run has is refused,
 * listing the run's sources, rather than giving silently empty tables: a client's bad input on
 * `options.baseline`.
 */
export function groupBaseline(
  group: readonly DecodedTrial[],
  all: readonly DecodedTrial[],
  input: SaliencyTableInput,
): DecodedTrial | undefined {
  const named = input.options.baseline;
  if (all.length > 0)
    checkNamedBaseline(
      named,
      all.map((t) => t.source),
    );
  const id = naturalBaseline(
    group.map((t) => t.source),
    input.models,
    named,
  );
  return group.find((t) => t.source === id);
}

/** Groups of trials per dataset, setting and method, in that order (a trial is in one group per method it ran). */
export function methodGroups(
  trials: readonly DecodedTrial[],
): { dataset: string; setting: string; method: SaliencyMethod; trials: DecodedTrial[] }[] {
  const groups = new Map<
    string,
    { dataset: string; setting: string; method: SaliencyMethod; trials: DecodedTrial[] }
  >();
  for (const t of trials)
    for (const method of t.details.methods) {
      const key = JSON.stringify([t.dataset, t.setting, method]);
      const g = groups.get(key) ?? { dataset: t.dataset, setting: t.setting, method, trials: [] };
      g.trials.push(t);
      groups.set(key, g);
    }
  return [...groups.values()].sort(
    (a, b) => byText(a.dataset, b.dataset) || byText(a.setting, b.setting) || byText(a.method, b.method),
  );
}

/** A method's defined alignment ratios by test index (the pairing key of deltas). */
export function ratiosByIndex(d: SaliencyDetails, method: SaliencyMethod): Map<number, number> {
  const out = new Map<number, number>();
  const ratios = d.ratio[method] ?? [];
  d.indices.forEach((index, i) => {
    const r = ratios[i];
    if (typeof r === 'number' && Number.isFinite(r)) out.set(index, r);
  });
  return out;
}
