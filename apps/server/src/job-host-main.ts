// Entry of the job host's worker processes (the local driver's trial pool and the data
// worker): every feature's jobs, then the engine's worker loop. Like main.ts, a composition
// root that no folder imports: the features' jobs import the host (job-host/), the host
// imports no feature, and DataWorker and LocalTrialQueue start this file by its path
// (jobHostEntry). Production workers do not know the engine pool's test jobs.
import { onWorkerIdle, runPoolWorker } from '@transferlab/engine';
import { registerCatalogJobs } from './catalog/jobs/catalog-jobs';
import { registerDatasetBundleJob } from './job-host/dataset-bundle-job';
import { registerResourcesJob } from './job-host/resources-job';
import { registerTrialsJob } from './job-host/trials-job';
import { registerWorkerCacheJob } from './job-host/worker-caches';
import { releaseWorkerDatasets } from './job-host/worker-datasets';
import { resetWorkerEngines } from './job-host/worker-engine';
import { registerModelJobs } from './models/jobs/model-jobs';

// The cache budget (TRANSFERLAB_WORKER_CACHE_MB) comes with the pool's init message (WorkerConfig.cacheMb):
// the configuration of the process that made the pool, not this process's environment.
registerTrialsJob();
registerResourcesJob();
registerCatalogJobs();
registerModelJobs();
registerDatasetBundleJob();
registerWorkerCacheJob();
// Over its recycle threshold after a job, or idle (TRANSFERLAB_WORKER_IDLE_RELEASE_S), a worker drops its engines (sessions, cached features) and datasets.
onWorkerIdle(resetWorkerEngines);
onWorkerIdle(releaseWorkerDatasets);
runPoolWorker();
