import type { Redis } from 'ioredis';
import type { WorkerMemoryRecord } from './worker-memory-record';

/** Redis key prefix of worker announcements; each key expires unless its worker refreshes it. */
export const LIVE_WORKER_PREFIX = 'transferlab:worker:';
/** A worker refreshes its announcement this often ... */
export const HEARTBEAT_MS = 5000;
/** ... and it expires after this long without one (a worker gone quietly drops off the list). */
export const HEARTBEAT_TTL_MS = 15_000;
/** Most workers the System page lists. */
export const MAX_LISTED_WORKERS = 500;

/** What a worker command announces about itself. */
export interface LiveWorkerRecord {
  readonly id: string;
  readonly host: string;
  readonly pid: number;
  /** The configured execution provider, then the one its last trial actually ran on. */
  readonly provider: string;
  readonly threads: number;
  /** Trials it runs at once. */
  readonly slots: number;
  readonly startedAt: string;
  readonly lastSeen: string;
  readonly completed: number;
  readonly trials: readonly { readonly runId: string; readonly trialKey: string }[];
  /** Its engine processes' memory, recycle threshold and recycles; absent from older worker commands. */
  readonly memory?: WorkerMemoryRecord;
}

/** The announcements now in Redis (at most `limit`; expired ones are gone), in no particular order. */
export async function readLiveWorkerRecords(redis: Redis, limit: number): Promise<LiveWorkerRecord[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${LIVE_WORKER_PREFIX}*`, 'COUNT', 200);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0' && keys.length < limit);
  if (keys.length === 0) return [];
  const values = await redis.mget(keys.slice(0, limit));
  return values.filter((v): v is string => v !== null).map((v) => JSON.parse(v) as LiveWorkerRecord);
}
