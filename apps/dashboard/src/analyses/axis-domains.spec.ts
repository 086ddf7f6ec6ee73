import { describe, expect, it } from 'vitest';
import { paddedDomain, shareDomain } from './axis-domains';

describe('axis domains', () => {
  it('fits a share axis to the values in steps, inside [0, 1] while the values are', () => {
    expect(shareDomain([0.42, 0.61])).toEqual([0.4, 0.65]);
    expect(shareDomain([0.05, 0.93])).toEqual([0, 1]);
    expect(shareDomain([0.02, 0.98])).toEqual([0, 1]);
    expect(shareDomain([])).toEqual([0, 1]);
  });

  it('lets a difference of shares cross zero, and widens a single value', () => {
    expect(shareDomain([-0.12, 0.07])).toEqual([-0.15, 0.1]);
    expect(shareDomain([0.5, 0.5])).toEqual([0.45, 0.55]);
  });

  it('pads a plain axis by 5% each side', () => {
    expect(paddedDomain([0, 10])).toEqual([-0.5, 10.5]);
    expect(paddedDomain([3])).toEqual([2, 4]);
  });
});
