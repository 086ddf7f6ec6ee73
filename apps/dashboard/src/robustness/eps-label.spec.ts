import { describe, expect, it } from 'vitest';
import { epsLabel, sameEps, threatLabel } from './eps-label';

describe('epsLabel', () => {
  it.each([
    ['Linf', 8 / 255, '8/255'],
    ['Linf', 0.0313725, '8/255'],
    ['Linf', 0.03, '0.03'],
    ['Linf', 0, '0'],
    ['L2', 0.5, '0.5'],
    ['L2', 2 / 255, '0.007843'],
  ])('%s %d reads %s', (norm, eps, label) => {
    expect(epsLabel(norm, eps)).toBe(label);
  });

  it('names the threat model', () => {
    expect(threatLabel('Linf', 4 / 255)).toBe('Linf ε=4/255');
  });
});

describe('sameEps', () => {
  it('matches a budget up to float noise only', () => {
    expect(sameEps(8 / 255, 0.031372549)).toBe(true);
    expect(sameEps(0.03, 0.031)).toBe(false);
  });
});
