import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkerPool, type WorkerEntry } from '@transferlab/engine';
import { expandTransfer, transfer, transferParams } from '@transferlab/plugins-analyses';
import { BUNDLED_ZOO_DIR, readManifest, type ManifestEntry } from '@transferlab/plugins-models';
import type { ModelDescriptor } from '../../src/job-host/model-descriptor';
import { claimGroup, groupCap, trialGroupKey, type Pending } from '../../src/runs/trial-groups';
import {
  QUICK_SWEEP,
  REFERENCE_SWEEP,
  SCALED_SWEEP,
  SOURCE_RECIPES,
  THROUGHPUT,
  type SweepSpec,
} from './sweeps';
import { compareWithTorch } from './torch-compare';
import {
  BENCH_GROUP_JOB,
  BENCH_TRIAL_JOB,
  type BenchGroupPayload,
  BENCH_WARM_JOB,
  type BenchTrialPayload,
  type BenchTrialResult,
  type BenchWarmPayload,
} from './trial-job';

/**
 * Transfer analysis throughput on CPU, with the trial runner the server uses: the transfer
 * plugin hosted by the server's worker plugin host (the engine facade), in a pool of worker processes
 * (one per core, threads = cores / workers). Reports trials/s at depth 0 and depth 1, and the
 * wall time of a sweep with the frozen-prefix feature cache on and off (each mode in a fresh
 * pool and a fresh feature folder, so the cache-on time includes computing the features).
 *
 * Usage: tsx bench/run-bench.ts [--reference | --quick] [--workers N] [--threads N] [--zoo DIR] [--out FILE]
 *   [--only torch | --no-torch] [--rounds K] [--study-way] [--torch-depths 0,1]
 * Then, when a python3 has torch, the reference sweep at seed 0 against plain PyTorch
 * (torch-compare.ts; bench-results/transfer-torch.json).
 * --reference runs issue 7's reference sweep (240 trials
 * per mode); the default is the same shape scaled down.
 */
interface Args {
  readonly mode: 'reference' | 'scaled' | 'quick';
  readonly workers: number;
  readonly threads: number;
  readonly zooDir: string;
  readonly out: string;
  /** --only torch: just the PyTorch comparison; --no-torch: without it. */
  readonly torch: 'only' | 'on' | 'off';
  readonly rounds: number;
  readonly studyWay: boolean;
  /** --torch-depths 0,1: the depths of the PyTorch comparison (default the sweep's). */
  readonly torchDepths: number[] | undefined;
  /** --seeds K: the sweep with its first K seeds only (seeds cost alike; K = 1 estimates a sweep at 1/seeds of its cost). */
  readonly seeds: number | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  const get = (flag: string): string | undefined =>
    argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined;
  const workers = Number(get('--workers') ?? availableParallelism());
  const reference = argv.includes('--reference');
  return {
    mode: reference ? 'reference' : argv.includes('--quick') ? 'quick' : 'scaled',
    workers,
    threads: Number(get('--threads') ?? Math.max(1, Math.floor(availableParallelism() / workers))),
    zooDir: resolve(get('--zoo') ?? BUNDLED_ZOO_DIR),
    seeds: get('--seeds') === undefined ? undefined : Number(get('--seeds')),
    torch: get('--only') === 'torch' ? 'only' : argv.includes('--no-torch') ? 'off' : 'on',
    rounds: Number(get('--rounds') ?? 1),
    studyWay: reference || argv.includes('--study-way'),
    torchDepths: get('--torch-depths')?.split(',').map(Number) ?? undefined,
    out: resolve(get('--out') ?? join(__dirname, '..', '..', '..', '..', 'bench-results', 'transfer.json')),
  };
}

function workerEntry(): WorkerEntry {
  return {
    path: join(__dirname, 'bench-worker.ts'),
    execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href],
  };
}

interface Phase {
  readonly trials: number;
  readonly seconds: number;
  readonly trialsPerSecond: number;
  /**
   * CPU seconds the trials used, summed over workers: unlike the wall time it does not grow
   * when other processes share the cores; on idle cores the wall time is about this / workers.
   */
  readonly cpuSeconds: number;
  /** Test accuracy per trial, in expansion order (cache on and off must agree). */
  readonly accuracies: readonly number[];
}

