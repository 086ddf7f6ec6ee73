import { datasetKey, defineAnalysis, type DatasetFacts, type DatasetSpec, type FineTuneRequest, type FineTuneResult, type ParamsIssue, type PluginContext, type TrialResult, type TrialSpec } from '@transferlab/sdk';
import { fineTuneHyper, testSubset, trainSubset, viewDataset } from '../shared';
import { aggregateTransfer } from './aggregate';
import { transferOutputs } from './outputs';
import { perImageOutcome, type TransferPerImage } from './per-image';
import { transferParams, transferTrial, type TransferParams, type TransferTrial } from './params';

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** A target name's dataset: its view (a plugin with params) when one is defined, else the plugin of that name. */
export function targetDataset(p: TransferParams, target: string): DatasetSpec {
  return viewDataset(p.views, target);
}

/** Trials in a fixed nesting order: source, target, n, depth, seed, lr (duplicates in a list collapse). Each declares its source and target. */
export function expandTransfer(p: TransferParams): TrialSpec[] {
  const shared = {
    epochs: p.epochs, batchSize: p.batchSize, momentum: p.momentum, weightDecay: p.weightDecay, schedule: p.schedule, augment: p.augment,
    ...(p.testLimit !== undefined ? { testLimit: p.testLimit } : {}),
  };
  const out: TrialSpec[] = [];
  for (const source of unique(p.sources))
    for (const target of unique(p.targets))
      for (const n of unique(p.n))
        for (const depth of unique(p.depths))
          for (const seed of unique(p.seeds))
            for (const lr of unique(p.lrs)) {
              const dataset = targetDataset(p, target);
              out.push({ config: { source, target, dataset, n, depth, seed, lr, ...shared }, uses: { models: [source], datasets: [dataset] } });
            }
  return out;
}

/** What fineTune is asked for a trial: the (target, n, seed) subset, so every source sees the same images. */
async function fineTuneRequest(t: TransferTrial, ctx: PluginContext): Promise<FineTuneRequest> {
  const ds = await ctx.data.dataset(t.dataset);
  const train = trainSubset(await ds.labels('train'), t.n, t.seed, { analysis: 'transfer', dataset: t.target });
  // The whole test split, or the shared stratified subset (the same images for every trial).
  const test = testSubset(await ds.labels('test'), t.testLimit);
  return {
    model: { id: t.source },
    depth: t.depth,
    data: { kind: 'dataset', dataset: ds, train, test },
    hyper: fineTuneHyper(t, t.augment),
    seed: t.seed,
  };
}

function trialResult(res: FineTuneResult, seconds: number, perImage: TransferPerImage | null): TrialResult {
  const last = res.epochs.at(-1);
  if (!last) throw new Error('transfer: the engine reported no epochs');
  return {
    metrics: { testAccuracy: last.testAccuracy, testLoss: last.testLoss, trainLoss: last.trainLoss, n: res.trainSize, testImages: res.testSize, seconds },
    series: res.epochs.map((e) => ({ epoch: e.epoch, testAccuracy: e.testAccuracy, testLoss: e.testLoss, trainLoss: e.trainLoss })),
    ...(perImage ? { details: { ...perImage } } : {}),
  };
}

export async function runTransfer(t: TransferTrial, ctx: PluginContext): Promise<TrialResult> {
  const fineTune = ctx.engine.fineTune?.bind(ctx.engine);
  if (!fineTune) throw new Error('transfer: this engine cannot fine-tune (EngineApi.fineTune is missing)');
  const request = await fineTuneRequest(t, ctx);
  const started = performance.now();
  const res = await fineTune(request, {
    signal: ctx.signal,
    onEpoch: (e) => ctx.progress.report(e.epoch / t.epochs, `epoch ${e.epoch}/${t.epochs}: test accuracy ${(100 * e.testAccuracy).toFixed(1)}%`),
  });
  const seconds = (performance.now() - started) / 1000;
  return trialResult(res, seconds, await perImageOutcome(request, res));
}

/**
 * Trials that can train as one group: depth 0 without augmentation, the same source, dataset,
 * test set and shared hyper-parameters (n, seed, lr and schedule may differ). The engine then
 * trains their final layers stacked. Other trials run alone (undefined).
 */
