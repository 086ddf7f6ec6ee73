import { stratifiedSample } from '@transferlab/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fidelityCheck, type FidelityReport } from '../src/influence/fidelity';
import { testSubset } from '../src/shared';
import { zooContext, type ZooContext } from './zoo-context';

const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
/** The L2 penalty of the depth-0 head, and so the damping of (H + mu I)^-1 (summed loss over 200 images). */
const DAMPING = Number(process.env.FIDELITY_DAMPING ?? 1);

/**
 * Item 5 of the issue, on the convex depth-0 case: the natural zoo source's penultimate features
 * of 200 stratified fashion-mnist-a training images and 30 test images; the head refitted exactly
 * for every leave-one-out and for every top-10 / random-10 removal.
 */
describe('influence fidelity (depth 0, 200 training images, real zoo features)', () => {
  let zoo: ZooContext;
  let report: FidelityReport;

  beforeAll(async () => {
    zoo = await zooContext();
    const ds = zoo.dataset;
    const train = Array.from(stratifiedSample(await ds.labels('train'), 200, 0));
    const test = testSubset(await ds.labels('test'), 30);
    const [a, b] = [await ds.read('train', train), await ds.read('test', test)];
    const model = { id: NATURAL };
    const [fa, fb] = [await zoo.engine.features(model, a.images), await zoo.engine.features(model, b.images)];
    const started = performance.now();
    report = fidelityCheck({ trainFeatures: Float64Array.from(fa.data), trainLabels: a.labels, testFeatures: Float64Array.from(fb.data), testLabels: b.labels, classes: ds.classes.length, damping: DAMPING });
    console.log(`fidelity (damping ${DAMPING}): ${JSON.stringify(report)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 120_000);

  afterAll(async () => {
    await zoo?.engine.close?.();
  });

  it('predicted and actual leave-one-out test-loss changes correlate (Pearson >= 0.9)', () => {
    expect(report.pearson).toBeGreaterThanOrEqual(0.9);
  });

  it('removing the top-10 helpful images raises the test loss more than 10 random ones for >= 80% of test images', () => {
    expect(report.topBeatsRandom).toBeGreaterThanOrEqual(0.8);
  });
});
