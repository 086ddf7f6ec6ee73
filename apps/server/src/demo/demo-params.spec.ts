import { describe, expect, it } from 'vitest';
import {
  DEMO_FOLLOW_UPS,
  DEMO_INFLUENCE,
  DEMO_ROBUSTNESS,
  DEMO_SALIENCY,
  DEMO_SWEEP,
  demoFollowUpParams,
  demoParams,
  type DemoZooModel,
} from './demo-params';

const model = (recipe: string): DemoZooModel => ({
  id: `zoo-${recipe}`,
  recipe,
  training: { kind: recipe === 'natural' ? 'natural' : 'adversarial' },
});

describe('demoParams', () => {
  it('compares the natural source with the first two robust ones in order of preference', () => {
    const zoo = ['linf-8', 'natural', 'l2-1', 'fast-linf-8', 'l2-0.5'].map(model);
    const choice = demoParams(zoo);
    expect(choice).toEqual({ params: { ...DEMO_SWEEP, sources: ['zoo-natural', 'zoo-l2-0.5', 'zoo-l2-1'] } });
  });

  it('uses whichever robust models exist, and the natural one alone while none does', () => {
    expect(demoParams(['fast-linf-8', 'natural'].map(model))).toMatchObject({
      params: { sources: ['zoo-natural', 'zoo-fast-linf-8'] },
    });
    expect(demoParams([model('natural')])).toMatchObject({ params: { sources: ['zoo-natural'] } });
  });

  it('has no demo without a natural baseline', () => {
    expect(demoParams(['l2-0.5', 'linf-4'].map(model))).toEqual({
      skipped: expect.stringMatching(/no natural model/),
    });
    expect(demoParams([])).toHaveProperty('skipped');
  });

  it('sweeps both targets, depths 0 and 1 and 3 seeds', () => {
    expect(DEMO_SWEEP).toMatchObject({
      targets: ['mnist', 'fashion-mnist-b'],
      depths: [0, 1],
      seeds: [0, 1, 2],
    });
    expect(DEMO_SWEEP.n.length).toBeGreaterThanOrEqual(3);
  });

  it('queues robustness, influence and saliency after the sweep, each over the same sources', () => {
    expect(DEMO_FOLLOW_UPS).toEqual(['robustness', 'influence', 'saliency']);
    const sources = ['zoo-natural', 'zoo-l2-0.5'];
    expect(demoFollowUpParams('robustness', sources)).toEqual({ ...DEMO_ROBUSTNESS, sources });
    expect(demoFollowUpParams('influence', sources)).toEqual({ ...DEMO_INFLUENCE, sources });
    expect(demoFollowUpParams('saliency', sources)).toEqual({ ...DEMO_SALIENCY, sources });
  });

  it('keeps the follow-ups small but meaningful: intervals over 3 seeds, one sweep setting, a subset the pages join on', () => {
    // Influence: one of the sweep's settings, fine-tuned as the sweep fine-tunes, seeds paired for intervals.
    expect(DEMO_SWEEP.targets).toContain(DEMO_INFLUENCE.targets[0]);
    expect(DEMO_SWEEP.depths).toContain(DEMO_INFLUENCE.depths[0]);
    expect(DEMO_SWEEP.n).toContain(DEMO_INFLUENCE.n[0]);
    expect(DEMO_INFLUENCE).toMatchObject({
      epochs: DEMO_SWEEP.epochs,
      batchSize: DEMO_SWEEP.batchSize,
      solver: 'exact',
    });
    expect(DEMO_INFLUENCE.seeds.length).toBeGreaterThanOrEqual(3);
    // Saliency maps the first images of the robustness subset (nested stratified subsets), so the per-example page joins them.
    expect(DEMO_SALIENCY.datasets).toEqual([DEMO_ROBUSTNESS.dataset]);
    expect(DEMO_SALIENCY.images).toBeLessThanOrEqual(DEMO_ROBUSTNESS.testLimit);
    expect(DEMO_SALIENCY.maps).toBeLessThanOrEqual(DEMO_SALIENCY.images);
  });
});
