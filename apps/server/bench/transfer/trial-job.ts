import { registerJob, type JobContext } from '@transferlab/engine';
import { transfer } from '@transferlab/plugins-analyses';
import { hostJob } from '../../src/job-host/plugin-host';
import type { ModelDescriptor } from '../../src/job-host/model-descriptor';
import type { WorkerBase } from '../../src/job-host/worker-payload';

export const BENCH_TRIAL_JOB = 'transferlab.bench.transfer-trial';

/** One transfer trial, hosted exactly as the server's trial job hosts it. */
export interface BenchTrialPayload extends WorkerBase {
  readonly config: Readonly<Record<string, unknown>>;
  readonly models: readonly ModelDescriptor[];
  /** false: the frozen-prefix feature cache is off (the mode the bench compares against). */
  readonly featureCache: boolean;
}

export interface BenchTrialResult {
  readonly testAccuracy: number;
  readonly seconds: number;
  /** CPU time of this worker process during the trial (all its threads), seconds. */
  readonly cpuSeconds: number;
}

export async function runBenchTrial(payload: unknown, job: JobContext): Promise<BenchTrialResult> {
  const p = payload as BenchTrialPayload;
  const cpu = process.cpuUsage();
  const { context } = await hostJob(p, job, p.models, { featureCache: p.featureCache });
  const r = await transfer.run({ config: p.config }, context);
  const used = process.cpuUsage(cpu);
  return { testAccuracy: r.metrics.testAccuracy!, seconds: r.metrics.seconds!, cpuSeconds: (used.user + used.system) / 1e6 };
}

export const BENCH_GROUP_JOB = 'transferlab.bench.transfer-group';

/** Trials of one group key, run as one job (transfer.runGroup: stacked heads at depth 0). */
export interface BenchGroupPayload extends Omit<BenchTrialPayload, 'config'> {
  readonly configs: readonly Readonly<Record<string, unknown>>[];
}

export async function runBenchGroup(payload: unknown, job: JobContext): Promise<BenchTrialResult[]> {
  const p = payload as BenchGroupPayload;
  const cpu = process.cpuUsage();
  const { context } = await hostJob(p, job, p.models, { featureCache: p.featureCache });
  const rs = await transfer.runGroup!(p.configs.map((config) => ({ config })), context);
  const used = process.cpuUsage(cpu);
  // The group's CPU time, shared equally (summed over the group it is the job's).
  const cpuSeconds = (used.user + used.system) / 1e6 / rs.length;
  return rs.map((r) => ({ testAccuracy: r.metrics.testAccuracy!, seconds: r.metrics.seconds!, cpuSeconds }));
}

export const BENCH_WARM_JOB = 'transferlab.bench.warm-up';

export interface BenchWarmPayload extends Omit<BenchTrialPayload, 'config'> {
  readonly targets: readonly string[];
  /** Keeps the worker busy so that each of the pool's workers takes one warm-up job. */
  readonly holdMs: number;
}

/** Start-up before the clock: the worker is up (tsx, ONNX Runtime) and has the targets decoded. */
async function warmUp(payload: unknown, job: JobContext): Promise<number> {
  const p = payload as BenchWarmPayload;
  const { context } = await hostJob(p, job, p.models, { featureCache: p.featureCache });
  for (const t of p.targets) await context.data.dataset(t);
  await new Promise((ok) => setTimeout(ok, p.holdMs));
  return process.pid;
}

export function registerBenchTrialJob(): void {
  registerJob(BENCH_TRIAL_JOB, runBenchTrial);
  registerJob(BENCH_GROUP_JOB, runBenchGroup);
  registerJob(BENCH_WARM_JOB, warmUp);
}
