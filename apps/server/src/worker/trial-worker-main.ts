// Entry of the server's pool workers: the trial job, then the engine's worker loop (which
// registers the engine's own jobs and serves). Import order matters: registration first.
import './register-worker-jobs';
import '@transferlab/engine/dist/pool/worker-main';
