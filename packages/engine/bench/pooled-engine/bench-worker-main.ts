// Entry of the pool-overhead bench's workers: the engine's production jobs plus PooledEngine's
// 'engine-call' job, which only this bench uses.
import { runPoolWorker } from '../../src/pool/worker-loop';
import { registerEngineJobs } from './engine-jobs';

registerEngineJobs();
runPoolWorker();
