/** The caches that charge a worker's budget. */
export const CACHE_KINDS = ['datasets', 'features', 'sessions'] as const;
export type CacheKind = (typeof CACHE_KINDS)[number];

/** A budget's current use, for reports (the System page reads a worker's). */
export interface CacheUse {
  readonly limitBytes: number;
  readonly totalBytes: number;
  readonly bytes: Readonly<Record<CacheKind, number>>;
  readonly entries: number;
  /** Entries dropped to stay under the limit since the budget was made. */
  readonly evictions: number;
  /** Entries refused because alone they were larger than the limit. */
  readonly refused: number;
}

interface Charge {
  readonly kind: CacheKind;
  readonly bytes: number;
  readonly evict: () => void;
}

/**
 * One byte budget shared by several caches: each charges its entries with a size, touching an
 * entry makes it the most recently used, and when the total passes the limit the least recently
 * used entries of any cache are evicted through their own callbacks. A Map keeps insertion
 * order, so it is the whole LRU list (lru-cache would do for one cache; here the ledger is
 * shared and each entry needs its owner's callback, which a Map says as plainly).
 *
 * An eviction callback only drops the cache's reference: a caller that holds the value (a
 * running trial's dataset, features, session) keeps using it, and it is freed when let go.
 */
export class ByteBudget {
  private readonly charges = new Map<string, Charge>();
  private readonly byKind: Record<CacheKind, number> = { datasets: 0, features: 0, sessions: 0 };
  private total = 0;
  private evictions = 0;
  private refused = 0;

  private limit: number;

  constructor(limitBytes: number) {
    this.limit = checkedLimit(limitBytes);
  }

  get limitBytes(): number {
    return this.limit;
  }

  /** A new limit; entries over it are evicted at once (least recently used first). */
  setLimit(limitBytes: number): void {
    this.limit = checkedLimit(limitBytes);
    this.evictOver();
  }

  /**
   * Charge an entry (replacing its earlier charge) as the most recently used, then evict the
   * least recently used entries until the total fits. An entry larger than the whole limit is
   * not admitted: false, and the cache must not keep it (its caller still gets the value).
   */
  charge(kind: CacheKind, key: string, bytes: number, evict: () => void): boolean {
    this.release(kind, key);
    if (bytes > this.limit) {
      this.refused++;
      return false;
    }
    this.charges.set(id(kind, key), { kind, bytes, evict });
    this.add(kind, bytes);
    this.evictOver();
    return true;
  }

  /** Evict the least recently used entries until the total fits. */
  private evictOver(): void {
    for (const [k, c] of this.charges) {
      if (this.total <= this.limit) break;
      // Out of the ledger first: the callback may call release(), which must then be a no-op.
      this.charges.delete(k);
      this.add(c.kind, -c.bytes);
      this.evictions++;
      c.evict();
    }
  }

  /** Mark an entry used now; false when it is not charged (never was, or evicted). */
  touch(kind: CacheKind, key: string): boolean {
    const k = id(kind, key);
    const c = this.charges.get(k);
    if (!c) return false;
    this.charges.delete(k);
    this.charges.set(k, c);
    return true;
  }

  has(kind: CacheKind, key: string): boolean {
    return this.charges.has(id(kind, key));
  }

  /** The cache dropped the entry itself: forget its charge (no callback). */
  release(kind: CacheKind, key: string): void {
    const k = id(kind, key);
    const c = this.charges.get(k);
    if (!c) return;
    this.charges.delete(k);
    this.add(kind, -c.bytes);
  }

  use(): CacheUse {
    return { limitBytes: this.limit, totalBytes: this.total, bytes: { ...this.byKind }, entries: this.charges.size, evictions: this.evictions, refused: this.refused };
  }

  private add(kind: CacheKind, bytes: number): void {
    this.byKind[kind] += bytes;
    this.total += bytes;
  }
}

function checkedLimit(bytes: number): number {
  if (!(bytes >= 0)) throw new RangeError(`byte budget: the limit must be a number >= 0, got ${bytes}`);
  return bytes;
}

const id = (kind: CacheKind, key: string): string => `${kind}\u0000${key}`;

/**
 * The budget of this process's caches (the process-wide session cache, an engine's sessions
 * and features, a worker's datasets). Unbounded until the process sets its limit: a trial
 * worker does at start, from TRANSFERLAB_WORKER_CACHE_MB.
 */
export const processCacheBudget = new ByteBudget(Number.POSITIVE_INFINITY);
