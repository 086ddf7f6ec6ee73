import { describe, expect, it } from 'vitest';
import { TokenAttempts } from './token-attempts';

describe('TokenAttempts', () => {
  it('blocks an address after more failures than allowed, and only that address', async () => {
    const attempts = new TokenAttempts({ failures: 3, windowSeconds: 60, blockSeconds: 30 });
    for (let i = 0; i < 3; i++) {
      expect(await attempts.blockedFor('10.0.0.1')).toBe(0);
      await attempts.failed('10.0.0.1');
    }
    // Three failures are allowed; the fourth blocks.
    expect(await attempts.blockedFor('10.0.0.1')).toBe(0);
    await attempts.failed('10.0.0.1');
    const wait = await attempts.blockedFor('10.0.0.1');
    expect(wait).toBeGreaterThan(25);
    expect(wait).toBeLessThanOrEqual(30);
    expect(await attempts.blockedFor('10.0.0.2')).toBe(0);
  });

  it('lets the address try again once the block has passed', async () => {
    const attempts = new TokenAttempts({ failures: 1, windowSeconds: 1, blockSeconds: 1 });
    await attempts.failed('a');
    await attempts.failed('a');
    expect(await attempts.blockedFor('a')).toBe(1);
    await new Promise((done) => setTimeout(done, 1_100));
    expect(await attempts.blockedFor('a')).toBe(0);
  });
});
