// `npm start`, after `turbo run build`: validate the configuration, start the GraphQL server
// and the dashboard, print their URLs once both answer, and keep them running together.
// Ctrl-C / SIGTERM stop both. The server dying, or either dying before both answer, stops both
// and exits non-zero; a dashboard that crashes later is restarted (backoff, limited).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
// The configuration module is the only reader of the environment (built sdk dist).
const { loadConfig, ConfigError } = require('@transferlab/sdk/config');

const READY_TIMEOUT_MS = 90_000;

function fail(message) {
  process.stderr.write(`transferlab: ${message}\n`);
  process.exit(1);
}

// `npm start` shows the demo sweep on a first start unless TRANSFERLAB_DEMO says otherwise
// (the server's own default is off, so tests and direct starts run nothing unasked). Set
// before the configuration is read, so the server child inherits it.
process.env.TRANSFERLAB_DEMO ??= 'on';

let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) fail(`could not start:\n${e.message}`);
  throw e;
}

const urlHost = (host) => {
  const connect = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return connect.includes(':') ? `[${connect}]` : connect;
};
const graphqlUrl = `http://${urlHost(config.host)}:${config.serverPort}/graphql`;
const dashboardUrl = `http://${urlHost(config.host)}:${config.dashboardPort}/`;

const dashboardDir = join(root, 'apps', 'dashboard');
const nextBin = createRequire(join(dashboardDir, 'package.json')).resolve('next/dist/bin/next');

// Children share this process's working directory and environment, so relative paths in
// TRANSFERLAB_* variables resolve the same way in all three processes.
const children = [
  { name: 'server', args: [join(root, 'apps', 'server', 'dist', 'main.js')], env: {} },
  {
    name: 'dashboard',
    args: [nextBin, 'start', dashboardDir, '--port', String(config.dashboardPort), '--hostname', config.host],
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
].map((c) => ({ ...c, process: undefined, exited: true, startedAt: 0 }));

let stopping = false;
let ready = false;
let exitCode = 0;

const FORCE_STOP_MS = 10_000;
// A crashed dashboard is started again after 1 s, 2 s, 4 s... (at most 30 s); the count starts
// over once it has stayed up a minute, and a sixth crash in a row stops everything: a dashboard
// that keeps dying needs a person, not a loop.
const DASHBOARD_RESTARTS = 5;
const RESTART_BASE_MS = 1_000;
const RESTART_MAX_MS = 30_000;
const STABLE_MS = 60_000;
let dashboardRestarts = 0;

function stopAll(signal) {
  for (const c of children) if (!c.exited) c.process.kill(signal);
  // A child stuck in shutdown must not keep `npm start` alive.
  setTimeout(() => {
    for (const c of children) if (!c.exited) c.process.kill('SIGKILL');
  }, FORCE_STOP_MS).unref();
  if (children.every((x) => x.exited)) process.exit(exitCode);
}

function stopBecause(message) {
  stopping = true;
  exitCode = 1;
  process.stderr.write(`transferlab: ${message}; stopping\n`);
  stopAll('SIGTERM');
}

function start(c) {
  c.process = spawn(process.execPath, c.args, { stdio: 'inherit', env: { ...process.env, ...c.env } });
  c.exited = false;
  c.startedAt = Date.now();
  c.process.on('exit', (code, signal) => onExit(c, code, signal));
}

function onExit(c, code, signal) {
  c.exited = true;
  const how = signal ?? `code ${code}`;
  if (!stopping) {
    // Before both answer, a death is a start-up failure (a port taken, a bad build): restarting
    // would repeat it. The server holds the runs: without it there is nothing to serve.
    if (c.name !== 'dashboard' || !ready) {
      stopping = true;
      exitCode = code === 0 || code === null ? 1 : code;
      process.stderr.write(`transferlab: the ${c.name} exited (${how}); stopping\n`);
      stopAll('SIGTERM');
    } else {
      if (Date.now() - c.startedAt >= STABLE_MS) dashboardRestarts = 0;
      if (dashboardRestarts >= DASHBOARD_RESTARTS) {
        stopBecause(`the dashboard exited (${how}) after ${DASHBOARD_RESTARTS} restarts in a row`);
      } else {
        dashboardRestarts += 1;
        const delay = Math.min(RESTART_MAX_MS, RESTART_BASE_MS * 2 ** (dashboardRestarts - 1));
        process.stderr.write(
          `transferlab: the dashboard exited (${how}); the server keeps running; restarting the dashboard in ${delay / 1000} s (restart ${dashboardRestarts} of ${DASHBOARD_RESTARTS})\n`,
        );
        setTimeout(() => {
          if (stopping) return;
          start(c);
          process.stdout.write(`transferlab: the dashboard was restarted: ${dashboardUrl}\n`);
        }, delay);
      }
    }
  }
  if (stopping && children.every((x) => x.exited)) process.exit(exitCode);
}

children.forEach(start);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    stopAll(signal);
  });
}

