import { createHash } from 'node:crypto';
import type { InferenceSession } from 'onnxruntime-node';
import { processCacheBudget, type ByteBudget } from '../cache/byte-budget';
import { createSession, type SessionOptions } from './session-options';

export { createSession, ortSessionOptions, type ActiveProvider, type SessionOptions } from './session-options';

export function modelHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * What a CPU session holds resident, estimated from its model's bytes: measured once with the
 * RSS around InferenceSession.create plus one run (onnxruntime-node 1.29, one thread, after a
 * first session had set up ONNX Runtime): zoo ResNet-8 (0.31 MB, 28x28) +0.9 MB created, +3 MB
 * after a batch of 16, +14 MB after 128; torchvision ResNet-18 (44.6 MB, 224x224, batch 8) +140
 * MB created, +177 MB run (4.0x); ResNet-50 (97 MB) +147 / +168 MB (1.7x). So 3x the model plus
 * 8 MiB of activations: a little over for the zoo's batches and ResNet-18, 2x over for ResNet-50.
 */
export const SESSION_BYTES_PER_MODEL_BYTE = 3;
export const SESSION_FIXED_BYTES = 8 * 2 ** 20;

export function sessionBytesEstimate(modelBytes: number): number {
  return modelBytes * SESSION_BYTES_PER_MODEL_BYTE + SESSION_FIXED_BYTES;
}

/** Sessions evicted from a cache, released between jobs (see releaseEvictedSessions). */
const parked: WeakRef<InferenceSession>[] = [];

/** An evicted session is only dropped: a running call may still be using it (see releaseEvictedSessions). */
export function parkEvictedSession(session: Promise<InferenceSession>): void {
  session.then((s) => parked.push(new WeakRef(s))).catch(() => undefined);
}

/**
 * Releases the native memory of the evicted sessions still alive. Only safe when no call is
 * running: a pool worker calls it after each job (jobs run one at a time). Elsewhere the
 * evicted sessions are freed when garbage collection reclaims them. Returns how many.
 */
export async function releaseEvictedSessions(): Promise<number> {
  const alive = parked.splice(0).map((r) => r.deref()).filter((s) => s !== undefined);
  await Promise.all(alive.map((s) => s.release().catch(() => undefined)));
  return alive.length;
}

let instances = 0;

/**
 * ONNX Runtime sessions cached by the sha256 of the model bytes, the execution provider
 * and the thread settings: creating a session (graph optimisation) costs far more than a
 * hash, and derived graphs are rebuilt identically by every caller. Each session charges a
 * byte budget (sessionBytesEstimate; by default this process's, shared with the other caches)
 * and is evicted least recently used first, as is any beyond `maxEntries`. A session larger
 * than the whole budget is not cached; its caller keeps what it was given.
 */
export class SessionCache {
  private readonly sessions = new Map<string, Promise<InferenceSession>>();
  /** The sessions evicted from this cache (a holder asks with refresh() and gets a new one). */
  private readonly evicted = new WeakSet<Promise<InferenceSession>>();
  private readonly keys = new WeakMap<Promise<InferenceSession>, string>();
  /** Scopes this cache's keys in a shared budget. */
  private readonly scope = `session-cache-${++instances}:`;

  constructor(
    private readonly maxEntries = 32,
    private readonly budget: ByteBudget = processCacheBudget,
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  get(bytes: Uint8Array, options: SessionOptions = {}): Promise<InferenceSession> {
    const provider = options.provider ?? 'cpu';
    const key = `${modelHash(bytes)}|${provider}|${options.intraOpNumThreads ?? 0}|${options.interOpNumThreads ?? 0}`;
    const hit = this.sessions.get(key);
    if (hit) {
      this.refresh(hit);
      return hit;
    }
    const created = createSession(bytes, options);
    // A failed creation must not stay cached.
    created.catch(() => this.drop(key, created));
    this.sessions.set(key, created);
    this.keys.set(created, key);
    if (!this.budget.charge('sessions', this.scope + key, sessionBytesEstimate(bytes.byteLength), () => this.evict(key))) this.sessions.delete(key);
    while (this.sessions.size > this.maxEntries) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.budget.release('sessions', this.scope + oldest);
      this.evict(oldest);
    }
    return created;
  }

  /**
   * Marks a session from get() used now (a holder that keeps one calls this on each use, so
   * recency is real). False when this cache evicted it: get a new one, do not start new calls on it.
   */
  refresh(session: Promise<InferenceSession>): boolean {
    if (this.evicted.has(session)) return false;
    const key = this.keys.get(session);
    if (key === undefined || this.sessions.get(key) !== session) return true;
    this.budget.touch('sessions', this.scope + key);
    this.sessions.delete(key);
    this.sessions.set(key, session);
    return true;
  }

  async clear(): Promise<void> {
    const all = [...this.sessions.entries()];
    this.sessions.clear();
    for (const [key, p] of all) {
      this.budget.release('sessions', this.scope + key);
      this.evicted.add(p);
    }
    await Promise.all(all.map(([, p]) => p.then((s) => s.release()).catch(() => undefined)));
  }

  /** Dropped, not released: a caller may still be running it (see releaseEvictedSessions). */
  private evict(key: string): void {
    const p = this.sessions.get(key);
    if (!p) return;
    this.sessions.delete(key);
    this.evicted.add(p);
    parkEvictedSession(p);
  }

  private drop(key: string, p: Promise<InferenceSession>): void {
    if (this.sessions.get(key) !== p) return;
    this.sessions.delete(key);
    this.budget.release('sessions', this.scope + key);
  }
}

/** The process-wide cache. */
export const sessionCache = new SessionCache();
