export * from './protocol';
export * from './pool-errors';
export * from './job-registry';
export * from './worker-entry';
export { runPoolWorker } from './worker-loop';
export { onWorkerIdle } from './worker-idle';
export * from './worker-pool';
export * from './session-options';
export type { RunModelPayload, RunModelResult, WireTensor, WireTensorData } from './run-model-job';
