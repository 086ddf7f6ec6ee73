import { Redis } from 'ioredis';

/** host:port of a Redis URL, for messages (a password in the URL stays out of logs). */
export function redisWhere(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '6379'}`;
  } catch {
    return '(unparsable URL)';
  }
}

/**
 * A client for BullMQ: commands wait through a Redis restart instead of failing
 * (maxRetriesPerRequest null, which BullMQ's workers require).
 */
export function redisClient(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/** Fails fast, naming the variable, when Redis cannot be reached (instead of retrying forever at boot). */
export async function checkRedis(url: string, timeoutMs = 5000): Promise<void> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: timeoutMs });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    throw new Error(`cannot reach Redis at ${redisWhere(url)} (TRANSFERLAB_REDIS_URL): ${e instanceof Error ? e.message || e.name : String(e)}`);
  } finally {
    probe.disconnect();
  }
}
