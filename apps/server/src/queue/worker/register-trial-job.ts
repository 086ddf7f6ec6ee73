import { registerCatalogJobs } from '../../catalog/worker/catalog-jobs';
import { registerChecksumsJob } from './checksums-job';
import { registerTrialJob } from './trial-job';

registerTrialJob();
registerChecksumsJob();
registerCatalogJobs();
