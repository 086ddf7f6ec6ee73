import { afterEach, describe, expect, it, vi } from 'vitest';
import { TRIAL_QUEUE_DRIVER, type TrialQueueDriver } from '../src/queue/trial-queue';
import type { RunObject } from '../src/runs/dto/run.object';
import { RunEvents } from '../src/runs/run-events';
import { RunStatus } from '../src/runs/run-status';
import { START, waitForRun, type RunData } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'transfer-groups-token-01';
const SOURCES = ['fashion-mnist-a-resnet8-w16-natural', 'fashion-mnist-a-resnet8-w16-linf-4'];
// 2 sources x 1 target x 2 n x 2 seeds, depth 0: two group keys (one per source) of four trials.
const PARAMS = { sources: SOURCES, targets: ['mnist'], n: [20, 40], depths: [0], seeds: [0, 1], epochs: 2, batchSize: 16, testLimit: 60 };

interface Sweep {
  readonly run: RunData;
  /** The trials of each driver job: 1 for a trial alone, more for a group. */
  readonly jobs: number[];
  /** The published update that finished the run (what watchers see last). */
  readonly finished: RunObject | undefined;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function sweep(grouping: 'on' | 'off'): Promise<Sweep> {
  server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN, TRANSFERLAB_GROUP_TRIALS: grouping });
  const driver = server.app.get<TrialQueueDriver>(TRIAL_QUEUE_DRIVER);
  const jobs: number[] = [];
  let finished: RunObject | undefined;
  const events = server.app.get(RunEvents);
  const publish = events.publish.bind(events);
  events.publish = (run) => {
    if (run.status !== RunStatus.RUNNING && finished === undefined) finished = run;
    publish(run);
  };
  const execute = driver.execute.bind(driver);
  driver.execute = (job, execution) => {
    jobs.push(job.trials.length);
    return execute(job, execution);
  };
  const { body } = await postQuery<{ startRun: { id: string } }>(server.url, START, { input: { analysis: 'transfer', params: PARAMS } }, TOKEN);
  expect(body.errors).toBeUndefined();
  const run = await waitForRun(server.url, body.data!.startRun.id, 240_000);
  return { run, jobs, finished };
}

const byKey = (run: RunData) => new Map(run.trials.map((t) => [t.key, t]));

// The server hands depth-0 transfer trials of one source and target to one worker job
// (transfer.runGroup: stacked heads); each trial's row must be what it stores alone.
describe('grouped transfer trials through the local queue', { timeout: 600_000 }, () => {
  it('stores the same per-trial results with grouping on as off, in fewer worker jobs', async () => {
    const alone = await sweep('off');
    await server!.close();
    server = undefined;
    const grouped = await sweep('on');

    expect(alone.run.status).toBe('COMPLETED');
    expect(grouped.run.status).toBe('COMPLETED');
    expect(alone.jobs).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    // One worker: a group per source, all four of its trials.
    expect(grouped.jobs).toEqual([4, 4]);
    // The update that finishes the run counts nothing as running (watchers stop at it).
    expect(grouped.finished).toMatchObject({ status: RunStatus.COMPLETED, completedCount: 8, runningCount: 0 });
    expect(alone.finished).toMatchObject({ status: RunStatus.COMPLETED, completedCount: 8, runningCount: 0 });

    const a = byKey(alone.run);
    const g = byKey(grouped.run);
    expect([...g.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [key, t] of g) {
      const s = a.get(key)!;
      expect(t.status).toBe('DONE');
      expect(t.attempts).toBe(1);
      expect(t.result!.provider).toBe(s.result!.provider);
      expect(t.result!.pluginVersion).toBe(s.result!.pluginVersion);
      expect(t.result!.metrics.n).toBe(s.result!.metrics.n);
      expect(t.result!.metrics.testAccuracy).toBeCloseTo(s.result!.metrics.testAccuracy!, 5);
      expect(t.result!.metrics.testLoss).toBeCloseTo(s.result!.metrics.testLoss!, 4);
      expect(t.result!.metrics.trainLoss).toBeCloseTo(s.result!.metrics.trainLoss!, 4);
      expect(t.result!.series).toHaveLength(s.result!.series.length);
      t.result!.series.forEach((e, i) => expect(e.testLoss).toBeCloseTo(s.result!.series[i]!.testLoss!, 4));
      expect(t.result!.details).toEqual(s.result!.details);
    }
    // A group's wall time is shared equally: the four trials of a source store one `seconds`.
    for (const source of SOURCES) {
      const seconds = grouped.run.trials.filter((t) => t.config.source === source).map((t) => t.result!.metrics.seconds);
      expect(new Set(seconds).size).toBe(1);
    }
  });

  // The executor's side of a group job, with the driver's call replaced for groups: what it
  // does when the job fails (one by one) and when its run is cancelled (every trial of the group).
  const SMALL = { ...PARAMS, sources: [SOURCES[0]], n: [20], epochs: 1 };

  it('runs the trials of a failed group one by one, each storing its own result', async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
    const driver = server.app.get<TrialQueueDriver>(TRIAL_QUEUE_DRIVER);
    const execute = driver.execute.bind(driver);
    const jobs: number[] = [];
    driver.execute = (job, execution) => {
      jobs.push(job.trials.length);
      return job.trials.length > 1 ? Promise.reject(new Error('the group ran out of memory')) : execute(job, execution);
    };
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const { body } = await postQuery<{ startRun: { id: string } }>(server.url, START, { input: { analysis: 'transfer', params: SMALL } }, TOKEN);
    const run = await waitForRun(server.url, body.data!.startRun.id, 120_000);
    const warnings = warn.mock.calls.map((c) => String(c[0]));
    warn.mockRestore();
    // The group's job, then each trial's own.
    expect(jobs).toEqual([2, 1, 1]);
    expect(run).toMatchObject({ status: 'COMPLETED', completedCount: 2, failedCount: 0 });
    expect(run.trials.map((t) => [t.status, t.attempts, t.failureReason])).toEqual([
      ['DONE', 2, null],
      ['DONE', 2, null],
    ]);
    expect(warnings).toContainEqual(expect.stringMatching(/a group of 2 trials .* failed \(analysis 'transfer' [\d.]+: the group ran out of memory\); running them one by one/));
  });

  it('cancels every trial of a running group, storing nothing', async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
    const driver = server.app.get<TrialQueueDriver>(TRIAL_QUEUE_DRIVER);
    let started!: () => void;
    const running = new Promise<void>((ok) => (started = ok));
    // Holds until its signal aborts, as a worker killed on cancel makes the pool's job reject.
    driver.execute = (_job, execution) =>
      new Promise((_ok, fail) => {
        execution?.signal?.addEventListener('abort', () => fail(new Error('the job was cancelled')));
        started();
      });
    const { body } = await postQuery<{ startRun: { id: string } }>(server.url, START, { input: { analysis: 'transfer', params: SMALL } }, TOKEN);
    const id = body.data!.startRun.id;
    await running;
    const cancelled = await postQuery<{ cancelRun: { status: string } }>(server.url, 'mutation ($id: ID!) { cancelRun(id: $id) { status } }', { id }, TOKEN);
    expect(cancelled.body.data?.cancelRun.status).toBe('CANCELLED');
    const run = await waitForRun(server.url, id);
    expect(run.trials.map((t) => [t.status, t.attempts, t.result])).toEqual([
      ['CANCELLED', 1, null],
      ['CANCELLED', 1, null],
    ]);
  });
});
