import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { BUNDLED_ZOO_DIR, readManifest } from '@transferlab/plugins-models';
import { startCompiledServer, writeReport, type CompiledServer } from '../compiled-server';
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

interface Timed {
  readonly seconds: number;
  readonly accuracies: readonly number[];
}

/** Starts the run and polls it to its end; fails unless it completes. */
async function timedRun(server: CompiledServer, source: string, seeds: readonly number[]): Promise<Timed> {
  const params = { sources: [source], targets: [THROUGHPUT.target], n: [THROUGHPUT.n], depths: [0], seeds, epochs: THROUGHPUT.epochs };
  const { startRun } = await server.gql<{ startRun: { id: string } }>('mutation ($i: StartRunInput!) { startRun(input: $i) { id } }', { i: { analysis: 'transfer', params } });
  const t0 = performance.now();
  for (;;) {
    const { run } = await server.gql<{ run: { status: string; trials: { result: { metrics: Record<string, number> } | null }[] } }>(
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
  const server = await startCompiledServer({
    name: 'server-groups',
    token: TOKEN,
    output: 'inherit',
    env: { TRANSFERLAB_WORKERS: String(WORKERS), TRANSFERLAB_THREADS_PER_WORKER: '1', TRANSFERLAB_GROUP_TRIALS: grouping },
  });
  try {
    await timedRun(server, source, [1000, 1001]);
    return await timedRun(server, source, Array.from({ length: SEEDS }, (_, i) => i));
  } finally {
    await server.stop();
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
  writeReport(OUT, summary);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
