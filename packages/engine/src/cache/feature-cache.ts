import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ByteBudget } from './byte-budget';
import { featureKeyHash, type FeatureKey } from './feature-key';
import { CorruptFeatureFileError, readFeatureFile, writeFeatureFile, type Features } from './feature-file';

export interface FeatureCacheOptions {
  /**
   * The budget the in-memory copies charge (bytes of feature data), shared with other caches
   * (a trial worker's datasets and sessions); evicted copies are read again from disk.
   */
  readonly budget?: ByteBudget;
  /** Without a shared budget: a bound of this cache's own on the in-memory copies, in bytes. */
  readonly maxMemoryBytes?: number;
  /** Folder for the on-disk copies; none: memory only. */
  readonly dir?: string;
}

export interface FeatureCacheStats {
  memoryHits: number;
  diskHits: number;
  misses: number;
  /** Disk files that failed verification and were discarded. */
  corrupt: number;
}

let instances = 0;

/**
 * Features of a frozen model prefix, keyed by content hashes of everything that
 * determines them. Memory is an LRU bounded by bytes (a budget, shared or its own); disk
 * keeps every entry. Concurrent requests for one key share a single computation.
 */
export class FeatureCache {
  private readonly memory = new Map<string, Features>();
  private memoryBytes = 0;
  private readonly pending = new Map<string, Promise<Features>>();
  private readonly budget: ByteBudget;
  /** Scopes this cache's keys in a shared budget. */
  private readonly scope = `feature-cache-${++instances}:`;
  readonly stats: FeatureCacheStats = { memoryHits: 0, diskHits: 0, misses: 0, corrupt: 0 };

  constructor(private readonly options: FeatureCacheOptions) {
    if (!options.budget && options.maxMemoryBytes === undefined) throw new Error('FeatureCache needs a budget or maxMemoryBytes');
    this.budget = options.budget ?? new ByteBudget(options.maxMemoryBytes ?? 0);
  }

  /** Path of a key's file (for reports and tests). */
  pathFor(key: FeatureKey): string | undefined {
    return this.options.dir ? join(this.options.dir, `${featureKeyHash(key)}.feat`) : undefined;
  }

  get bytesInMemory(): number {
    return this.memoryBytes;
  }

  async get(key: FeatureKey): Promise<Features | undefined> {
    const hash = featureKeyHash(key);
    const m = this.memory.get(hash);
    if (m) {
      this.budget.touch('features', this.scope + hash);
      this.stats.memoryHits++;
      return m;
    }
    const path = this.pathFor(key);
    if (!path) return undefined;
    try {
      const f = await readFeatureFile(path, hash);
      if (f) {
        this.stats.diskHits++;
        this.remember(hash, f);
      }
      return f;
    } catch (e) {
      if (!(e instanceof CorruptFeatureFileError)) throw e;
      // A torn or tampered file is a miss: remove it so the recomputed copy replaces it.
      this.stats.corrupt++;
      await rm(path, { force: true });
      return undefined;
    }
  }

  async set(key: FeatureKey, f: Features): Promise<void> {
    const hash = featureKeyHash(key);
    this.remember(hash, f);
    const path = this.pathFor(key);
    if (path) await writeFeatureFile(path, hash, f);
  }

  /** The cached features, or compute them once (even when asked concurrently) and store them. */
  async getOrCompute(key: FeatureKey, compute: () => Promise<Features>): Promise<Features> {
    const hash = featureKeyHash(key);
    const running = this.pending.get(hash);
    if (running) return running;
    const p = (async () => {
      const hit = await this.get(key);
      if (hit) return hit;
      this.stats.misses++;
      const f = await compute();
      await this.set(key, f);
      return f;
    })();
    this.pending.set(hash, p);
    try {
      return await p;
    } finally {
      this.pending.delete(hash);
    }
  }

  /** Drops the in-memory copies (the disk tier stays) and their charges. */
  clearMemory(): void {
    for (const hash of this.memory.keys()) this.budget.release('features', this.scope + hash);
    this.memory.clear();
    this.memoryBytes = 0;
  }

  private remember(hash: string, f: Features): void {
    const size = f.data.byteLength;
    this.forget(hash);
    this.memory.set(hash, f);
    this.memoryBytes += size;
    // Not admitted (larger than the whole budget): not kept in memory; the caller has it.
    if (!this.budget.charge('features', this.scope + hash, size, () => this.forget(hash))) this.forget(hash);
  }

  /** Drops one in-memory copy (an eviction, or before it is replaced). */
  private forget(hash: string): void {
    const old = this.memory.get(hash);
    if (!old) return;
    this.memory.delete(hash);
    this.memoryBytes -= old.data.byteLength;
  }
}
