import { createHash } from 'node:crypto';
import type { InferenceSession } from 'onnxruntime-node';
import { createSession, type SessionOptions } from './session-options';

export { createSession, ortSessionOptions, type ActiveProvider, type SessionOptions } from './session-options';

export function modelHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * ONNX Runtime sessions cached by the sha256 of the model bytes, the execution provider
 * and the thread settings: creating a session (graph optimisation) costs far more than a
 * hash, and derived graphs are rebuilt identically by every caller.
 */
export class SessionCache {
  private readonly sessions = new Map<string, Promise<InferenceSession>>();

  constructor(private readonly maxEntries = 32) {}

  get size(): number {
    return this.sessions.size;
  }

  get(bytes: Uint8Array, options: SessionOptions = {}): Promise<InferenceSession> {
    const provider = options.provider ?? 'cpu';
    const key = `${modelHash(bytes)}|${provider}|${options.intraOpNumThreads ?? 0}|${options.interOpNumThreads ?? 0}`;
    const hit = this.sessions.get(key);
    if (hit) {
      // Refresh recency for the LRU eviction below.
      this.sessions.delete(key);
      this.sessions.set(key, hit);
      return hit;
    }
    const created = createSession(bytes, options);
    // A failed creation must not stay cached.
    created.catch(() => this.sessions.delete(key));
    this.sessions.set(key, created);
    while (this.sessions.size > this.maxEntries) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      // Dropped, not released: a caller may still be running it; the native session is freed on GC.
      this.sessions.delete(oldest);
    }
    return created;
  }

  async clear(): Promise<void> {
    const all = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.all(all.map((p) => p.then((s) => s.release()).catch(() => undefined)));
  }
}

/** The process-wide cache. */
export const sessionCache = new SessionCache();
