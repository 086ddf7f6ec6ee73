import type { ChildProcess } from 'node:child_process';
import type { Env } from '@transferlab/sdk/config';
import { exited, freePort, startRedis } from './processes';
import { startTestServer, type TestServer } from './test-server';

/** A test server on the bullmq queue with a Redis of its own on a loopback port. */
export interface BullmqTestServer {
  readonly server: TestServer;
  readonly redisUrl: string;
  /** Closes the server, then kills its Redis. */
  close(): Promise<void>;
}

/** Starts a Redis, then a test server on it with the tokens and `env` given. */
export async function startBullmqTestServer(apiToken: string, workerToken: string, env: Env = {}): Promise<BullmqTestServer> {
  const port = await freePort();
  const redis: ChildProcess = await startRedis(port);
  const redisUrl = `redis://127.0.0.1:${port}`;
  try {
    const server = await startTestServer({
      TRANSFERLAB_QUEUE: 'bullmq',
      TRANSFERLAB_REDIS_URL: redisUrl,
      TRANSFERLAB_API_TOKEN: apiToken,
      TRANSFERLAB_WORKER_TOKEN: workerToken,
      ...env,
    });
    return {
      server,
      redisUrl,
      close: async () => {
        await server.close();
        redis.kill('SIGKILL');
        await exited(redis);
      },
    };
  } catch (e) {
    redis.kill('SIGKILL');
    throw e;
  }
}
