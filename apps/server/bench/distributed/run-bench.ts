import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { postgresDatabase, type TestDatabase } from '../../test/helpers/databases';
import { deploymentEnv, exited, freePort, startProcess, startRedis } from '../../test/helpers/processes';
import { START, waitForRun } from '../../test/helpers/runs';
import { postQuery } from '../../test/helpers/test-server';
import { MAIN_JS, writeReport } from '../compiled-server';
import { THROUGHPUT } from '../transfer/sweeps';

/**
 * The bullmq queue on this machine: trials/s of the depth-0 throughput sweep (natural zoo source
 * -> mnist, n = 200, 10 epochs) with 1, 2 and 3 worker commands of one trial process each (group
 * jobs, the default; and 2 commands with one job per trial, for what grouping gains), the
 * same sweep on the local driver with one worker process, the queue's overhead per trial
 * against it, and a projection (a projection, not a measurement) of the reference study's
 * 14,400 trials on k machines from the measured per-trial cost.
 *
 * Usage: tsx bench/distributed/run-bench.ts [--quick] [--trials N] [--out FILE]
 * Needs PostgreSQL (postgres://postgres@127.0.0.1:5432/test) and the redis-server binary.
 */
const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const QUICK = argv.includes('--quick');
// 400: grouped, 60 trials take about 3 s, too short to time against the status polling.
const TRIALS = Number(flag('--trials') ?? (QUICK ? 48 : 400));
const OUT = resolve(flag('--out') ?? join(__dirname, '..', '..', '..', '..', 'bench-results', 'distributed.json'));
const WORKER_JS = resolve(__dirname, '..', '..', 'dist', 'remote-workers', 'worker-main.js');
const TOKEN = 'distributed-bench-token-01';
const REFERENCE_TRIALS = 14_400;
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';

/** The sweep with `count` seeds from `first`: distinct seeds give distinct trial keys, so no run reuses another's jobs. */
const params = (first: number, count: number): Record<string, unknown> => ({
  sources: [NATURAL],
  targets: [THROUGHPUT.target],
  n: [THROUGHPUT.n],
  depths: [0],
  epochs: THROUGHPUT.epochs,
  seeds: Array.from({ length: count }, (_, i) => first + i),
});

interface Stack {
  readonly url: string;
  readonly db: TestDatabase;
  readonly children: ChildProcess[];
  readonly dirs: string[];
  startWorker(): Promise<ChildProcess>;
}

async function startStack(driver: 'local' | 'bullmq', redisPort: number, extra: Record<string, string> = {}): Promise<Stack> {
  const db = await postgresDatabase();
  const port = await freePort();
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  const env = (dir: string): NodeJS.ProcessEnv =>
    deploymentEnv({ driver, redisPort, databaseUrl: db.url, serverPort: port, apiToken: TOKEN, workerToken: TOKEN }, dir, extra);
  const dir = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'tl-bench-dist-'));
    dirs.push(d);
    return d;
  };
  children.push(await startProcess('server', process.execPath, [MAIN_JS], env(dir()), 'GraphQL API at'));
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    db,
    children,
    dirs,
    startWorker: async () => {
      const w = await startProcess('worker', process.execPath, [WORKER_JS], env(dir()), 'trial process');
      children.push(w);
      return w;
    },
  };
}

async function stopStack(s: Stack): Promise<void> {
  for (const c of s.children) c.kill('SIGKILL');
  await Promise.all(s.children.map(exited));
  await s.db.drop();
  for (const d of s.dirs) rmSync(d, { recursive: true, force: true });
}

/** Wall seconds of one run from startRun to COMPLETED, and the trials' own compute seconds (their `seconds` metric). */
async function timedRun(s: Stack, first: number, count: number): Promise<{ wallS: number; computeS: number }> {
  const t0 = performance.now();
  const { body } = await postQuery<{ startRun: { id: string } }>(s.url, START, { input: { analysis: 'transfer', params: params(first, count) } }, TOKEN);
  if (!body.data) throw new Error(`startRun failed: ${JSON.stringify(body.errors)}`);
  const run = await waitForRun(s.url, body.data.startRun.id, 1_800_000);
  const wallS = (performance.now() - t0) / 1000;
  if (run.status !== 'COMPLETED' || run.completedCount !== count) throw new Error(`run ended ${run.status} with ${run.completedCount}/${count}: ${run.error}`);
  const pg = await new DataSource({ type: 'postgres', url: s.db.url }).initialize();
  const rows = await pg.query<{ metrics: string }[]>('SELECT metrics FROM result WHERE run_id = $1', [body.data.startRun.id]);
  await pg.destroy();
  const computeS = rows.reduce((a, r) => a + ((JSON.parse(r.metrics) as { seconds?: number }).seconds ?? 0), 0);
  return { wallS, computeS };
}

interface Result {
  readonly driver: string;
  readonly workerProcesses: number;
  readonly trials: number;
  readonly wallS: number;
  readonly trialsPerS: number;
  /** The trials' own compute time (their `seconds` metric), mean. */
  readonly meanComputeMs: number;
  /** Process-time per trial not spent computing it: queueing, bookkeeping, transfers, idle slots. */
  readonly nonComputeMsPerTrial: number;
}

