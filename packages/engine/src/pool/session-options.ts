import type { InferenceSession } from 'onnxruntime-node';
import { resolveProviders } from '../providers';
import { ortSessionOptions } from '../runtime/session-options';
import type { WorkerConfig } from './protocol';

/**
 * ONNX Runtime session options from the worker's configuration: the resolved provider and a
 * fixed intra-op thread count so that N workers x threads stays within the machine (built by
 * ortSessionOptions, like every session of the engine).
 */
export function sessionOptions(config: WorkerConfig, binDir?: string): InferenceSession.SessionOptions {
  const { active } = resolveProviders(config.executionProvider, binDir === undefined ? {} : { binDir });
  return ortSessionOptions({ provider: active, intraOpNumThreads: config.threads, interOpNumThreads: 1 });
}
