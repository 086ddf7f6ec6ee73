import { describe, expect, it } from 'vitest';
import { TrialProgress } from './trial-progress';

describe('TrialProgress', () => {
  it('sums the fractions of the running trials of a run, clamped to [0,1]', () => {
    const p = new TrialProgress();
    p.start('r', 'a');
    p.start('r', 'b');
    p.start('other', 'c');
    p.report('r', 'a', 0.25, 'epoch 1/4');
    p.report('r', 'b', 7, null);
    p.report('other', 'c', Number.NaN, null);
    expect(p.live('r')).toEqual({ running: 2, fractionSum: 1.25 });
    expect(p.of('r', 'a')).toEqual({ fraction: 0.25, message: 'epoch 1/4' });
    expect(p.live('other')).toEqual({ running: 1, fractionSum: 0 });
  });

  it('ignores a report that arrives after the trial ended', () => {
    const p = new TrialProgress();
    p.start('r', 'a');
    p.end('r', 'a');
    p.report('r', 'a', 0.5, null);
    expect(p.live('r')).toEqual({ running: 0, fractionSum: 0 });
    expect(p.of('r', 'a')).toBeUndefined();
  });
});
