import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Invalid tokens one address may send in a window before every request of it is refused for a while. */
export const TOKEN_ATTEMPTS = { failures: 10, windowSeconds: 60, blockSeconds: 60 } as const;

/**
 * Counts invalid API tokens per client address (rate-limiter-flexible, in memory: one server
 * process holds the count). Once an address passes the limit, its requests are refused before
 * the token is compared, right or wrong: otherwise a guess made while blocked would still tell
 * whether it was right.
 */
export class TokenAttempts {
  private readonly limiter: RateLimiterMemory;

  constructor(limits: { failures: number; windowSeconds: number; blockSeconds: number } = TOKEN_ATTEMPTS) {
    this.limiter = new RateLimiterMemory({
      points: limits.failures,
      duration: limits.windowSeconds,
      blockDuration: limits.blockSeconds,
    });
  }

  /** Seconds (rounded up) until `address` may try again; 0 when it is not blocked. */
  async blockedFor(address: string): Promise<number> {
    const res = await this.limiter.get(address);
    if (res === null || res.consumedPoints <= this.limiter.points) return 0;
    return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  }

  /** Records an invalid token from `address`. */
  async failed(address: string): Promise<void> {
    try {
      await this.limiter.consume(address);
    } catch (e) {
      // Past the limit consume rejects with the limiter's state; the address is now blocked.
      if (!(e instanceof RateLimiterRes)) throw e;
    }
  }
}
