import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnvironment, CONFIG_VARIABLES, ConfigError, parseConfig } from './load-config';

const cwd = '/srv/lab';

describe('parseConfig', () => {
  it('gives the embedded defaults on an empty environment', () => {
    const c = parseConfig({}, cwd);
    expect(c.dataDir).toBe('/srv/lab/.transferlab');
    expect(c.database).toEqual({ type: 'sqlite', path: '/srv/lab/.transferlab/transferlab.sqlite' });
    expect(c.executionProvider).toBe('cpu');
    // One core is left to the API server.
    expect(c.workers).toBe(Math.max(1, availableParallelism() - 1));
    expect(c.threadsPerWorker).toBe(Math.max(1, Math.floor((availableParallelism() - 1) / c.workers)));
    expect(c.maxTrialsPerRun).toBe(20_000);
    expect(c.workerMemoryMb).toBe(Math.max(1024, Math.floor((totalmem() * 0.75) / 2 ** 20 / c.workers)));
    expect(c.workerRecycleMb).toBe(Math.floor(c.workerMemoryMb / 2));
    expect(c.workerCacheMb).toBe(Math.floor(c.workerMemoryMb / 4));
    expect(c.trialTimeoutS).toBe(21_600);
    expect(c.workerIdleReleaseS).toBe(10);
    expect(c.serverPort).toBe(4000);
    expect(c.dashboardPort).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.queue).toEqual({ driver: 'local' });
    expect(c.groupTrials).toBe(true);
    expect(c.datasetRoots).toEqual(['/srv/lab/.transferlab/datasets']);
  });

  it('reads every variable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-cfg-'));
    writeFileSync(join(dir, 'plugins.json'), '{"plugins":[]}');
    const c = parseConfig(
      {
        TRANSFERLAB_DATA_DIR: 'data',
        TRANSFERLAB_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
        TRANSFERLAB_EXECUTION_PROVIDER: 'auto',
        TRANSFERLAB_WORKERS: '3',
        TRANSFERLAB_THREADS_PER_WORKER: '2',
        TRANSFERLAB_SERVER_PORT: '8080',
        TRANSFERLAB_DASHBOARD_PORT: '8081',
        TRANSFERLAB_API_TOKEN: 'a-long-enough-token',
        TRANSFERLAB_PLUGINS_CONFIG: 'plugins.json',
        TRANSFERLAB_DATASET_ROOTS: '/a:/b',
        TRANSFERLAB_QUEUE: 'bullmq',
        TRANSFERLAB_REDIS_URL: 'redis://127.0.0.1:6379',
        TRANSFERLAB_WORKER_MEMORY_MB: '2048',
        TRANSFERLAB_WORKER_RECYCLE_MB: '768',
        TRANSFERLAB_WORKER_CACHE_MB: '300',
        TRANSFERLAB_WORKER_IDLE_RELEASE_S: '0',
        TRANSFERLAB_TRIAL_TIMEOUT_S: '600',
        TRANSFERLAB_QUEUE_STALL_S: '5',
        TRANSFERLAB_WORKER_TOKEN: 'a-worker-token-0123',
        TRANSFERLAB_SERVER_URL: 'http://10.0.0.2:4000/',
        TRANSFERLAB_GROUP_TRIALS: 'off',
      },
      dir,
    );
    expect(c).toMatchObject({
      dataDir: join(dir, 'data'),
      database: { type: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' },
      executionProvider: 'auto',
      workers: 3,
      threadsPerWorker: 2,
      serverPort: 8080,
      dashboardPort: 8081,
      apiToken: 'a-long-enough-token',
      pluginConfigFile: join(dir, 'plugins.json'),
      datasetRoots: ['/a', '/b'],
      queue: { driver: 'bullmq', redisUrl: 'redis://127.0.0.1:6379', stallS: 5 },
      workerToken: 'a-worker-token-0123',
      serverUrl: 'http://10.0.0.2:4000',
      workerMemoryMb: 2048,
      workerRecycleMb: 768,
      workerCacheMb: 300,
      workerIdleReleaseS: 0,
      trialTimeoutS: 600,
      groupTrials: false,
    });
    expect(parseConfig({ TRANSFERLAB_EXECUTION_PROVIDER: 'webgpu' }, cwd).executionProvider).toBe('webgpu');
    expect(parseConfig({ TRANSFERLAB_DATABASE_URL: 'sqlite:db/x.sqlite' }, cwd).database).toEqual({
      type: 'sqlite',
      path: '/srv/lab/db/x.sqlite',
    });
  });

  it.each([
    ['TRANSFERLAB_EXECUTION_PROVIDER', 'gpu', 'TRANSFERLAB_EXECUTION_PROVIDER="gpu" is not valid: accepts one of cpu, cuda, webgpu, auto'],
    ['TRANSFERLAB_WORKERS', '0', 'TRANSFERLAB_WORKERS="0" is not valid: accepts an integer from 1 to 256'],
    ['TRANSFERLAB_WORKERS', 'two', 'TRANSFERLAB_WORKERS="two" is not valid: accepts an integer from 1 to 256'],
    ['TRANSFERLAB_THREADS_PER_WORKER', '1.5', 'TRANSFERLAB_THREADS_PER_WORKER="1.5" is not valid: accepts an integer from 1 to 256'],
    ['TRANSFERLAB_SERVER_PORT', '70000', 'TRANSFERLAB_SERVER_PORT="70000" is not valid: accepts an integer from 1 to 65535'],
    ['TRANSFERLAB_DASHBOARD_PORT', '-1', 'TRANSFERLAB_DASHBOARD_PORT="-1" is not valid: accepts an integer from 1 to 65535'],
    ['TRANSFERLAB_DATABASE_URL', 'mysql://x', 'TRANSFERLAB_DATABASE_URL="mysql://x" is not valid: accepts sqlite:<path> or postgres://user@host:port/db'],
    ['TRANSFERLAB_API_TOKEN', 'short', 'TRANSFERLAB_API_TOKEN="short" is not valid: accepts at least 16 characters'],
    ['TRANSFERLAB_PLUGINS_CONFIG', '/no/such/file.json', 'TRANSFERLAB_PLUGINS_CONFIG="/no/such/file.json" is not valid: accepts path of an existing JSON file'],
    ['TRANSFERLAB_QUEUE', 'kafka', 'TRANSFERLAB_QUEUE="kafka" is not valid: accepts one of local, bullmq'],
    ['TRANSFERLAB_REDIS_URL', 'localhost:6379', 'TRANSFERLAB_REDIS_URL="localhost:6379" is not valid: accepts redis://host:port'],
    ['TRANSFERLAB_WORKER_MEMORY_MB', '100', 'TRANSFERLAB_WORKER_MEMORY_MB="100" is not valid: accepts an integer from 256 to 4194304'],
    ['TRANSFERLAB_WORKER_RECYCLE_MB', '63', 'TRANSFERLAB_WORKER_RECYCLE_MB="63" is not valid: accepts an integer from 64 to 4194304'],
    ['TRANSFERLAB_WORKER_RECYCLE_MB', '4194305', 'TRANSFERLAB_WORKER_RECYCLE_MB="4194305" is not valid: accepts an integer from 64 to 4194304'],
    ['TRANSFERLAB_WORKER_RECYCLE_MB', '1.5', 'TRANSFERLAB_WORKER_RECYCLE_MB="1.5" is not valid: accepts an integer from 64 to 4194304'],
    ['TRANSFERLAB_WORKER_CACHE_MB', '15', 'TRANSFERLAB_WORKER_CACHE_MB="15" is not valid: accepts an integer from 16 to 4194304'],
    ['TRANSFERLAB_WORKER_CACHE_MB', '4194305', 'TRANSFERLAB_WORKER_CACHE_MB="4194305" is not valid: accepts an integer from 16 to 4194304'],
    ['TRANSFERLAB_WORKER_CACHE_MB', '64.5', 'TRANSFERLAB_WORKER_CACHE_MB="64.5" is not valid: accepts an integer from 16 to 4194304'],
    ['TRANSFERLAB_WORKER_IDLE_RELEASE_S', '-1', 'TRANSFERLAB_WORKER_IDLE_RELEASE_S="-1" is not valid: accepts an integer from 0 to 86400'],
    ['TRANSFERLAB_WORKER_IDLE_RELEASE_S', '86401', 'TRANSFERLAB_WORKER_IDLE_RELEASE_S="86401" is not valid: accepts an integer from 0 to 86400'],
    ['TRANSFERLAB_WORKER_IDLE_RELEASE_S', '2.5', 'TRANSFERLAB_WORKER_IDLE_RELEASE_S="2.5" is not valid: accepts an integer from 0 to 86400'],
    ['TRANSFERLAB_TRIAL_TIMEOUT_S', '0', 'TRANSFERLAB_TRIAL_TIMEOUT_S="0" is not valid: accepts an integer from 1 to 2592000'],
    ['TRANSFERLAB_QUEUE_STALL_S', '1', 'TRANSFERLAB_QUEUE_STALL_S="1" is not valid: accepts an integer from 2 to 3600'],
    ['TRANSFERLAB_WORKER_TOKEN', 'short', 'TRANSFERLAB_WORKER_TOKEN="short" is not valid: accepts at least 16 characters'],
    ['TRANSFERLAB_SERVER_URL', 'ftp://x', 'TRANSFERLAB_SERVER_URL="ftp://x" is not valid: accepts http(s)://host:port'],
    ['TRANSFERLAB_GROUP_TRIALS', '1', 'TRANSFERLAB_GROUP_TRIALS="1" is not valid: accepts one of on, off'],
    ['TRANSFERLAB_HOST', 'a b', 'TRANSFERLAB_HOST="a b" is not valid: accepts a host name or IP address'],
  ])('%s=%s gives its specific message', (name, value, message) => {
    let error: unknown;
    try {
      parseConfig({ [name]: value }, cwd);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([message]);
  });

  it('keeps the cache budget under the recycle threshold', () => {
    // The default follows a lower threshold: half of it, not a quarter of the cap.
    expect(parseConfig({ TRANSFERLAB_WORKER_MEMORY_MB: '2048', TRANSFERLAB_WORKER_RECYCLE_MB: '256' }, cwd).workerCacheMb).toBe(128);
    expect(parseConfig({ TRANSFERLAB_WORKER_MEMORY_MB: '2048' }, cwd)).toMatchObject({ workerRecycleMb: 1024, workerCacheMb: 512 });
    expect(() => parseConfig({ TRANSFERLAB_WORKER_MEMORY_MB: '2048', TRANSFERLAB_WORKER_CACHE_MB: '1024' }, cwd)).toThrow(
      'TRANSFERLAB_WORKER_CACHE_MB (1024) must be below TRANSFERLAB_WORKER_RECYCLE_MB (1024): a worker whose caches fill their budget would be replaced after every trial',
    );
  });

  it('reports every bad variable at once, and equal ports', () => {
    expect(() =>
      parseConfig({ TRANSFERLAB_WORKERS: 'x', TRANSFERLAB_SERVER_PORT: '3000', TRANSFERLAB_DASHBOARD_PORT: '3000' }, cwd),
    ).toThrow(/TRANSFERLAB_WORKERS="x"[\s\S]*TRANSFERLAB_SERVER_PORT and TRANSFERLAB_DASHBOARD_PORT are both 3000/);
  });
});

describe('the configuration table of docs/configuration.md', () => {
  it('documents every variable the configuration module reads, with what it accepts', () => {
    const doc = readFileSync(join(__dirname, '../../../../docs/configuration.md'), 'utf8');
    // Cells of every table row, trimmed: the table may be padded (Prettier) or not.
    const rows = doc
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    const code = (text: string, literal: string): string => text.replace(literal, `\`${literal}\``);
    for (const v of CONFIG_VARIABLES) {
      const accepts = code(code(code(v.accepts, 'sqlite:<path>'), 'postgres://user@host:port/db'), 'redis://host:port');
      expect(rows.find((cells) => cells[0] === `\`${v.name}\``)?.[1], v.name).toBe(accepts);
    }
  });
});

describe('childEnvironment', () => {
  it('is this process environment with the given variables set over it', () => {
    const env = childEnvironment({ TRANSFERLAB_SERVER_PORT: '4567' });
    expect(env.TRANSFERLAB_SERVER_PORT).toBe('4567');
    expect(env.PATH).toBe(process.env.PATH);
  });
});
