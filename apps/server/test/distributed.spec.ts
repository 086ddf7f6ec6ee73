import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRIAL_QUEUE_NAME } from '../src/queue/bullmq-names';
import { postgresDatabase, type TestDatabase } from './helpers/databases';
import { deploymentEnv, exited, freePort, startProcess, startRedis } from './helpers/processes';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer } from './helpers/test-server';
import { until } from './helpers/until';

const MAIN_JS = resolve(__dirname, '..', 'dist', 'main.js');
const WORKER_JS = resolve(__dirname, '..', 'dist', 'remote-workers', 'worker-main.js');
const TOKEN = 'distributed-api-token-01';
const GROUPED = { TRANSFERLAB_GROUP_TRIALS: 'on' };
const WORKER_TOKEN = 'distributed-worker-token-01';
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const SEEDS = Array.from({ length: 100 }, (_, i) => i);
/** 3 data budgets x 100 seeds = 300 small depth-0 fine-tunings of the bundled zoo model on mnist. */
const PARAMS = { sources: [NATURAL], targets: ['mnist'], n: [20, 50, 100], depths: [0], seeds: SEEDS, epochs: 4, testLimit: 100 };

interface Row {
  trial_key: string;
  metrics: string;
}

/** Metrics without the trial's own timing, which differs from run to run. */
function outcome(metrics: Record<string, number>): Record<string, number> {
  const { seconds: _seconds, ...rest } = metrics;
  return rest;
}

