import { registerBenchTrialJob } from './trial-job';

registerBenchTrialJob();
