import { registerTrialJob } from './trial-job';

registerTrialJob();
