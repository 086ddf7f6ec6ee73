// Entry of the pool's test workers: the production jobs plus the pool's own test jobs
// (crash, exit, throw, sleep, ...), which production workers never register.
import { registerPoolTestJobs } from './test-jobs';
import { registerMemoryTestJobs } from './test-jobs-memory';
import { runPoolWorker } from './worker-loop';

registerPoolTestJobs();
registerMemoryTestJobs();
runPoolWorker();
