import { describe, expect, it } from 'vitest';
import { DEMO_SWEEP, demoParams, type DemoZooModel } from './demo-params';

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
});
