import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Wrong tokens (login form and tools' headers through the proxy) accepted in a window before both are refused for a while. */
export const LOGIN_ATTEMPTS = { failures: 10, windowSeconds: 60, blockSeconds: 60 } as const;

/**
 * Counts wrong tokens sent to the login form, for this dashboard process as a whole: a route
 * handler cannot see the client's address, and a forwarded-for header is the client's to
 * invent. Once past the limit, logins are refused before the token is compared (a guess made
 * while blocked must not tell whether it was right); sessions already open go on working.
 */
export class LoginAttempts {
  private readonly limiter: RateLimiterMemory;

  constructor(limits: { failures: number; windowSeconds: number; blockSeconds: number } = LOGIN_ATTEMPTS) {
    this.limiter = new RateLimiterMemory({
      points: limits.failures,
      duration: limits.windowSeconds,
      blockDuration: limits.blockSeconds,
    });
  }

  /** Seconds (rounded up) until a login may be tried again; 0 when logins are open. */
  async blockedFor(): Promise<number> {
    const res = await this.limiter.get('login');
    if (res === null || res.consumedPoints <= this.limiter.points) return 0;
    return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  }

  async failed(): Promise<void> {
    try {
      await this.limiter.consume('login');
    } catch (e) {
      // Past the limit consume rejects with the limiter's state: logins are now blocked.
      if (!(e instanceof RateLimiterRes)) throw e;
    }
  }
}
