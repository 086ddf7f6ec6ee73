import { registerCatalogJobs } from '../catalog/worker/catalog-jobs';
import { registerModelJobs } from '../models/worker/model-jobs';
import { registerDatasetBundleJob } from './dataset-bundle-job';
import { registerResourcesJob } from './resources-job';
import { registerTrialGroupJob } from './trial-group-job';
import { registerTrialJob } from './trial-job';

registerTrialJob();
registerTrialGroupJob();
registerResourcesJob();
registerCatalogJobs();
registerModelJobs();
registerDatasetBundleJob();
