import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, REPO_ROOT, startPlatform } from './support/platform';
import { PLATFORM_ENV } from './support/platform-urls';

/**
 * One platform for the browser tests: the real server and dashboard on a temporary data
 * directory and free loopback ports, with the repository's example plugins named in a
 * transferlab.config.json as a user would.
 */
// eslint-disable-next-line no-restricted-syntax -- Playwright loads the global setup's default export.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'tl-e2e-'));
  const pluginsConfig = join(dir, 'transferlab.config.json');
  const examples = ['example-attack', 'example-model', 'example-analysis'].map((e) => join(REPO_ROOT, 'examples', e));
  writeFileSync(pluginsConfig, JSON.stringify({ plugins: examples }, null, 2));

  const [serverPort, dashboardPort] = [await freePort(), await freePort()];
  const platform = await startPlatform({
    TRANSFERLAB_DATA_DIR: join(dir, 'data'),
    TRANSFERLAB_HOST: '127.0.0.1',
    TRANSFERLAB_SERVER_PORT: String(serverPort),
    TRANSFERLAB_DASHBOARD_PORT: String(dashboardPort === serverPort ? await freePort() : dashboardPort),
    TRANSFERLAB_PLUGINS_CONFIG: pluginsConfig,
  });
  // Workers start after this returns and inherit these.
  process.env[PLATFORM_ENV.dashboard] = platform.dashboardUrl;
  process.env[PLATFORM_ENV.graphql] = platform.graphqlUrl;

  return async () => {
    const code = await platform.stop();
    rmSync(dir, { recursive: true, force: true });
    if (code !== 0) throw new Error(`the platform did not stop cleanly (exit ${code}); output:\n${platform.process.output()}`);
  };
}
