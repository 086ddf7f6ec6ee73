import { InferenceSession } from 'onnxruntime-node';

/** An execution provider sessions can be created with ('auto' is resolved before, see resolveProviders). */
export type ActiveProvider = 'cpu' | 'cuda' | 'webgpu';

/** How the engine creates ONNX Runtime sessions: one shape for every caller (engine, caches, trainers, workers). */
export interface SessionOptions {
  /** The resolved provider (default 'cpu'). */
  readonly provider?: ActiveProvider;
  /** Threads inside one op (0 or absent: ONNX Runtime's default, all cores). */
  readonly intraOpNumThreads?: number;
  readonly interOpNumThreads?: number;
}

/**
 * The one place that turns a provider and thread counts into ONNX Runtime's session options:
 * a GPU provider lists CPU after it (ONNX Runtime places the nodes the GPU provider lacks on
 * CPU), full graph optimisation, sequential execution (our graphs are chains; a parallel
 * executor would oversubscribe the cores a worker is given).
 */
export function ortSessionOptions(o: SessionOptions = {}): InferenceSession.SessionOptions {
  const provider = o.provider ?? 'cpu';
  return {
    executionProviders: provider === 'cpu' ? ['cpu'] : [provider, 'cpu'],
    graphOptimizationLevel: 'all',
    executionMode: 'sequential',
    ...(o.intraOpNumThreads ? { intraOpNumThreads: o.intraOpNumThreads } : {}),
    ...(o.interOpNumThreads ? { interOpNumThreads: o.interOpNumThreads } : {}),
  };
}

/** A session for these model bytes with ortSessionOptions(o). */
export function createSession(bytes: Uint8Array, o: SessionOptions = {}): Promise<InferenceSession> {
  return InferenceSession.create(bytes, ortSessionOptions(o));
}
