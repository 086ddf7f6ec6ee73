import { paramsJsonSchema, z } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import {
  fineTuneHyper,
  fineTuneParams,
  fineTuneTrialFields,
  learningRates,
  REFERENCE_FINE_TUNE,
} from './fine-tune';

const params = (defaults = {}) => z.object(fineTuneParams(defaults)).strict();

describe('fine-tune hyper-parameters', () => {
  it("default to the reference study's SGD recipe (Salman et al. 2020)", () => {
    expect(params().parse({})).toEqual({
      lr: 0.1,
      epochs: 20,
      batchSize: 128,
      momentum: 0.9,
      weightDecay: 5e-4,
      schedule: 'step',
    });
    expect(REFERENCE_FINE_TUNE).toEqual(params().parse({}));
  });

  it("take an analysis's own defaults for the fields it names, the reference's for the rest", () => {
    expect(params({ epochs: 10, batchSize: 64 }).parse({})).toEqual({
      ...REFERENCE_FINE_TUNE,
      epochs: 10,
      batchSize: 64,
    });
  });

  it('bound every field the same way for every analysis', () => {
    const p = params();
    const refused = [
      { lr: 0 },
      { lr: 10.5 },
      { epochs: 0 },
      { epochs: 1001 },
      { epochs: 1.5 },
      { batchSize: 4097 },
      { momentum: 1 },
      { momentum: -0.1 },
      { weightDecay: 1.01 },
      { schedule: 'linear' },
    ];
    for (const bad of refused) expect(p.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    const edge = {
      lr: 10,
      epochs: 1000,
      batchSize: 4096,
      momentum: 0.999,
      weightDecay: 1,
      schedule: 'constant',
    };
    expect(p.parse(edge)).toEqual(edge);
  });

  it('show bounds and defaults in the JSON Schema a form is drawn from', () => {
    const schema = paramsJsonSchema(params({ epochs: 10 })) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual([
      'lr',
      'epochs',
      'batchSize',
      'momentum',
      'weightDecay',
      'schedule',
    ]);
    expect(schema.properties.lr).toEqual({ type: 'number', exclusiveMinimum: 0, maximum: 10, default: 0.1 });
    expect(schema.properties.epochs).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      default: 10,
    });
  });

  it('sweep learning rates as a bounded list', () => {
    expect(learningRates().parse(undefined)).toEqual([0.1]);
    expect(learningRates([0.01, 0.1]).parse(undefined)).toEqual([0.01, 0.1]);
    expect(learningRates().safeParse([]).success).toBe(false);
    expect(learningRates().safeParse(Array.from({ length: 17 }, () => 0.1)).success).toBe(false);
    expect(learningRates().safeParse([11]).success).toBe(false);
  });

  it("check a stored trial's fields by their lower bounds only, with no defaults", () => {
    const trial = z.object(fineTuneTrialFields).strict();
    const stored = {
      lr: 50,
      epochs: 5000,
      batchSize: 10_000,
      momentum: 2,
      weightDecay: 3,
      schedule: 'cosine',
    };
    expect(trial.parse(stored)).toEqual(stored);
    expect(trial.safeParse({ ...stored, lr: 0 }).success).toBe(false);
    const { schedule: _, ...missing } = stored;
    expect(trial.safeParse(missing).success).toBe(false);
  });

  it("become the engine's hyper-parameters, without augmentation unless asked", () => {
    const s = { ...REFERENCE_FINE_TUNE, lr: 0.2, schedule: 'cosine' as const };
    expect(fineTuneHyper(s)).toEqual({ ...s, augment: false });
    // A saliency transfer setting carries n, depth and seed too: they are not hyper-parameters.
    const setting = { ...s, n: 400, depth: 0, seed: 1 };
    expect(fineTuneHyper(setting, true)).toEqual({ ...s, augment: true });
  });
});
