import { registerModelImportJob } from './import-job';
import { registerModelSyncJob } from './sync-job';

/** The models feature's data-worker jobs: import (validate and inspect an upload) and sync (config entries and plugin models). */
export function registerModelJobs(): void {
  registerModelImportJob();
  registerModelSyncJob();
}
