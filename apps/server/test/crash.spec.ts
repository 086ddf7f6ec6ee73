import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '../src/database/data-source-options';
import { LocalTrialQueue } from '../src/queue/local-trial-queue';
import { TRIAL_QUEUE_DRIVER } from '../src/queue/trial-queue';
import { ResultEntity } from '../src/results/result.entity';
import { DATABASES, sqliteDatabase, type TestDatabase } from './helpers/databases';
import { RUN_QUERY, START, waitForRun, type RunData } from './helpers/runs';
import { postQuery, startTestServer, tempProject, type TestServer } from './helpers/test-server';
import { freePort } from './helpers/processes';
import { until } from './helpers/until';

const TOKEN = 'crash-test-token';

/** Every trial key of the run has exactly one result row: none missing, none twice. */
async function expectOneResultPerKey(url: string, run: RunData): Promise<void> {
  const ds = await new DataSource(dataSourceOptions({ database: url.startsWith('sqlite:') ? { type: 'sqlite', path: url.slice(7) } : { type: 'postgres', url } })).initialize();
  try {
    const rows = await ds.getRepository(ResultEntity).findBy({ runId: run.id });
    const keys = rows.map((r) => r.trialKey).sort();
    expect(keys).toEqual(run.trials.map((t) => t.key).sort());
  } finally {
    await ds.destroy();
  }
}

async function runState(url: string, id: string): Promise<RunData> {
  const { body } = await postQuery<{ run: RunData }>(url, RUN_QUERY, { id });
  return body.data!.run;
}

describe.each(DATABASES)('a worker killed during a run, on $kind', ({ create }) => {
  let db: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    db = await create();
    server = await startTestServer({ TRANSFERLAB_DATABASE_URL: db.url, TRANSFERLAB_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('retries the trial on a new worker: the run completes with exactly one result per key', async () => {
    const { body } = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      { input: { analysis: 'fixture-sweep', params: { ns: [10, 20, 40], seeds: 2, delayMs: 150 } } },
      TOKEN,
    );
    const id = body.data!.startRun.id;
    // After a first result the worker is warm, so a trial marked running is in it (150 ms each).
    const running = await until('a running trial after a stored result', async () => {
      const r = await runState(server.url, id);
      return r.completedCount >= 1 ? r.trials.find((t) => t.status === 'RUNNING') : undefined;
    });
    await new Promise((r) => setTimeout(r, 40));
    // One worker: the running trial is in it.
    const driver = server.app.get<symbol, LocalTrialQueue>(TRIAL_QUEUE_DRIVER);
    expect(driver.pids).toHaveLength(1);
    process.kill(driver.pids[0]!, 'SIGKILL');

    const run = await waitForRun(server.url, id);
    expect(run).toMatchObject({ status: 'COMPLETED', completedCount: 12, failedCount: 0 });
    const retried = run.trials.find((t) => t.key === running.key)!;
    expect(retried).toMatchObject({ status: 'DONE', attempts: 2 });
    expect(retried.failureReason).toBeNull();
    await expectOneResultPerKey(db.url, run);
  });

  it('marks a trial failed with the reason once its worker died more often than the retry count', async () => {
    const { body } = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      { input: { analysis: 'fixture-sweep', params: { ns: [10], seeds: 1, crashSource: 'robust' } } },
      TOKEN,
    );
    const run = await waitForRun(server.url, body.data!.startRun.id);
    expect(run).toMatchObject({ status: 'COMPLETED', completedCount: 1, failedCount: 1 });
    const failed = run.trials.find((t) => t.status === 'FAILED')!;
    // Default retry count 2: three attempts in all.
    expect(failed.attempts).toBe(3);
    expect(failed.failureReason).toMatch(/^analysis 'fixture-sweep' 2\.0\.0: worker process \d+ died while running job 'transferlab\.run-trial': killed by signal SIGKILL \(after 3 attempts\)$/);
  });
});

describe('a shutdown during a long trial', () => {
  const grace = LocalTrialQueue.SHUTDOWN_GRACE_MS;
  afterAll(() => {
    LocalTrialQueue.SHUTDOWN_GRACE_MS = grace;
  });

  it('stops after the grace period, leaving the cut-short trial RUNNING (not failed) for the resume at the next start', async () => {
    LocalTrialQueue.SHUTDOWN_GRACE_MS = 300;
    const db = sqliteDatabase();
    try {
      const env = { TRANSFERLAB_DATABASE_URL: db.url, TRANSFERLAB_API_TOKEN: TOKEN };
      const first = await startTestServer(env);
      const { body } = await postQuery<{ startRun: { id: string } }>(
        first.url,
        START,
        { input: { analysis: 'fixture-sweep', params: { ns: [10], seeds: 1, sources: ['natural'], delayMs: 10_000 } } },
        TOKEN,
      );
      const id = body.data!.startRun.id;
      await until('the trial to run', async () => ((await runState(first.url, id)).trials[0]?.status === 'RUNNING' ? true : undefined));
      await new Promise((r) => setTimeout(r, 2000)); // the worker starts (tsx) and takes the trial
      const t0 = Date.now();
      await first.close();
      expect(Date.now() - t0).toBeLessThan(4000);

      LocalTrialQueue.SHUTDOWN_GRACE_MS = grace;
      const ds = await new DataSource(dataSourceOptions({ database: { type: 'sqlite', path: db.url.slice(7) } })).initialize();
      const stored = await ds.query('SELECT status, attempts FROM trial');
      await ds.destroy();
      expect(stored).toEqual([{ status: 'running', attempts: 1 }]);
    } finally {
      await db.drop();
    }
  });
});

const MAIN_JS = resolve(__dirname, '..', 'dist', 'main.js');


/** The compiled server as a user starts it, in its own process; resolves once it listens. */
async function startServerProcess(env: Record<string, string>, cwd: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN_JS], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('GraphQL API at')) ok();
    });
    child.on('exit', (code) => fail(new Error(`server exited with code ${code}: ${out}`)));
  });
  return child;
}

describe.runIf(existsSync(MAIN_JS)).each(DATABASES)('the server killed during a run, on $kind', ({ create }) => {
  let db: TestDatabase;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    db = await create();
  });
  afterEach(() => {
    child?.kill('SIGKILL');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('resumes the run after a restart and completes it with exactly one result per key', async () => {
    const { dir, configFile } = tempProject();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    const env = {
      TRANSFERLAB_DATA_DIR: join(dir, 'data'),
      TRANSFERLAB_PLUGINS_CONFIG: configFile,
      TRANSFERLAB_DATABASE_URL: db.url,
      TRANSFERLAB_SERVER_PORT: String(port),
      TRANSFERLAB_API_TOKEN: TOKEN,
      TRANSFERLAB_WORKERS: '1',
    };
    child = await startServerProcess(env, dir);
    const { body } = await postQuery<{ startRun: { id: string; trialCount: number } }>(
      url,
      START,
      { input: { analysis: 'fixture-sweep', params: { ns: [10, 20, 40], seeds: 2, delayMs: 150 } } },
      TOKEN,
    );
    const id = body.data!.startRun.id;
    await until('two stored results', async () => ((await runState(url, id)).completedCount >= 2 ? true : undefined));
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));

    child = await startServerProcess(env, dir);
    const run = await waitForRun(url, id);
    expect(run).toMatchObject({ status: 'COMPLETED', completedCount: 12, failedCount: 0 });
    expect(run.trials.every((t) => t.status === 'DONE')).toBe(true);
    await expectOneResultPerKey(db.url, run);
    // Two cold starts of the compiled server and its workers: slow when the machine is busy.
  }, 120_000);
});
