import { registerChecksumsJob } from './checksums-job';
import { registerTrialJob } from './trial-job';

registerTrialJob();
registerChecksumsJob();