async function answers(url, init) {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function waitUntilReady() {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const systemQuery = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ system { version } }' }),
  };
  while (!stopping && Date.now() < deadline) {
    if ((await answers(graphqlUrl, systemQuery)) && (await answers(dashboardUrl))) {
      ready = true;
      // Where the token is: changes through the dashboard need it pasted once at /login.
      const token =
        config.apiToken !== undefined ? 'TRANSFERLAB_API_TOKEN' : join(config.dataDir, 'api-token');
      process.stdout.write(
        `\nTransferlab is running.\n  Dashboard:   ${dashboardUrl}\n  GraphQL API: ${graphqlUrl}\n  Data:        ${config.dataDir}\n  API token:   ${token} (paste it at ${dashboardUrl}login to start runs from the dashboard)\nPress Ctrl-C to stop.\n\n`,
      );
      if (config.demo) void followDemo();
      return;
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  if (!stopping) {
    stopping = true;
    exitCode = 1;
    process.stderr.write(
      `transferlab: the server and dashboard did not answer within ${READY_TIMEOUT_MS / 1000} s; stopping\n`,
    );
    stopAll('SIGTERM');
  }
}

// The demo sweep's progress, one line every few seconds while it runs. The server records the
// demo run in <data dir>/demo-run.json when it starts it (on a first start only).
const DEMO_MARKER = join(config.dataDir, 'demo-run.json');
const demoStartedBefore = existsSync(DEMO_MARKER);
const DEMO_POLL_MS = 5_000;
const DEMO_QUIET_MS = 30_000;
const DEMO_MARKER_WAIT_MS = 120_000;

async function demoRun(id) {
  try {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'query DemoRun($id: ID!) { run(id: $id) { status trialCount completedCount failedCount createdAt finishedAt } }',
        variables: { id },
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = await res.json();
    return body.data?.run ?? undefined;
  } catch {
    return undefined;
  }
}

function duration(ms) {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

async function followDemo() {
  const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms).unref());
  const waitUntil = Date.now() + DEMO_MARKER_WAIT_MS;
  // No marker soon after start-up: the data directory already had runs, or the zoo has no
  // natural model; the server's log says which.
  while (!stopping && !existsSync(DEMO_MARKER)) {
    if (Date.now() > waitUntil) return;
    await sleep(1_000);
  }
  let marker;
  try {
    marker = JSON.parse(readFileSync(DEMO_MARKER, 'utf8'));
  } catch {
    return;
  }
  // The sweep, then the runs queued after it in order, each followed to its end; each page's
  // address is printed when its first results are in, and again when the run ends.
  const runs = [{ label: 'demo sweep', id: marker.runId, page: `analyses/transfer?run=${marker.runId}` }];
  for (const analysis of ['robustness', 'influence', 'saliency'])
    if (marker[analysis]?.runId)
      runs.push({
        label: `demo ${analysis}`,
        id: marker[analysis].runId,
        page: `analyses/${analysis}?run=${marker[analysis].runId}`,
      });
  let lastFinishedAt;
  for (const r of runs) {
    const finished = await followRun(r, sleep);
    if (!finished) return;
    lastFinishedAt = finished.finishedAt ?? lastFinishedAt;
  }
  // Every run's per-example evidence of one test image, side by side.
  process.stdout.write(
    `demo: every page has results; one test image across the runs: ${dashboardUrl}examples\n`,
  );
  if (lastFinishedAt && marker.startedAt)
    process.stdout.write(
      `demo: ${runs.length} runs finished in ${duration(Date.parse(lastFinishedAt) - Date.parse(marker.startedAt))}\n`,
    );
}

/** Follows one run to its end; its run record then, or undefined (stopping, or reported at an earlier start). */
async function followRun({ label, id, page }, sleep) {
  let last = '';
  let lastAt = 0;
  let filling = false;
  while (!stopping) {
    const run = await demoRun(id);
    if (run) {
      const done = run.completedCount + run.failedCount;
      const finished = !['QUEUED', 'RUNNING'].includes(run.status);
      // A demo that finished at an earlier start is not reported again.
      if (finished && demoStartedBefore && last === '') return undefined;
      const pct = run.trialCount > 0 ? Math.floor((100 * done) / run.trialCount) : 100;
      const failed = run.failedCount > 0 ? `, ${run.failedCount} failed` : '';
      if (!filling && run.completedCount > 0 && !finished) {
        filling = true;
        process.stdout.write(`${label}: results filling in at ${dashboardUrl}${page}\n`);
      }
      const line = `${label}: ${done}/${run.trialCount} trials (${pct}%)${failed}`;
      if (finished) {
        const took = run.finishedAt
          ? ` at ${duration(Date.parse(run.finishedAt) - Date.parse(run.createdAt))} after it was queued`
          : '';
        process.stdout.write(
          `${label}: ${run.status.toLowerCase()}${took}, ${done}/${run.trialCount} trials${failed}; results: ${dashboardUrl}${page}\n`,
        );
        return run;
      }
      if (line !== last || Date.now() - lastAt >= DEMO_QUIET_MS) {
        process.stdout.write(`${line}\n`);
        last = line;
        lastAt = Date.now();
      }
    }
    await sleep(DEMO_POLL_MS);
  }
  return undefined;
}

void waitUntilReady();
