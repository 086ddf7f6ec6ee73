import type { InferenceSession } from 'onnxruntime-node';
import { resolveProviders } from '../providers';
import type { WorkerConfig } from './protocol';

/**
 * ONNX Runtime session options from the worker's configuration: the resolved provider
 * (cuda falls back to cpu for nodes it lacks), and a fixed intra-op thread count so that
 * N workers x threads stays within the machine; inter-op parallelism is off (sequential
 * execution) because our graphs are chains and a second pool would oversubscribe cores.
 */
export function sessionOptions(config: WorkerConfig, binDir?: string): InferenceSession.SessionOptions {
  const { active } = resolveProviders(config.executionProvider, binDir);
  return {
    executionProviders: active === 'cuda' ? ['cuda', 'cpu'] : ['cpu'],
    intraOpNumThreads: config.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  };
}
