import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, platformEnv, REPO_ROOT, runNode, START_SCRIPT, startPlatform } from './support/platform';
import { dashboardPid, pidWithArgs } from './support/proc';

// `npm start` is `turbo run build && node scripts/start.mjs`; these run the second half
// (the build is done before the e2e run) as processes, without a browser.
test.describe('start-up', () => {
  test('prints the dashboard and GraphQL URLs, serves both, and stops cleanly on SIGTERM', async ({ request }) => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-start-'));
    const [serverPort, dashboardPort] = [await freePort(), await freePort()];
    const platform = await startPlatform({
      TRANSFERLAB_DATA_DIR: join(dir, 'data'),
      TRANSFERLAB_SERVER_PORT: String(serverPort),
      TRANSFERLAB_DASHBOARD_PORT: String(dashboardPort),
    });
    try {
      expect(platform.dashboardUrl).toBe(`http://127.0.0.1:${dashboardPort}/`);
      expect(platform.graphqlUrl).toBe(`http://127.0.0.1:${serverPort}/graphql`);
      expect(platform.process.output()).toContain(`Data:        ${join(dir, 'data')}`);
      const direct = await request.post(platform.graphqlUrl, { data: { query: '{ system { version } }' } });
      expect(direct.status()).toBe(200);
      // The dashboard's same-origin /graphql reaches the same server.
      const proxied = await request.post(`${platform.dashboardUrl}graphql`, { data: { query: '{ system { version } }' } });
      expect(await proxied.json()).toEqual(await direct.json());
      expect((await request.get(platform.dashboardUrl)).status()).toBe(200);
    } finally {
      expect(await platform.stop()).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses a bad variable with its message and exit code 1, starting nothing', async () => {
    const proc = runNode([START_SCRIPT], platformEnv({ TRANSFERLAB_WORKERS: 'many' }));
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toBe(
      'transferlab: could not start:\ninvalid configuration:\n  - TRANSFERLAB_WORKERS="many" is not valid: accepts an integer from 1 to 256\n',
    );
  });

  test('the server alone stops on a bad variable with the message, no stack trace, exit code 1', async () => {
    const proc = runNode([join(REPO_ROOT, 'apps', 'server', 'dist', 'main.js')], platformEnv({ TRANSFERLAB_EXECUTION_PROVIDER: 'gpu' }));
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toBe(
      'transferlab server could not start:\ninvalid configuration:\n  - TRANSFERLAB_EXECUTION_PROVIDER="gpu" is not valid: accepts one of cpu, cuda, webgpu, auto\n',
    );
  });

  test('stops both processes and exits non-zero when one of them dies at start-up', async () => {
    // Both ports equal is refused by the configuration; a port already taken is not, and
    // makes the dashboard die at start-up.
    const taken = await freePort();
    const blocker = runNode(['-e', `require('node:net').createServer().listen(${taken}, '127.0.0.1', () => console.log('listening'))`], platformEnv({}));
    await blocker.waitFor(/listening/, 10_000);
    try {
      const proc = runNode([START_SCRIPT], platformEnv({ TRANSFERLAB_SERVER_PORT: String(await freePort()), TRANSFERLAB_DASHBOARD_PORT: String(taken) }));
      expect(await proc.exited).toBe(1);
      expect(proc.output()).toMatch(/transferlab: the dashboard exited \(code 1\); stopping/);
      expect(proc.output()).not.toContain('Transferlab is running');
    } finally {
      blocker.child.kill('SIGTERM');
    }
  });

  test('restarts a dashboard that crashes while the server keeps running; the server dying stops everything', async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'tl-restart-'));
    const platform = await startPlatform({
      TRANSFERLAB_DATA_DIR: join(dir, 'data'),
      TRANSFERLAB_SERVER_PORT: String(await freePort()),
      TRANSFERLAB_DASHBOARD_PORT: String(await freePort()),
    });
    try {
      process.kill(dashboardPid(platform.dashboardUrl), 'SIGKILL');
      await platform.process.waitFor(
        /the dashboard exited \(SIGKILL\); the server keeps running; restarting the dashboard in 1 s \(restart 1 of 5\)/,
        10_000,
      );
      const query = { data: { query: '{ system { version } }' } };
      expect((await request.post(platform.graphqlUrl, query)).status()).toBe(200);
      await platform.process.waitFor(/the dashboard was restarted/, 15_000);
      await expect
        .poll(async () => (await request.get(platform.dashboardUrl).catch(() => undefined))?.status(), {
          timeout: 30_000,
        })
        .toBe(200);
      // The server is not restarted: without it there is nothing to serve.
      const server = pidWithArgs(
        [join(REPO_ROOT, 'apps', 'server', 'dist', 'main.js')],
        platform.process.child.pid,
      );
      expect(server).toBeDefined();
      process.kill(server!, 'SIGKILL');
      expect(await platform.process.exited).toBe(1);
      expect(platform.process.output()).toMatch(/transferlab: the server exited \(SIGKILL\); stopping/);
    } finally {
      // A failure above leaves it running: stop it the way Ctrl-C would (it stops its children).
      if (platform.process.child.exitCode === null && platform.process.child.signalCode === null)
        await platform.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
