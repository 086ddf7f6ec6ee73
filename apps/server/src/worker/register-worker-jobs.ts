import { registerCatalogJobs } from '../catalog/worker/catalog-jobs';
import { registerResourcesJob } from './resources-job';
import { registerTrialJob } from './trial-job';

registerTrialJob();
registerResourcesJob();
registerCatalogJobs();
