import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { startCompiledServer, writeReport } from '../compiled-server';

/**
 * Trial worker memory: the compiled server (`dist/main.js`) with one trial worker runs an
 * influence run, then a saliency run, on the bundled zoo (small params). The resident memory
 * (RSS, from /proc; Linux only) of the trial worker is sampled every 200 ms: before each run,
 * its peak during it, and 30 s after it ends. Without flags the server runs with the platform's
 * defaults, as users get them (one trial worker, the default on a 2-core machine). Workers over
 * TRANSFERLAB_WORKER_RECYCLE_MB are replaced after a trial, and idle ones still over 1.5x their
 * start after TRANSFERLAB_WORKER_IDLE_RELEASE_S (the server's log lines are counted);
 * --recycle-mb, --cache-mb and --idle-release-s set those variables (and
 * TRANSFERLAB_WORKER_CACHE_MB) for a comparison. Goal: after within 1.5x of before.
 * Prints the figures and writes bench-results/worker-memory.json.
 *
 * Usage: tsx bench/memory/run-bench.ts [--recycle-mb MB] [--cache-mb MB] [--idle-release-s S] [--after-s S] [--out FILE]
 */
const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const RECYCLE_MB = flag('--recycle-mb');
const CACHE_MB = flag('--cache-mb');
const IDLE_RELEASE_S = flag('--idle-release-s');
const AFTER_S = Number(flag('--after-s') ?? 30);
const OUT = resolve(flag('--out') ?? join(__dirname, '..', '..', '..', '..', 'bench-results', 'worker-memory.json'));
const TOKEN = 'memory-bench-token-0001';
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const ROBUST = 'fashion-mnist-a-resnet8-w16-l2-0.5';
/** Trial workers run at this niceness (the data worker at 0): how they are told apart. */
const TRIAL_NICENESS = 10;

const RUNS = [
  {
    analysis: 'influence',
    params: { sources: [NATURAL, ROBUST], targets: ['mnist'], n: [100], depths: [0], seeds: [0, 1], epochs: 3, batchSize: 16, testImages: 20, trainTargets: 20, topK: 10, galleryK: 5 },
  },
  { analysis: 'saliency', params: { sources: [NATURAL, ROBUST], datasets: ['fashion-mnist-a'], methods: ['gradient', 'integrated-gradients'], images: 12, maps: 4, igSteps: 16 } },
];

/** Child process ids of `pid` (every thread's children). */
function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((t) =>
      readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** The trial workers' RSS in MB, by pid (the server's children at the trial niceness). */
function trialWorkerRss(serverPid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of children(serverPid)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const nice = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      if (nice !== TRIAL_NICENESS) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (rss !== undefined) out.set(pid, Math.round(Number(rss) / 1024));
    } catch {
      // the process left between the listing and the read
    }
  }
  return out;
}

const total = (m: Map<number, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  if (process.platform !== 'linux') throw new Error('memory bench: reads /proc, Linux only');
  const server = await startCompiledServer({
    name: 'memory',
    token: TOKEN,
    output: 'capture',
    env: {
      TRANSFERLAB_WORKERS: '1',
      ...(RECYCLE_MB !== undefined ? { TRANSFERLAB_WORKER_RECYCLE_MB: RECYCLE_MB } : {}),
      ...(CACHE_MB !== undefined ? { TRANSFERLAB_WORKER_CACHE_MB: CACHE_MB } : {}),
      ...(IDLE_RELEASE_S !== undefined ? { TRANSFERLAB_WORKER_IDLE_RELEASE_S: IDLE_RELEASE_S } : {}),
    },
  });
  const serverPid = server.process.pid!;
  const { gql } = server;
  // Both kinds of replacement: after a trial (recycle threshold) and after idle release (1.5x the start).
  const recycles = (): number => server.log().split('\n').filter((l) => /worker process \d+ replaced after/.test(l)).length;
  try {
    await sleep(3000);
    const results = [];
    for (const { analysis, params } of RUNS) {
      const before = total(trialWorkerRss(serverPid));
      const recyclesBefore = recycles();
      const { startRun } = await gql<{ startRun: { id: string; trialCount: number } }>('mutation ($i: StartRunInput!) { startRun(input: $i) { id trialCount } }', { i: { analysis, params } });
      let peak = before;
      const pids = new Set<number>();
      for (let i = 0; ; i++) {
        const rss = trialWorkerRss(serverPid);
        for (const pid of rss.keys()) pids.add(pid);
        peak = Math.max(peak, total(rss));
        if (i % 5 === 0) {
          const { run } = await gql<{ run: { status: string; failures: { reason: string }[] } }>('query ($id: ID!) { run(id: $id) { status failures { reason } } }', { id: startRun.id });
          if (run.status === 'COMPLETED') break;
          if (run.status !== 'QUEUED' && run.status !== 'RUNNING') throw new Error(`memory bench: the ${analysis} run ended ${run.status}: ${run.failures[0]?.reason ?? '(no reason)'}`);
        }
        await sleep(200);
      }
      await sleep(AFTER_S * 1000);
      const after = total(trialWorkerRss(serverPid));
      const r = { analysis, trials: startRun.trialCount, beforeMb: before, peakMb: peak, afterMb: after, afterOverBefore: Number((after / before).toFixed(2)), workersRecycled: recycles() - recyclesBefore, workerPidsSeen: pids.size };
      console.log(`${analysis}: ${r.trials} trials; trial worker RSS before ${before} MB, peak ${peak} MB, ${AFTER_S} s after ${after} MB (${r.afterOverBefore}x); workers recycled: ${r.workersRecycled} (${pids.size} worker pids seen)`);
      results.push(r);
    }
    const { system } = await gql<{ system: { version: string } }>('{ system { version } }');
    const report = { date: new Date().toISOString(), cpus: availableParallelism(), node: process.version, version: system.version, recycleMb: RECYCLE_MB ?? 'default (1/2 of TRANSFERLAB_WORKER_MEMORY_MB)', cacheMb: CACHE_MB ?? 'default (1/4 of TRANSFERLAB_WORKER_MEMORY_MB, at most 1/2 of the recycle threshold)', idleReleaseS: IDLE_RELEASE_S ?? 'default (10)', afterSeconds: AFTER_S, goal: 'after within 1.5x of before', runs: results };
    writeReport(OUT, report);
  } finally {
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