// Loopback Redis (a process of this test's own, so it can be restarted) and PostgreSQL; the
// compiled server and three worker commands as separate processes, each with its own data
// directory: the workers share no file with the server or with each other.
describe.runIf(existsSync(WORKER_JS))('distributed trials: the bullmq queue, three worker commands, PostgreSQL', { timeout: 300_000 }, () => {
  const dirs: string[] = [];
  const children = new Set<ChildProcess>();
  let db: TestDatabase;
  let pg: DataSource;
  let redisPort: number;
  let serverPort: number;
  let url: string;
  let runId: string;

  const tempDir = (name: string): string => {
    const d = mkdtempSync(join(tmpdir(), `tl-dist-${name}-`));
    dirs.push(d);
    return d;
  };
  // One trial per job unless a test turns grouping on: the recovery checks count single trials.
  const env = (dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv =>
    deploymentEnv({ driver: 'bullmq', redisPort, databaseUrl: db.url, serverPort, apiToken: TOKEN, workerToken: WORKER_TOKEN }, dataDir, {
      TRANSFERLAB_QUEUE_STALL_S: '5',
      TRANSFERLAB_PLUGINS_CONFIG: '',
      TRANSFERLAB_GROUP_TRIALS: 'off',
      ...extra,
    });
  const track = (c: ChildProcess): ChildProcess => {
    children.add(c);
    c.once('exit', () => children.delete(c));
    return c;
  };
  const serverDir = (): string => dirs[0]!;
  const startServer = async (extra: Record<string, string> = {}): Promise<ChildProcess> =>
    track(await startProcess('server', process.execPath, [MAIN_JS], env(serverDir(), extra), 'GraphQL API at'));
  const startWorker = async (i: number, args: readonly string[] = []): Promise<ChildProcess> =>
    track(await startProcess(`worker ${i}`, process.execPath, [WORKER_JS, ...args], env(tempDir(`worker${i}`)), 'trial process'));
  const liveWorkers = async (): Promise<{ pid: number; trials: { runId: string; trialKey: string }[] }[]> =>
    (await postQuery<{ workers: { pid: number; trials: { runId: string; trialKey: string }[] }[] }>(url, '{ workers { pid trials { runId trialKey } } }')).body.data?.workers ?? [];
  const resultCount = async (): Promise<number> => Number((await pg.query<{ c: string }[]>('SELECT count(*) AS c FROM result WHERE run_id = $1', [runId]))[0]!.c);
  const atLeast = (n: number) => async (): Promise<number | undefined> => {
    const c = await resultCount();
    return c >= n ? c : undefined;
  };

  beforeAll(async () => {
    redisPort = await freePort();
    serverPort = await freePort();
    url = `http://127.0.0.1:${serverPort}/graphql`;
    track(await startRedis(redisPort));
    db = await postgresDatabase();
    tempDir('server');
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await Promise.all([...children].map(exited));
    await pg?.destroy();
    await db?.drop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('completes 300 trials, as group jobs, with one result per key through a worker kill -9, a Redis restart and a server kill -9', async () => {
    // Group jobs (up to 16 depth-0 trials each) through every failure below.
    let server = await startServer(GROUPED);
    const workers = await Promise.all([0, 1, 2].map((i) => startWorker(i)));
    pg = await new DataSource({ type: 'postgres', url: db.url }).initialize();

    const { body } = await postQuery<{ startRun: { id: string; trialCount: number } }>(url, START, { input: { analysis: 'transfer', params: PARAMS } }, TOKEN);
    expect(body.errors).toBeUndefined();
    runId = body.data!.startRun.id;
    expect(body.data!.startRun.trialCount).toBe(300);

    // 1. A worker killed (-9) while the System page's list shows it running a trial.
    await until('30 results', atLeast(30), 120_000);
    const pids = new Set(workers.map((w) => w.pid));
    const victim = await until('a worker with a running trial', async () => (await liveWorkers()).find((w) => pids.has(w.pid) && w.trials.length > 0));
    const lostKey = victim.trials[0]!.trialKey;
    workers.find((w) => w.pid === victim.pid)!.kill('SIGKILL');
    const before = await resultCount();
    expect(before).toBeLessThan(300);

    // 2. Redis killed and restarted: without persistence, every job and lock is gone.
    await until('100 results', atLeast(Math.min(before + 40, 100)), 120_000);
    const redis = [...children].find((c) => c.spawnfile === 'redis-server')!;
    redis.kill('SIGKILL');
    await exited(redis);
    track(await startRedis(redisPort));
    expect(await resultCount()).toBeLessThan(300);

    // 3. The server killed (-9) and started again: workers keep storing results meanwhile.
    await until('170 results', atLeast(170), 180_000);
    server.kill('SIGKILL');
    await exited(server);
    expect(await resultCount()).toBeLessThan(300);
    server = await startServer(GROUPED);

    const run = await waitForRun(url, runId, 240_000);
    expect({ status: run.status, completed: run.completedCount, failed: run.failedCount }).toEqual({ status: 'COMPLETED', completed: 300, failed: 0 });
    const keysOf = async (table: 'result' | 'trial'): Promise<string[]> =>
      (await pg.query<Pick<Row, 'trial_key'>[]>(`SELECT trial_key FROM ${table} WHERE run_id = $1`, [runId])).map((r) => r.trial_key).sort();
    const keys = await keysOf('result');
    // 0 lost, 0 duplicates: exactly the run's 300 trial keys, each once.
    expect(keys).toEqual(await keysOf('trial'));
    expect(new Set(keys).size).toBe(300);
    expect(keys).toContain(lostKey);
  });

  it('stops a worker gracefully on SIGTERM: it hands its running trial back, leaves the list and exits 0', async () => {
    const leaving = await startWorker(3, ['--grace', '0']);
    const { body } = await postQuery<{ startRun: { id: string } }>(url, START, { input: { analysis: 'transfer', params: { ...PARAMS, n: [200], seeds: SEEDS.slice(0, 40) } } }, TOKEN);
    const id = body.data!.startRun.id;
    await until('the new worker running a trial', async () => (await liveWorkers()).find((w) => w.pid === leaving.pid && w.trials.length > 0));
    const code = new Promise<number | null>((ok) => leaving.once('exit', (c) => ok(c)));
    leaving.kill('SIGTERM');
    expect(await code).toBe(0);
    expect((await liveWorkers()).map((w) => w.pid)).not.toContain(leaving.pid);
    const run = await waitForRun(url, id, 120_000);
    expect({ status: run.status, completed: run.completedCount }).toEqual({ status: 'COMPLETED', completed: 40 });
  });

  it('cancels a run: its queued jobs are dropped and its running trials stop on whichever worker runs them', async () => {
    // One job per trial here, so that only the trials a worker took count as running.
    const grouped = [...children].find((c) => c.spawnargs.includes(MAIN_JS))!;
    grouped.kill('SIGKILL');
    await exited(grouped);
    await startServer();
    const { body } = await postQuery<{ startRun: { id: string } }>(url, START, { input: { analysis: 'transfer', params: { ...PARAMS, n: [500], epochs: 40, seeds: SEEDS.slice(50, 90) } } }, TOKEN);
    const id = body.data!.startRun.id;
    await until('a worker running a trial of the run', async () => (await liveWorkers()).find((w) => w.trials.some((t) => t.runId === id)));
    // Epoch progress comes back from the worker; only trials a worker took count as running (not all 40 queued).
    const live = await until('progress of a running trial', async () => {
      const r = await postQuery<{ run: { runningCount: number; trials: { progress: number }[] } }>(url, 'query ($id: ID!) { run(id: $id) { runningCount trials(status: RUNNING) { progress } } }', { id });
      const run = r.body.data?.run;
      return run && run.trials.some((t) => t.progress > 0) ? run : undefined;
    });
    expect(live.runningCount).toBeGreaterThan(0);
    expect(live.runningCount).toBeLessThan(10);
    const cancelled = await postQuery<{ cancelRun: { status: string } }>(url, 'mutation ($id: ID!) { cancelRun(id: $id) { status } }', { id }, TOKEN);
    expect(cancelled.body.data?.cancelRun.status).toBe('CANCELLED');
    // Well under one trial's length: the running ones were stopped, not finished.
    await until('no worker running a trial of the cancelled run', async () => ((await liveWorkers()).some((w) => w.trials.some((t) => t.runId === id)) ? undefined : true), 10_000);
    const stored = Number((await pg.query<{ c: string }[]>('SELECT count(*) AS c FROM result WHERE run_id = $1', [id]))[0]!.c);
    expect(stored).toBeLessThan(40);
    // Nothing of it left to run: the other workers stay idle.
    await new Promise((r) => setTimeout(r, 3000));
    expect((await liveWorkers()).flatMap((w) => w.trials)).toEqual([]);
  });

  it('drops, at its start, queued jobs of trials that are no longer wanted', async () => {
    const server = [...children].find((c) => c.spawnargs.includes(MAIN_JS))!;
    server.kill('SIGKILL');
    await exited(server);
    // A job of the finished sweep's first trial, delayed so that no worker takes it meanwhile.
    const key = (await pg.query<{ trial_key: string }[]>('SELECT trial_key FROM trial WHERE run_id = $1 ORDER BY ordinal LIMIT 1', [runId]))[0]!.trial_key;
    const stale = `${runId}.${key}`;
    const queue = new Queue(TRIAL_QUEUE_NAME, { connection: { host: '127.0.0.1', port: redisPort } });
    try {
      await queue.add('trial', { runId, trialKey: key }, { jobId: stale, delay: 600_000 });
      expect(await queue.getJobState(stale)).toBe('delayed');
      await startServer();
      expect(await queue.getJobState(stale)).toBe('unknown');
    } finally {
      await queue.close();
    }
  });

  it("gives each trial the outcome the local driver gives for the same key", async () => {
    // One trial per job on both sides (the server runs ungrouped since the cancel test): equal exactly.
    // Grouped depth-0 trials equal these only to float32 rounding (transfer-groups.spec.ts, and below).
    const params = { ...PARAMS, seeds: [300, 301, 302] };
    const started = await postQuery<{ startRun: { id: string } }>(url, START, { input: { analysis: 'transfer', params } }, TOKEN);
    const id = started.body.data!.startRun.id;
    expect((await waitForRun(url, id, 120_000)).status).toBe('COMPLETED');
    const local = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN, TRANSFERLAB_THREADS_PER_WORKER: '1', TRANSFERLAB_GROUP_TRIALS: 'off' });
    try {
      const localStart = await postQuery<{ startRun: { id: string } }>(local.url, START, { input: { analysis: 'transfer', params } }, TOKEN);
      const localRun = await waitForRun(local.url, localStart.body.data!.startRun.id, 120_000);
      expect(localRun.status).toBe('COMPLETED');
      const rows = await pg.query<Row[]>('SELECT trial_key, metrics FROM result WHERE run_id = $1', [id]);
      const remote = new Map(rows.map((r) => [r.trial_key, outcome(JSON.parse(r.metrics) as Record<string, number>)]));
      expect(localRun.trials).toHaveLength(9);
      for (const t of localRun.trials) expect(remote.get(t.key)).toEqual(outcome(t.result!.metrics));
    } finally {
      await local.close();
    }
  });

  it('runs compatible trials as group jobs on the workers: each result under its own key, as the local driver groups them', async () => {
    const server = [...children].find((c) => c.spawnargs.includes(MAIN_JS))!;
    server.kill('SIGKILL');
    await exited(server);
    await startServer(GROUPED);
    const params = { ...PARAMS, seeds: Array.from({ length: 8 }, (_, i) => 200 + i) };
    const { body } = await postQuery<{ startRun: { id: string } }>(url, START, { input: { analysis: 'transfer', params } }, TOKEN);
    const id = body.data!.startRun.id;
    const run = await waitForRun(url, id, 180_000);
    expect({ status: run.status, completed: run.completedCount, failed: run.failedCount }).toEqual({ status: 'COMPLETED', completed: 24, failed: 0 });
    // The workers ran group jobs (a group job's id is the run's id and '.group.'), not 24 single ones.
    const queue = new Queue(TRIAL_QUEUE_NAME, { connection: { host: '127.0.0.1', port: redisPort } });
    let groups: { trials: unknown[] }[];
    try {
      const done = await queue.getJobs(['completed'], 0, 10_000);
      groups = done.filter((j) => j.id?.startsWith(`${id}.group.`)).map((j) => j.data as { trials: unknown[] });
    } finally {
      await queue.close();
    }
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((g) => g.trials.length > 1)).toBe(true);
    const rows = await pg.query<Row[]>('SELECT trial_key, metrics FROM result WHERE run_id = $1', [id]);
    expect(new Set(rows.map((r) => r.trial_key)).size).toBe(24);
    // The same trials through the local driver, grouped too: the same outcomes to float32 rounding
    // (stacked heads sum in another order when the groups differ).
    const local = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN, TRANSFERLAB_THREADS_PER_WORKER: '1', TRANSFERLAB_GROUP_TRIALS: 'on' });
    try {
      const started = await postQuery<{ startRun: { id: string } }>(local.url, START, { input: { analysis: 'transfer', params } }, TOKEN);
      const localRun = await waitForRun(local.url, started.body.data!.startRun.id, 120_000);
      expect(localRun.status).toBe('COMPLETED');
      const remote = new Map(rows.map((r) => [r.trial_key, outcome(JSON.parse(r.metrics) as Record<string, number>)]));
      expect(localRun.trials).toHaveLength(24);
      for (const t of localRun.trials) {
        const mine = remote.get(t.key)!;
        const theirs = outcome(t.result!.metrics);
        expect(Object.keys(mine).sort()).toEqual(Object.keys(theirs).sort());
        // A rounding difference may flip a borderline image of the 100 tested: accuracy within 2 images.
        for (const k of Object.keys(theirs)) {
          if (k === 'testAccuracy') expect(Math.abs(mine[k]! - theirs[k]!), `${t.key} ${k}`).toBeLessThanOrEqual(0.02 + 1e-9);
          else expect(mine[k], `${t.key} ${k}`).toBeCloseTo(theirs[k]!, 4);
        }
      }
    } finally {
      await local.close();
    }
  });
});