export function transferGroupKey(t: TransferTrial): string | undefined {
  if (t.depth !== 0 || t.augment) return undefined;
  return JSON.stringify([t.source, datasetKey(t.dataset), t.depth, t.epochs, t.batchSize, t.momentum, t.weightDecay, t.testLimit ?? null]);
}

/**
 * A group of trials of one group key as one engine call (EngineApi.fineTuneGroup); one result
 * per trial, in order, each as runTransfer would give it (to float32 rounding; `seconds` is
 * the group's wall time shared equally). Without fineTuneGroup the trials run one by one.
 */
export async function runTransferGroup(trials: readonly TransferTrial[], ctx: PluginContext): Promise<TrialResult[]> {
  const key = trials[0] && transferGroupKey(trials[0]);
  const group = ctx.engine.fineTuneGroup?.bind(ctx.engine);
  if (!group || trials.length < 2 || key === undefined) {
    const out: TrialResult[] = [];
    for (const t of trials) out.push(await runTransfer(t, ctx));
    return out;
  }
  const odd = trials.findIndex((t) => transferGroupKey(t) !== key);
  if (odd >= 0) throw new Error(`transfer: trial ${odd} of the group differs from the first in source, target, depth or shared hyper-parameters`);
  const requests: FineTuneRequest[] = [];
  for (const t of trials) requests.push(await fineTuneRequest(t, ctx));
  const started = performance.now();
  const epochsDone = trials.map(() => 0);
  const total = trials.reduce((a, t) => a + t.epochs, 0);
  const res = await group(requests, {
    signal: ctx.signal,
    onEpoch: (i, e) => {
      epochsDone[i] = e.epoch;
      ctx.progress.report(epochsDone.reduce((a, b) => a + b, 0) / total, `group of ${trials.length} trials: epoch ${e.epoch}/${trials[i]!.epochs}`);
    },
  });
  const seconds = (performance.now() - started) / 1000 / trials.length;
  const out: TrialResult[] = [];
  for (const [i, r] of res.entries()) out.push(trialResult(r, seconds, await perImageOutcome(requests[i]!, r)));
  return out;
}

/** The trial count of expandTransfer, without expanding: the product of the distinct values of each swept list. */
export function countTransferTrials(p: TransferParams): number {
  return unique(p.sources).length * unique(p.targets).length * unique(p.n).length * unique(p.depths).length * unique(p.seeds).length * unique(p.lrs).length;
}

/** Every n must fit every target's training split. */
export function checkTransferParams(p: TransferParams, datasets: ReadonlyMap<string, DatasetFacts>): ParamsIssue[] {
  const issues: ParamsIssue[] = [];
  p.targets.forEach((target, t) => {
    const facts = datasets.get(datasetKey(targetDataset(p, target)));
    if (!facts) return;
    p.n.forEach((n, i) => {
      if (n > facts.sizes.train) issues.push({ path: ['n', i], message: `n = ${n} exceeds the ${facts.sizes.train} training images of target '${target}' (targets.${t})` });
    });
  });
  return issues;
}

export const transfer = defineAnalysis({
  name: 'transfer',
  version: '1.0.0',
  description: 'Fine-tune source models on target datasets at data budgets and unfrozen depths; test accuracy and loss after every epoch.',
  params: transferParams,
  expand: expandTransfer,
  countTrials: countTransferTrials,
  checkParams: checkTransferParams,
  run: (trial, ctx) => runTransfer(transferTrial.parse(trial.config), ctx),
  groupKey: (trial) => transferGroupKey(transferTrial.parse(trial.config)),
  runGroup: (trials, ctx) => runTransferGroup(trials.map((t) => transferTrial.parse(t.config)), ctx),
  resultFields: {
    metrics: { testAccuracy: 'test accuracy after the last epoch', testLoss: 'mean test cross-entropy after the last epoch', trainLoss: 'mean training loss of the last epoch', n: 'training images used', testImages: 'test images the accuracy is a share of', seconds: 'wall time of the trial (of a group: its wall time / its trials)' },
    series: { epoch: 'epoch number (1-based)', testAccuracy: 'test accuracy after the epoch', testLoss: 'test loss after the epoch', trainLoss: 'mean training loss of the epoch' },
    details: { testIndices: 'test indices in the order of correct (null: the whole split)', correct: 'base64 bitset: bit i set when the fine-tuned model classifies test image i of that order correctly' },
  },
  outputs: transferOutputs,
  aggregate: (rows, options) => aggregateTransfer(rows, options),
});
