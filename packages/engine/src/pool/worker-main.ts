// The engine's own pool worker entry (WorkerPool's default): its production jobs and the loop.
import { runPoolWorker } from './worker-loop';

runPoolWorker();
