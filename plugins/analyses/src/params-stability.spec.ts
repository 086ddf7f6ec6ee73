import { paramsJsonSchema, type AnalysisPlugin, type ParamsSchema } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { influence, influenceTrial } from './influence';
import { robustness, robustnessTrial } from './robustness';
import { saliency, saliencyTrial } from './saliency';
import { transfer, transferTrial } from './transfer';

/*
 * What must not move when an analysis's code is reorganised: the JSON Schema of its params (the
 * dashboard's forms and saved sweeps are built from it) and the trial configs expand() gives (trial
 * keys hash them, so a changed config turns every stored result into new work). The files under
 * __snapshots__/params-stability were written from the code before its params were shared; they
 * are compared byte for byte.
 */

const file = (name: string): string => `./__snapshots__/params-stability/${name}.json`;
const text = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

// Each analysis as the server sees it: any params schema, expand() taking what it parsed.
const analyses = [
  [transfer, transferTrial],
  [robustness, robustnessTrial],
  [influence, influenceTrial],
  [saliency, saliencyTrial],
] as unknown as readonly (readonly [AnalysisPlugin, ParamsSchema])[];

/** Params as a client sends them (before defaults), a few per analysis: defaults, views, every field set. */
const requests: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>> = {
  transfer: [
    { sources: ['natural', 'l2-3'], targets: ['mnist'] },
    {
      sources: ['b', 'a', 'b'],
      targets: ['three', 'fashion-mnist'],
      views: { three: { name: 'class-subset', params: { dataset: 'mnist', classes: [0, 1, 2] } } },
      n: [10, 40],
      depths: [0, 2, 'all'],
      seeds: [3],
      lrs: [0.01, 0.1],
      epochs: 4,
      batchSize: 32,
      momentum: 0.5,
      weightDecay: 0,
      schedule: 'constant',
      augment: true,
      testLimit: 500,
    },
  ],
  robustness: [
    { sources: ['natural'] },
    {
      sources: ['a', 'b'],
      dataset: { name: 'class-subset', params: { dataset: 'mnist', classes: [1, 7] } },
      norms: ['L2'],
      epsL2: [1, 0.5, 1],
      attacks: ['pgd', 'autoattack-fast'],
      seeds: [0, 1],
      testLimit: 64,
      steps: 10,
      queries: 100,
      targetClasses: 3,
      batchSize: 16,
      zeroGradientShare: 0.1,
      blackBoxMargin: 0.01,
    },
    {
      sources: ['a', 'b'],
      norms: ['Linf'],
      epsLinf: [0.03],
      attacks: ['pgd'],
      testLimit: 32,
      transfer: { targets: ['mnist', 'kmnist'], n: [100, 20], depths: [0, 'all'], seeds: [1], epochs: 2, lr: 0.05, batchSize: 8, momentum: 0, weightDecay: 0, schedule: 'cosine' },
    },
  ],
  influence: [
    { sources: ['natural', 'l2-3'], targets: ['mnist'] },
    {
      sources: ['a'],
      targets: ['pair', 'kmnist'],
      views: { pair: { name: 'class-subset', params: { dataset: 'mnist', classes: [3, 8] } } },
      n: [100, 400],
      depths: [0, 1],
      seeds: [0, 5],
      lr: 0.05,
      epochs: 3,
      batchSize: 16,
      momentum: 0,
      weightDecay: 1e-3,
      schedule: 'cosine',
      testImages: 20,
      trainTargets: 0,
      topK: 10,
      galleryK: 4,
      solver: 'scalable',
      exactMaxParams: 100,
      rcond: 0.01,
      damping: 0.5,
      lanczosSteps: 50,
    },
  ],
  saliency: [
    { sources: ['natural', 'l2-3'] },
    // A form that fills in every default sends transfer without n: no fine-tuning.
    {
      sources: ['a'],
      transfer: {
        depth: 0,
        seed: 0,
        epochs: 10,
        lr: 0.1,
        batchSize: 64,
        momentum: 0.9,
        weightDecay: 5e-4,
        schedule: 'step',
      },
    },
    { sources: ['a'], datasets: ['mnist'], transfer: { n: 200 } },
    {
      sources: ['b', 'a'],
      datasets: ['digits', 'fashion-mnist-a'],
      views: { digits: { name: 'class-subset', params: { dataset: 'mnist', classes: [0, 1] } } },
      methods: ['smoothgrad', 'gradient', 'smoothgrad'],
      images: 10,
      maps: 20,
      smoothNoise: 0.2,
      smoothSamples: 5,
      igSteps: 8,
      igSpacing: 'uniform',
      threshold: 0.3,
      transfer: {
        n: 50,
        depth: 1,
        seed: 2,
        epochs: 3,
        lr: 0.2,
        batchSize: 8,
        momentum: 0.8,
        weightDecay: 0,
        schedule: 'constant',
      },
    },
  ],
};

describe('params and trial configs stay as stored results know them', () => {
  for (const [analysis, trial] of analyses) {
    it(`${analysis.name}: the params' JSON Schema`, async () => {
      await expect(text(paramsJsonSchema(analysis.params))).toMatchFileSnapshot(
        file(`${analysis.name}.params`),
      );
    });

    it(`${analysis.name}: the trial config schema`, async () => {
      await expect(text(paramsJsonSchema(trial))).toMatchFileSnapshot(file(`${analysis.name}.trial`));
    });

    it(`${analysis.name}: expand() of parsed params, and each config through the trial schema`, async () => {
      const cases = (requests[analysis.name] ?? []).map((request) => {
        const trials = analysis.expand(analysis.params.parse(request));
        // The run path parses each stored config with the trial schema: it must give the config back.
        for (const t of trials) expect(trial.parse(t.config)).toEqual(t.config);
        return { request, trials };
      });
      expect(cases.length).toBeGreaterThan(0);
      await expect(text(cases)).toMatchFileSnapshot(file(`${analysis.name}.expand`));
    });
  }
});
