import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { BUNDLED_ZOO_DIR, readManifest } from '@transferlab/plugins-models';
import { startCompiledServer, writeReport, type CompiledServer } from '../compiled-server';

/**
 * API latency under a sweep: the compiled server (`dist/main.js`, as `npm start` runs it) on
 * loopback with its default workers, 20 concurrent readers asking for runs, a run with its trials, its leaderboard table and
 * system for a while with no sweep (the baseline), then for 60 s while a transfer sweep runs.
 * Prints p50/p99 of each phase and their ratio, and writes bench-results/api-load.json.
 *
 * Usage: tsx bench/api-load/run-bench.ts [--seconds S] [--readers N] [--workers N] [--out FILE]
 * (--workers overrides the server's default of cores - 1, e.g. to compare with one worker per core).
 */
const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const SECONDS = Number(flag('--seconds') ?? 60);
const READERS = Number(flag('--readers') ?? 20);
const WORKERS = flag('--workers');
const BASELINE_SECONDS = Math.max(5, Math.round(SECONDS / 4));
const OUT = resolve(flag('--out') ?? join(__dirname, '..', '..', '..', '..', 'bench-results', 'api-load.json'));
const TOKEN = 'api-load-bench-token-0001';

const READS = [
  '{ runs(take: 20) { id status completedCount trialCount progress } }',
  'query ($id: ID!) { runTable(runId: $id, table: "leaderboard", take: 100) { total rows } }',
  'query ($id: ID!) { run(id: $id) { status completedCount trialCount progress trials(take: 50) { key status progress } } }',
  '{ system { version executionProviders { active } plugins { kind name } } }',
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** N readers in a loop over the read queries for `seconds`; the latency of every request, ms. */
async function readLoad(server: CompiledServer, seconds: number, runId: string): Promise<number[]> {
  const until = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: READERS }, async (_, r) => {
      for (let i = r; performance.now() < until; i++) {
        const q = READS[i % READS.length]!;
        const t0 = performance.now();
        await server.gql(q, q.includes('$id') ? { id: runId } : {});
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

const round = (x: number, d = 1): number => Number(x.toFixed(d));

async function main(): Promise<void> {
  const models = readManifest(BUNDLED_ZOO_DIR)?.models ?? [];
  const natural = models.find((m) => m.recipe === 'natural');
  const robust = models.find((m) => m.recipe === 'l2-0.5');
  if (!natural || !robust) throw new Error('api-load bench: the bundled zoo needs its natural and l2-0.5 models');
  const server = await startCompiledServer({ name: 'api-load', token: TOKEN, output: 'inherit', env: WORKERS !== undefined ? { TRANSFERLAB_WORKERS: WORKERS } : {} });
  const { gql } = server;
  try {
    // A first small run gives the leaderboard table something to compute in the baseline.
    const sweep = (seeds: number[], epochs: number) => ({
      analysis: 'transfer',
      params: { sources: [natural.id, robust.id], targets: ['mnist'], n: [20, 50, 100], depths: [0, 1], seeds, epochs, batchSize: 16, testLimit: 500 },
    });
    const first = await gql<{ startRun: { id: string } }>('mutation ($i: StartRunInput!) { startRun(input: $i) { id } }', { i: sweep([0], 1) });
    for (;;) {
      const { run } = await gql<{ run: { status: string; failures: { reason: string }[] } }>('query ($id: ID!) { run(id: $id) { status failures { reason } } }', { id: first.startRun.id });
      if (run.status === 'COMPLETED') break;
      if (run.status !== 'QUEUED' && run.status !== 'RUNNING') throw new Error(`api-load bench: the first run ended ${run.status}: ${run.failures[0]?.reason ?? '(no reason)'}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    console.log(`api-load bench: ${READERS} readers, ${availableParallelism()} cores; baseline ${BASELINE_SECONDS} s with no sweep`);
    const idle = await readLoad(server, BASELINE_SECONDS, first.startRun.id);
    const big = await gql<{ startRun: { id: string; trialCount: number } }>('mutation ($i: StartRunInput!) { startRun(input: $i) { id trialCount } }', { i: sweep([1, 2, 3, 4, 5, 6, 7, 8], 10) });
    console.log(`sweep of ${big.startRun.trialCount} trials started; ${SECONDS} s of reads during it`);
    const load = [loadavg()[0]!];
    const busy = await readLoad(server, SECONDS, big.startRun.id);
    load.push(loadavg()[0]!);
    const { run } = await gql<{ run: { completedCount: number } }>('query ($id: ID!) { run(id: $id) { completedCount } }', { id: big.startRun.id });
    const phase = (l: number[]) => ({ requests: l.length, p50Ms: round(percentile(l, 50)), p99Ms: round(percentile(l, 99)), maxMs: round(l.at(-1) ?? NaN) });
    const report = {
      date: new Date().toISOString(),
      cpus: availableParallelism(),
      readers: READERS,
      workers: WORKERS === undefined ? 'default (cores - 1)' : Number(WORKERS),
      node: process.version,
      loadAverage1m: load.map((x) => round(x, 2)),
      baseline: { seconds: BASELINE_SECONDS, ...phase(idle) },
      duringSweep: { seconds: SECONDS, trialsCompleted: run.completedCount, ...phase(busy) },
      p99Ratio: round(percentile(busy, 99) / percentile(idle, 99), 2),
      targetP99Ms: 250,
    };
    console.log(`no sweep:     p50 ${report.baseline.p50Ms} ms, p99 ${report.baseline.p99Ms} ms (${idle.length} requests)`);
    console.log(`during sweep: p50 ${report.duringSweep.p50Ms} ms, p99 ${report.duringSweep.p99Ms} ms (${busy.length} requests, ${run.completedCount} trials done)`);
    console.log(`p99 during / without the sweep: ${report.p99Ratio}x; target p99 < 250 ms: ${report.duringSweep.p99Ms < 250 ? 'met' : 'missed'}`);
    writeReport(OUT, report);
  } finally {
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
