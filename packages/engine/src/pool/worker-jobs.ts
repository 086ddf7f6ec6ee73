import { registerEngineJobs } from './engine-jobs';
import { registerRunModelJob } from './run-model-job';
import { registerPoolTestJobs } from './test-jobs';

/** Every job a pool worker knows. Add a feature's jobs here: one import, one call. */
export function registerWorkerJobs(): void {
  registerPoolTestJobs();
  registerRunModelJob();
  registerEngineJobs();
}
