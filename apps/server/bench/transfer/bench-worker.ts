// Entry of the bench's pool workers: the transfer trial job, then the engine's worker loop
// (as the server's trial workers do). Import order matters: registration first.
import './register-bench-job';
import '@transferlab/engine/dist/pool/worker-main';
