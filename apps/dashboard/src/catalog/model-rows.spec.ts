import { describe, expect, it } from 'vitest';
import type { CatalogModel } from './catalog.queries';
import { forwardOnlyNote, percent, sortModels, thumbnailSrc, trainingLabel } from './model-rows';

const training = (t: Partial<CatalogModel['training']>): CatalogModel['training'] => ({
  kind: 'natural',
  attack: null,
  norm: null,
  eps: null,
  epsLabel: null,
  recipe: null,
  dataset: null,
  ...t,
});

const model = (id: string, t: Partial<CatalogModel['training']>): CatalogModel => ({
  id,
  name: id,
  origin: 'zoo',
  architecture: 'resnet8-w16',
  parameterCount: null,
  numClasses: 5,
  trainSize: null,
  runCount: 0,
  forwardOnly: false,
  gradientProblem: null,
  cleanAccuracy: null,
  robustCount: null,
  training: training(t),
  robustAccuracy: [],
  figures: [],
});

describe('trainingLabel', () => {
  it('names the norm, budget and attack of an adversarial model', () => {
    expect(trainingLabel(training({}))).toBe('natural');
    expect(
      trainingLabel(
        training({ kind: 'adversarial', norm: 'L2', eps: 0.5, epsLabel: '0.5', attack: 'PGD-3' }),
      ),
    ).toBe('adversarial L2 ε=0.5 (PGD-3)');
    expect(trainingLabel(training({ kind: 'adversarial', norm: 'Linf', epsLabel: '8/255' }))).toBe(
      'adversarial Linf ε=8/255',
    );
    expect(trainingLabel(training({ kind: 'adversarial' }))).toBe('adversarial');
  });
});

describe('sortModels', () => {
  it('puts natural first, then by norm and growing eps', () => {
    const sorted = sortModels([
      model('linf-8', { kind: 'adversarial', norm: 'Linf', eps: 8 / 255 }),
      model('l2-1', { kind: 'adversarial', norm: 'L2', eps: 1 }),
      model('nat', {}),
      model('l2-0.25', { kind: 'adversarial', norm: 'L2', eps: 0.25 }),
    ]);
    expect(sorted.map((m) => m.id)).toEqual(['nat', 'l2-0.25', 'l2-1', 'linf-8']);
  });
});

describe('percent / thumbnailSrc', () => {
  it('formats fractions and marks unknowns', () => {
    expect(percent(0.8766)).toBe('87.7%');
    expect(percent(null)).toBe('—');
    expect(percent(undefined)).toBe('—');
  });

  it('maps a server thumbnail path under the dashboard catalog route', () => {
    expect(thumbnailSrc('/datasets/mnist/thumbnails/3.png')).toBe('/catalog/datasets/mnist/thumbnails/3.png');
  });
});

describe('forwardOnlyNote', () => {
  it("says a forward-only model gets no attacks or saliency, with the import probe's reason", () => {
    const reason = "op Round (node 'round_1') has no gradient rule, but a requested gradient flows through it";
    expect(forwardOnlyNote({ forwardOnly: true, gradientProblem: reason })).toBe(`Forward only: no attacks or saliency maps (${reason})`);
    expect(forwardOnlyNote({ forwardOnly: false, gradientProblem: null })).toBeNull();
  });
});
