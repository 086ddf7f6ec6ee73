// `npm start`, after `turbo run build`: validate the configuration, start the GraphQL server
// and the dashboard, print their URLs once both answer, and keep them running together.
// Ctrl-C / SIGTERM stop both; if either dies, the other is stopped and this exits non-zero.
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
].map((c) => ({
  ...c,
  process: spawn(process.execPath, c.args, { stdio: 'inherit', env: { ...process.env, ...c.env } }),
  exited: false,
}));

let stopping = false;
let exitCode = 0;

const FORCE_STOP_MS = 10_000;

function stopAll(signal) {
  for (const c of children) if (!c.exited) c.process.kill(signal);
  // A child stuck in shutdown must not keep `npm start` alive.
  setTimeout(() => {
    for (const c of children) if (!c.exited) c.process.kill('SIGKILL');
  }, FORCE_STOP_MS).unref();
}

for (const c of children) {
  c.process.on('exit', (code, signal) => {
    c.exited = true;
    if (!stopping) {
      stopping = true;
      exitCode = code === 0 || code === null ? 1 : code;
      process.stderr.write(`transferlab: the ${c.name} exited (${signal ?? `code ${code}`}); stopping\n`);
      stopAll('SIGTERM');
    }
    if (children.every((x) => x.exited)) process.exit(exitCode);
  });
}

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
      process.stdout.write(
        `\nTransferlab is running.\n  Dashboard:   ${dashboardUrl}\n  GraphQL API: ${graphqlUrl}\n  Data:        ${config.dataDir}\nPress Ctrl-C to stop.\n\n`,
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
  let runId;
  try {
    runId = JSON.parse(readFileSync(DEMO_MARKER, 'utf8')).runId;
  } catch {
    return;
  }
  let last = '';
  let lastAt = 0;
  while (!stopping) {
    const run = await demoRun(runId);
    if (run) {
      const done = run.completedCount + run.failedCount;
      const finished = !['QUEUED', 'RUNNING'].includes(run.status);
      // A demo that finished at an earlier start is not reported again.
      if (finished && demoStartedBefore && last === '') return;
      const pct = run.trialCount > 0 ? Math.floor((100 * done) / run.trialCount) : 100;
      const failed = run.failedCount > 0 ? `, ${run.failedCount} failed` : '';
      const line = `demo sweep: ${done}/${run.trialCount} trials (${pct}%)${failed}`;
      if (finished) {
        const took = run.finishedAt
          ? ` in ${duration(Date.parse(run.finishedAt) - Date.parse(run.createdAt))}`
          : '';
        process.stdout.write(
          `demo sweep: ${run.status.toLowerCase()}${took}, ${done}/${run.trialCount} trials${failed}; results on the dashboard: ${dashboardUrl}\n`,
        );
        return;
      }
      if (line !== last || Date.now() - lastAt >= DEMO_QUIET_MS) {
        process.stdout.write(`${line}\n`);
        last = line;
        lastAt = Date.now();
      }
    }
    await sleep(DEMO_POLL_MS);
  }
}

void waitUntilReady();
