export * from './protocol';
export * from './pool-errors';
export * from './job-registry';
export * from './worker-entry';
export * from './worker-pool';
export * from './session-options';
export type { RunModelPayload, RunModelResult, WireTensor, WireTensorData } from './run-model-job';
export * from './pooled-engine';
export type { EngineCall, PooledModelRef } from './engine-jobs';
