import { describe, expect, it } from 'vitest';
import { transferHref } from './legacy-href';

describe('transferHref', () => {
  it("carries run, target, depth, n and baseline to the transfer page, 'all' depths as null", () => {
    expect(
      transferHref({ run: 'r1', target: 'fashion mnist', depth: 'all', n: '40', baseline: 'zoo/natural' }),
    ).toBe('/analyses/transfer?run=r1&target=fashion+mnist&depth=null&n=40&baseline=zoo%2Fnatural');
    expect(transferHref({ depth: '2', n: ['20', '40'] })).toBe('/analyses/transfer?depth=2&n=20');
  });

  it('drops what the page does not read, and empty values', () => {
    expect(transferHref({ tab: 'x', run: '' })).toBe('/analyses/transfer');
  });
});
