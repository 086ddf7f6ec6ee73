import type { PoolMemoryInfo } from '@transferlab/engine';

/** One engine process of a worker, as announced and listed: its memory as last known. */
export interface WorkerProcessRecord {
  readonly pid: number;
  /** Resident set size in bytes; null before anything was measured. */
  readonly rssBytes: number | null;
  readonly heapUsedBytes: number | null;
  /** Bytes held by the process's byte-budgeted caches; null where not reported. */
  readonly cacheBytes: number | null;
  readonly busy: boolean;
  readonly startedAt: string;
  readonly reportedAt: string | null;
}

/** A worker's memory picture: its engine processes, the recycle threshold and the recycles so far. */
export interface WorkerMemoryRecord {
  readonly processes: readonly WorkerProcessRecord[];
  readonly recycleThresholdMb: number | null;
  readonly memoryRecycles: number;
}

/** Most engine processes listed per worker (a worker has one per slot; a record from Redis is not trusted to be small). */
export const MAX_LISTED_PROCESSES = 256;

/** The pool's memory report as a worker announces it (and the server lists its own). */
export function workerMemoryRecord(info: PoolMemoryInfo): WorkerMemoryRecord {
  return {
    processes: info.workers
      .filter((w): w is typeof w & { pid: number } => w.pid !== undefined)
      .map((w) => ({
        pid: w.pid,
        rssBytes: w.memory?.rssBytes ?? null,
        heapUsedBytes: w.memory?.heapUsedBytes ?? null,
        cacheBytes: w.memory?.cacheBytes ?? null,
        busy: w.job !== undefined,
        startedAt: w.startedAt,
        reportedAt: w.reportedAt ?? null,
      })),
    recycleThresholdMb: info.recycleRssMb ?? null,
    memoryRecycles: info.recycles,
  };
}

const bytes = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);
const text = (v: unknown): string | null => (typeof v === 'string' && v.length <= 64 ? v : null);
const int = (v: unknown): number | null => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : null);

/**
 * A memory record read back from Redis, checked field by field (anyone who can write to Redis
 * can write an announcement): malformed processes are left out, the list capped; a worker
 * command that announces no memory (an older version) gets an empty one.
 */
export function readWorkerMemory(raw: unknown): WorkerMemoryRecord {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const processes = (Array.isArray(r.processes) ? (r.processes as unknown[]) : []).slice(0, MAX_LISTED_PROCESSES).flatMap((p): WorkerProcessRecord[] => {
    const q = (typeof p === 'object' && p !== null ? p : {}) as Record<string, unknown>;
    const pid = int(q.pid);
    const startedAt = text(q.startedAt);
    if (pid === null || startedAt === null) return [];
    return [{ pid, rssBytes: bytes(q.rssBytes), heapUsedBytes: bytes(q.heapUsedBytes), cacheBytes: bytes(q.cacheBytes), busy: q.busy === true, startedAt, reportedAt: text(q.reportedAt) }];
  });
  return { processes, recycleThresholdMb: int(r.recycleThresholdMb), memoryRecycles: int(r.memoryRecycles) ?? 0 };
}
