// Entry of the bench's pool workers: the server's own jobs and the bench's transfer trial
// job, then the engine's worker loop. Import order matters: registration first.
import '../../src/worker/register-worker-jobs';
import './register-bench-job';
import '@transferlab/engine/dist/pool/worker-main';