function result(driver: string, workerProcesses: number, r: { wallS: number; computeS: number }): Result {
  const wallPerTrialMs = ((r.wallS * workerProcesses) / TRIALS) * 1000;
  const meanComputeMs = (r.computeS / TRIALS) * 1000;
  return { driver, workerProcesses, trials: TRIALS, wallS: r.wallS, trialsPerS: TRIALS / r.wallS, meanComputeMs, nonComputeMsPerTrial: wallPerTrialMs - meanComputeMs };
}

async function main(): Promise<void> {
  const redisPort = await freePort();
  const redis = await startRedis(redisPort);
  const results: Result[] = [];
  let seed = 0;
  try {
    // Local driver, one worker process: the baseline.
    const local = await startStack('local', redisPort);
    try {
      await timedRun(local, (seed += 1000), 3); // warm-up: model, dataset and frozen-prefix features
      results.push(result('local', 1, await timedRun(local, (seed += 1000), TRIALS)));
    } finally {
      await stopStack(local);
    }
    // bullmq with 1, 2, 3 worker commands on this machine (one server, fresh cache per worker).
    const stack = await startStack('bullmq', redisPort);
    try {
      for (let k = 1; k <= 3; k++) {
        await stack.startWorker();
        await timedRun(stack, (seed += 1000), 3 * k); // warm-up: the new worker fetches and caches
        results.push(result('bullmq', k, await timedRun(stack, (seed += 1000), TRIALS)));
      }
    } finally {
      await stopStack(stack);
    }
    // The same queue with every trial its own job (TRANSFERLAB_GROUP_TRIALS=off), 2 worker commands:
    // what group jobs gain (the runs above group: depth-0 heads of up to 16 trials train stacked).
    const single = await startStack('bullmq', redisPort, { TRANSFERLAB_GROUP_TRIALS: 'off' });
    try {
      for (let k = 1; k <= 2; k++) await single.startWorker();
      await timedRun(single, (seed += 1000), 6);
      results.push(result('bullmq-ungrouped', 2, await timedRun(single, (seed += 1000), TRIALS)));
    } finally {
      await stopStack(single);
    }
  } finally {
    redis.kill('SIGKILL');
    await exited(redis);
  }

  const base = results[0]!;
  const one = results[1]!;
  // Against the local driver with one process each: the wall difference per trial, and the
  // difference of non-compute time (which removes the noise of the trials' own compute).
  const overheadMs = (1 / one.trialsPerS - 1 / base.trialsPerS) * 1000;
  const overheadNonComputeMs = one.nonComputeMsPerTrial - base.nonComputeMsPerTrial;
  const perTrialS = 1 / one.trialsPerS;
  const cores = availableParallelism();
  const projection = [1, 2, 4, 8, 16].map((k) => ({ machines: k, workerProcessesPerMachine: cores, hours: (REFERENCE_TRIALS * perTrialS) / (k * cores) / 3600 }));
  const out = {
    note: 'trials/s measured on this machine; the 14,400-trial figures are a projection from the measured per-trial wall cost of one bullmq worker process, assuming linear scaling over machines of this size and trials like these (depth-0, ResNet-8 on 28x28 images); scale hours by (your trial cost / this cost) for other trials.',
    machine: { cores },
    sweep: { source: NATURAL, ...params(0, 0), seeds: `${TRIALS} per run` },
    results,
    ratios: {
      bullmq1VsLocal: one.trialsPerS / base.trialsPerS,
      bullmq2VsBullmq1: results[2]!.trialsPerS / one.trialsPerS,
      bullmq3VsBullmq1: results[3]!.trialsPerS / one.trialsPerS,
      bullmq2GroupedVsUngrouped: results[2]!.trialsPerS / results[4]!.trialsPerS,
    },
    queueOverheadMsPerTrial: { wallDifference: overheadMs, nonComputeDifference: overheadNonComputeMs },
    projectionReferenceStudy: { trials: REFERENCE_TRIALS, perTrialWallS: perTrialS, machines: projection },
  };
  for (const r of results) console.log(`${r.driver.padEnd(6)} ${r.workerProcesses} process(es): ${r.trialsPerS.toFixed(2)} trials/s (${r.trials} trials in ${r.wallS.toFixed(1)} s; mean trial compute ${r.meanComputeMs.toFixed(0)} ms, non-compute ${r.nonComputeMsPerTrial.toFixed(0)} ms per trial)`);
  console.log(`bullmq(1) / local(1): ${out.ratios.bullmq1VsLocal.toFixed(2)}x; bullmq 2/1: ${out.ratios.bullmq2VsBullmq1.toFixed(2)}x, 3/1: ${out.ratios.bullmq3VsBullmq1.toFixed(2)}x (${cores} cores)`);
  console.log(`bullmq, 2 processes, group jobs / one job per trial: ${out.ratios.bullmq2GroupedVsUngrouped.toFixed(2)}x`);
  console.log(`queue overhead against the local driver (1 process each): ${overheadMs.toFixed(1)} ms per trial in wall time, ${overheadNonComputeMs.toFixed(1)} ms in non-compute time`);
  for (const p of projection) console.log(`projection: 14,400 such trials on ${p.machines} machine(s) x ${cores} processes: ${p.hours.toFixed(2)} h`);
  writeReport(OUT, out);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
