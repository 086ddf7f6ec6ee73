import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { BUNDLED_ZOO_DIR, readManifest } from '@transferlab/plugins-models';
import { childEnvironment } from '@transferlab/sdk/config';
import { THROUGHPUT } from './sweeps';

/**
 * Trial grouping through the server itself: the compiled server (`dist/main.js`) on the local
 * queue runs the depth-0 throughput run (natural zoo source -> mnist, n 200, 10 epochs) with
 * TRANSFERLAB_GROUP_TRIALS off and on, a fresh server and data directory each, interleaved
 * rounds. A warm-up run first (workers up, mnist decoded); the clock runs from startRun's answer
 * to the run's end as polled. Writes bench-results/transfer-server-groups.json.
 *
 * Usage: tsx bench/transfer/server-groups.ts [--seeds K (16)] [--workers N (2)] [--rounds R (2)] [--out FILE]
 */
const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const SEEDS = Number(flag('--seeds') ?? 16);
const WORKERS = Number(flag('--workers') ?? 2);
const ROUNDS = Number(flag('--rounds') ?? 2);
const OUT = resolve(flag('--out') ?? join(__dirname, '..', '..', '..', '..', 'bench-results', 'transfer-server-groups.json'));
const TOKEN = 'server-groups-bench-token-01';

async function gql<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return body.data;
}

async function waitUp(proc: ChildProcess, url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (proc.exitCode !== null) throw new Error(`the server exited with ${proc.exitCode}`);
    try {
      await gql(url, '{ system { version } }');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('the server did not answer within 120 s');
}

interface Timed {
  readonly seconds: number;
  readonly accuracies: readonly number[];
}

/** Starts the run and polls it to its end; fails unless it completes. */
async function timedRun(url: string, source: string, seeds: readonly number[]): Promise<Timed> {
  const params = { sources: [source], targets: [THROUGHPUT.target], n: [THROUGHPUT.n], depths: [0], seeds, epochs: THROUGHPUT.epochs };
  const { startRun } = await gql<{ startRun: { id: string } }>(url, 'mutation ($i: StartRunInput!) { startRun(input: $i) { id } }', { i: { analysis: 'transfer', params } });
  const t0 = performance.now();
  for (;;) {
    const { run } = await gql<{ run: { status: string; trials: { result: { metrics: Record<string, number> } | null }[] } }>(
      url,
      'query ($id: ID!) { run(id: $id) { status trials(take: 500) { result { metrics } } } }',
      { id: startRun.id },
    );
    if (run.status !== 'QUEUED' && run.status !== 'RUNNING') {
      if (run.status !== 'COMPLETED') throw new Error(`server-groups bench: the run ended ${run.status}`);
      return { seconds: (performance.now() - t0) / 1000, accuracies: run.trials.map((t) => t.result!.metrics.testAccuracy!) };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function withServer(grouping: 'on' | 'off', source: string): Promise<Timed> {
  const dir = mkdtempSync(join(tmpdir(), 'transferlab-server-groups-'));
  const port = 5000 + Math.floor(Math.random() * 3000);
  const url = `http://127.0.0.1:${port}/graphql`;
  const server = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'main.js')], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: childEnvironment({
      TRANSFERLAB_DATA_DIR: join(dir, 'data'),
      TRANSFERLAB_API_TOKEN: TOKEN,
      TRANSFERLAB_SERVER_PORT: String(port),
      TRANSFERLAB_DEMO: 'off',
      TRANSFERLAB_WORKERS: String(WORKERS),
      TRANSFERLAB_THREADS_PER_WORKER: '1',
      TRANSFERLAB_GROUP_TRIALS: grouping,
    }),
  });
  try {
    await waitUp(server, url);
    await timedRun(url, source, [1000, 1001]);
    return await timedRun(url, source, Array.from({ length: SEEDS }, (_, i) => i));
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const natural = readManifest(BUNDLED_ZOO_DIR)?.models.find((m) => m.recipe === 'natural');
  if (!natural) throw new Error('server-groups bench: the bundled zoo needs its natural model');
  const rounds: { off: Timed; on: Timed; load: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const off = await withServer('off', natural.id);
    const on = await withServer('on', natural.id);
    rounds.push({ off, on, load: loadavg()[0]! });
    console.log(`round ${r + 1}: ${SEEDS} depth-0 trials, grouping off ${off.seconds.toFixed(2)} s, on ${on.seconds.toFixed(2)} s (${(off.seconds / on.seconds).toFixed(2)}x)`);
  }
  const sum = (k: 'off' | 'on'): number => rounds.reduce((t, r) => t + r[k].seconds, 0);
  const maxDiff = Math.max(...rounds.flatMap((r) => r.off.accuracies.map((a, i) => Math.abs(a - r.on.accuracies[i]!))));
  const summary = {
    trials: SEEDS,
    workers: WORKERS,
    cores: availableParallelism(),
    config: { source: natural.id, target: THROUGHPUT.target, n: THROUGHPUT.n, epochs: THROUGHPUT.epochs, depth: 0 },
    rounds: rounds.map((r) => ({ offSeconds: r.off.seconds, onSeconds: r.on.seconds, load: r.load })),
    speedup: Number((sum('off') / sum('on')).toFixed(2)),
    maxAccuracyDifference: maxDiff,
  };
  console.log(`grouping on: ${summary.speedup}x faster than off (wall time summed over ${ROUNDS} rounds); largest test-accuracy difference ${maxDiff}`);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`wrote ${OUT}`);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
