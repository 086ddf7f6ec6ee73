// Entry of the bench's pool workers: the bench's transfer trial jobs, then the server's job
// host entry (every server job, then the engine's worker loop).
import './register-bench-job';
import '../../src/job-host-main';