/**
 * Jobs for the configs: with batching, the groups the server's executor claims for a run of
 * these trials on `workers` slots (claimGroup / groupCap: trials of one transfer group key, at
 * most 16, what is queued shared over the free slots: all of them at first, then one as each
 * job ends); otherwise one trial each. Each job lists the positions of its configs.
 */
function jobsOf(configs: readonly Record<string, unknown>[], batching: boolean, workers: number): number[][] {
  if (!batching) return configs.map((_, i) => [i]);
  const pending: Pending[] = configs.map((config, i) => {
    const groupKey = trialGroupKey(transfer, config);
    return groupKey === undefined ? { runId: 'bench', trialId: String(i) } : { runId: 'bench', trialId: String(i), groupKey };
  });
  const jobs: number[][] = [];
  while (pending.length > 0) {
    const first = pending.shift()!;
    const free = Math.max(1, workers - jobs.length);
    jobs.push(claimGroup(pending, first, groupCap(pending.length + 1, free)).map((p) => Number(p.trialId)));
  }
  return jobs;
}

/** Runs the configs in a fresh pool; the clock starts once every worker is up. */
async function runPhase(
  a: Args,
  configs: readonly Record<string, unknown>[],
  base: Omit<BenchTrialPayload, 'config'>,
  batching = false,
): Promise<Phase> {
  const pool = new WorkerPool({
    size: a.workers,
    config: { threads: a.threads, executionProvider: 'cpu' },
    entry: workerEntry(),
  });
  try {
    // Worker start-up (tsx, ONNX Runtime, decoding the targets) is not a trial's cost: a warm-up job per worker first.
    const targets = [...new Set(configs.map((c) => String(c.target)))];
    const warm: BenchWarmPayload = { ...base, targets, holdMs: 1000 };
    await Promise.all(Array.from({ length: a.workers }, () => pool.run(BENCH_WARM_JOB, warm)));
    const t0 = performance.now();
    const results: BenchTrialResult[] = new Array<BenchTrialResult>(configs.length);
    await Promise.all(
      jobsOf(configs, batching, a.workers).map(async (job) => {
        const rs =
          job.length === 1
            ? [await pool.run<BenchTrialResult>(BENCH_TRIAL_JOB, { ...base, config: configs[job[0]!]! } satisfies BenchTrialPayload)]
            : await pool.run<BenchTrialResult[]>(BENCH_GROUP_JOB, { ...base, configs: job.map((i) => configs[i]!) } satisfies BenchGroupPayload);
        rs.forEach((r, k) => (results[job[k]!] = r));
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    return {
      trials: configs.length,
      seconds: round(seconds),
      trialsPerSecond: round(configs.length / seconds, 3),
      cpuSeconds: round(results.reduce((t, r) => t + r.cpuSeconds, 0)),
      accuracies: results.map((r) => round(r.testAccuracy, 4)),
    };
  } finally {
    await pool.shutdown();
  }
}

const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

/** A zoo manifest entry as the stored model record a trial worker receives. */
function zooDescriptor(zooDir: string, e: ManifestEntry): ModelDescriptor {
  return {
    id: e.id,
    name: e.id,
    origin: 'zoo',
    checksum: e.sha256,
    file: join(zooDir, e.file),
    architecture: e.architecture,
    numClasses: e.numClasses,
    input: e.input,
    training: e.training,
    featureTensor: e.featureTensor,
    blocks: e.blocks,
    metrics: null,
  };
}

function sources(zooDir: string): { used: ManifestEntry[]; missing: string[] } {
  const models = readManifest(zooDir)?.models ?? [];
  const used: ManifestEntry[] = [];
  const missing: string[] = [];
  for (const recipe of SOURCE_RECIPES) {
    const m = models.find((x) => x.recipe === recipe);
    if (m) used.push(m);
    else missing.push(recipe);
  }
  return { used, missing };
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  const { used, missing } = sources(a.zooDir);
  const natural = used.find((m) => m.recipe === 'natural');
  if (!natural)
    throw new Error(
      `bench: the zoo at ${a.zooDir} has no natural model; train it with \`npm run zoo:train -- --recipe natural\``,
    );
  if (missing.length > 0 && a.mode === 'reference')
    throw new Error(
      `bench: the reference sweep needs the zoo's ${missing.join(', ')} model(s), missing from ${a.zooDir}`,
    );
  if (missing.length > 0)
    console.warn(
      `bench: the zoo has no ${missing.join(', ')} model; the sweep runs with ${used.map((m) => m.recipe).join(', ')} only`,
    );

  const root = mkdtempSync(join(tmpdir(), 'transferlab-bench-'));
  // Each phase gets a data directory of its own (so a fresh feature cache); the zoo's models are its records.
  const models = used.map((m) => zooDescriptor(a.zooDir, m));
  const phaseBase = (name: string, featureCache: boolean): Omit<BenchTrialPayload, 'config'> => ({
    pluginConfigFile: undefined,
    dataDir: join(root, name),
    datasetRoots: [],
    modelRoots: [],
    models,
    featureCache,
  });
  const load = [loadavg()[0]!];
  console.log(
    `transfer bench (${a.mode}): ${a.workers} workers x ${a.threads} threads, ${availableParallelism()} cores, zoo ${a.zooDir}`,
  );
  // The PyTorch comparison: the reference sweep at seed 0 (the quick sweep with --quick), same cores each side.
  const torch = () =>
    compareWithTorch({
      zooDir: a.zooDir,
      sources: used,
      spec: {
        ...(a.mode === 'quick' ? QUICK_SWEEP : REFERENCE_SWEEP),
        seeds: [0],
        ...(a.torchDepths ? { depths: a.torchDepths } : {}),
      },
      workers: a.workers,
      threads: a.threads,
      rounds: a.rounds,
      studyWay: a.studyWay,
      out: join(a.out, '..', 'transfer-torch.json'),
      ours: (configs, name, batching) => runPhase(a, configs, phaseBase(name, true), batching),
    });
  try {
    if (a.torch === 'only') return await torch();
    // Throughput at each depth: the feature cache on, as the server runs.
    const throughput: Record<
      string,
      Phase & { readonly idleTrialsPerSecond: number; readonly config: Record<string, unknown> }
    > = {};
    for (const depth of [0, 1]) {
      const seeds = Array.from(
        { length: a.mode === 'quick' ? THROUGHPUT.quickSeeds : THROUGHPUT.seeds },
        (_, i) => i,
      );
      const p = transferParams.parse({
        sources: [natural.id],
        targets: [THROUGHPUT.target],
        n: [THROUGHPUT.n],
        depths: [depth],
        seeds,
        epochs: THROUGHPUT.epochs,
      });
      const configs = expandTransfer(p).map((t) => t.config);
      const phase = await runPhase(a, configs, phaseBase(`throughput-${depth}`, true));
      // Load-independent: what the workers would do on otherwise idle cores (CPU-bound trials).
      const idleTrialsPerSecond = round((phase.trials / phase.cpuSeconds) * a.workers, 3);
      console.log(
        `depth ${depth}: ${phase.trialsPerSecond} trials/s (${phase.trials} trials, ${THROUGHPUT.target}, n ${THROUGHPUT.n}, ${THROUGHPUT.epochs} epochs, ${phase.seconds} s wall, ${phase.cpuSeconds} CPU s: ${idleTrialsPerSecond} trials/s on idle cores)`,
      );
      // Depth 0 again with batching: the trials' heads trained stacked, one job per group part.
      let batched: Record<string, number> | undefined;
      if (depth === 0) {
        const b = await runPhase(a, configs, phaseBase('throughput-0-batched', true), true);
        const idle = round((b.trials / b.cpuSeconds) * a.workers, 3);
        batched = { trialsPerSecond: b.trialsPerSecond, seconds: b.seconds, cpuSeconds: b.cpuSeconds, idleTrialsPerSecond: idle, speedup: round(b.trialsPerSecond / phase.trialsPerSecond, 2), cpuSpeedup: round(phase.cpuSeconds / b.cpuSeconds, 2) };
        console.log(
          `depth 0, batching on: ${b.trialsPerSecond} trials/s (${b.seconds} s wall, ${b.cpuSeconds} CPU s: ${idle} trials/s on idle cores): ${batched.speedup}x wall, ${batched.cpuSpeedup}x CPU of batching off`,
        );
      }
      throughput[`depth${depth}`] = {
        ...phase,
        ...(batched ? { batched } : {}),
        idleTrialsPerSecond,
        config: {
          source: natural.id,
          target: THROUGHPUT.target,
          n: THROUGHPUT.n,
          epochs: THROUGHPUT.epochs,
          depth,
          seeds: seeds.length,
        },
      };
    }
    load.push(loadavg()[0]!);

    const base: SweepSpec =
      a.mode === 'reference' ? REFERENCE_SWEEP : a.mode === 'quick' ? QUICK_SWEEP : SCALED_SWEEP;
    const spec: SweepSpec = a.seeds === undefined ? base : { ...base, seeds: base.seeds.slice(0, a.seeds) };
    const params = transferParams.parse({
      sources: used.map((m) => m.id),
      ...spec,
      targets: [...spec.targets],
    });
    const configs = expandTransfer(params).map((t) => t.config);
    console.log(
      `sweep: ${configs.length} trials per mode (${used.length} sources x ${spec.targets.length} targets x n ${spec.n.join('/')} x depth ${spec.depths.join('/')} x ${spec.seeds.length} seeds x ${spec.epochs} epochs)`,
    );
    const on = await runPhase(a, configs, phaseBase('sweep-on', true));
    console.log(
      `sweep, feature cache on:  ${on.seconds} s wall, ${on.cpuSeconds} CPU s (${on.trialsPerSecond} trials/s)`,
    );
    const batched = await runPhase(a, configs, phaseBase('sweep-batched', true), true);
    console.log(
      `sweep, feature cache on, batching on: ${batched.seconds} s wall, ${batched.cpuSeconds} CPU s (${batched.trialsPerSecond} trials/s): ${(on.seconds / batched.seconds).toFixed(2)}x wall of batching off`,
    );
    const off = await runPhase(a, configs, phaseBase('sweep-off', false));
    console.log(
      `sweep, feature cache off: ${off.seconds} s wall, ${off.cpuSeconds} CPU s (${off.trialsPerSecond} trials/s)`,
    );
    load.push(loadavg()[0]!);
    const maxAccuracyDifference = round(
      Math.max(...on.accuracies.map((x, i) => Math.abs(x - off.accuracies[i]!))),
      4,
    );
    console.log(
      `cache off / on: ${(off.seconds / on.seconds).toFixed(2)}x wall, ${(off.cpuSeconds / on.cpuSeconds).toFixed(2)}x CPU; largest test-accuracy difference between the modes: ${maxAccuracyDifference}`,
    );

    const report = {
      date: new Date().toISOString(),
      mode: a.mode,
      // With --seeds K the sweep ran K of its seeds: the full sweep costs about seedsInFull / K times as much.
      seedsInFull: base.seeds.length,
      device: 'cpu',
      cpus: availableParallelism(),
      workers: a.workers,
      threadsPerWorker: a.threads,
      node: process.version,
      // Other processes share the machine: the 1-minute load average at the start, after the throughput runs, and at the end.
      loadAverage1m: load.map((l) => round(l, 2)),
      zoo: {
        dir: a.zooDir,
        sources: used.map((m) => ({ id: m.id, recipe: m.recipe, sha256: m.sha256 })),
        missing,
      },
      throughput: Object.fromEntries(
        Object.entries(throughput).map(([k, { accuracies: _, ...v }]) => [k, v]),
      ),
      sweep: {
        spec: { ...spec, sources: used.map((m) => m.recipe) },
        trials: configs.length,
        cacheOn: { seconds: on.seconds, cpuSeconds: on.cpuSeconds, trialsPerSecond: on.trialsPerSecond },
        cacheOff: { seconds: off.seconds, cpuSeconds: off.cpuSeconds, trialsPerSecond: off.trialsPerSecond },
        batched: {
          seconds: batched.seconds,
          cpuSeconds: batched.cpuSeconds,
          trialsPerSecond: batched.trialsPerSecond,
          speedupOverCacheOn: round(on.seconds / batched.seconds, 2),
          maxAccuracyDifference: round(Math.max(...on.accuracies.map((x, i) => Math.abs(x - batched.accuracies[i]!))), 4),
        },
        speedup: round(off.seconds / on.seconds, 2),
        cpuSpeedup: round(off.cpuSeconds / on.cpuSeconds, 2),
        maxAccuracyDifference,
      },
    };
    mkdirSync(join(a.out, '..'), { recursive: true });
    writeFileSync(a.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${a.out}`);
    if (a.torch === 'on') await torch();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
