import { registerJob, type JobContext } from '@transferlab/engine';
import type { PluginContext } from '@transferlab/sdk';
import { transfer } from '../src/transfer/transfer';
import { trialContext } from './trial-context';

export const BENCH_TRIAL_JOB = 'transferlab.bench.transfer-trial';

export interface BenchTrialPayload {
  readonly config: Readonly<Record<string, unknown>>;
  readonly cacheDir: string;
  /** The feature cache's folder; none: the cache is off. */
  readonly featureDir?: string;
  readonly zooDir?: string;
}

export interface BenchTrialResult {
  readonly testAccuracy: number;
  readonly seconds: number;
  /** CPU time of this worker process during the trial (all its threads), seconds. */
  readonly cpuSeconds: number;
}

/** One context per cache mode and worker, so sessions, datasets and cached features outlive a trial (as in the server). */
const contexts = new Map<string, PluginContext>();

function contextFor(p: Omit<BenchTrialPayload, 'config'>, threads: number): PluginContext {
  const key = `${p.cacheDir}|${p.featureDir ?? '(off)'}|${p.zooDir ?? ''}`;
  let context = contexts.get(key);
  if (!context) {
    context = trialContext({
      threads,
      cacheDir: p.cacheDir,
      ...(p.featureDir !== undefined ? { featureDir: p.featureDir } : {}),
      ...(p.zooDir !== undefined ? { zooDir: p.zooDir } : {}),
    });
    contexts.set(key, context);
  }
  return context;
}

export async function runBenchTrial(payload: unknown, ctx: JobContext): Promise<BenchTrialResult> {
  const p = payload as BenchTrialPayload;
  const cpu = process.cpuUsage();
  const r = await transfer.run({ config: p.config }, contextFor(p, ctx.config.threads));
  const used = process.cpuUsage(cpu);
  return {
    testAccuracy: r.metrics.testAccuracy!,
    seconds: r.metrics.seconds!,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}

export const BENCH_WARM_JOB = 'transferlab.bench.warm-up';

export interface BenchWarmPayload extends Omit<BenchTrialPayload, 'config'> {
  readonly targets: readonly string[];
  /** Keeps the worker busy so that each of the pool's workers takes one warm-up job. */
  readonly holdMs: number;
}

/** Start-up before the clock: the worker is up (tsx, ONNX Runtime) and has the targets decoded. */
async function warmUp(payload: unknown, ctx: JobContext): Promise<number> {
  const p = payload as BenchWarmPayload;
  const context = contextFor(p, ctx.config.threads);
  for (const t of p.targets) await context.data.dataset(t);
  await new Promise((ok) => setTimeout(ok, p.holdMs));
  return process.pid;
}

export function registerBenchTrialJob(): void {
  registerJob(BENCH_TRIAL_JOB, runBenchTrial);
  registerJob(BENCH_WARM_JOB, warmUp);
}
