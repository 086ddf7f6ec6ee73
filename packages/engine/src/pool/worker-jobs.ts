import { registerRunModelJob } from './run-model-job';

/**
 * Every job a production pool worker knows. Add a feature's jobs here: one import, one call.
 * The pool's own test jobs (crash, exit, throw, ...) live in the test worker entry only.
 */
export function registerWorkerJobs(): void {
  registerRunModelJob();
}
