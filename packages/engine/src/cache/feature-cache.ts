import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { featureKeyHash, type FeatureKey } from './feature-key';
import { CorruptFeatureFileError, readFeatureFile, writeFeatureFile, type Features } from './feature-file';

export interface FeatureCacheOptions {
  /** Bound on the in-memory copies, in bytes of feature data. */
  readonly maxMemoryBytes: number;
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

/**
 * Features of a frozen model prefix, keyed by content hashes of everything that
 * determines them. Memory is an LRU bounded by bytes; disk keeps every entry. Concurrent
 * requests for one key share a single computation.
 */
export class FeatureCache {
  private readonly memory = new Map<string, Features>();
  private memoryBytes = 0;
  private readonly pending = new Map<string, Promise<Features>>();
  readonly stats: FeatureCacheStats = { memoryHits: 0, diskHits: 0, misses: 0, corrupt: 0 };

  constructor(private readonly options: FeatureCacheOptions) {}

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
      this.touch(hash, m);
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

  private touch(hash: string, f: Features): void {
    this.memory.delete(hash);
    this.memory.set(hash, f);
  }

  private remember(hash: string, f: Features): void {
    const size = f.data.byteLength;
    const old = this.memory.get(hash);
    if (old) {
      this.memory.delete(hash);
      this.memoryBytes -= old.data.byteLength;
    }
    if (size > this.options.maxMemoryBytes) return;
    this.memory.set(hash, f);
    this.memoryBytes += size;
    // Map iteration order is insertion order: the first key is the least recently used.
    for (const [k, v] of this.memory) {
      if (this.memoryBytes <= this.options.maxMemoryBytes) break;
      this.memory.delete(k);
      this.memoryBytes -= v.data.byteLength;
    }
  }
}
