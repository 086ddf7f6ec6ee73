import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { InjectConfig } from '../config/config.constants';
import { redisClient } from '../queue/redis-connection';
import type { LiveWorker } from './dto/live-worker.object';
import { LIVE_WORKER_PREFIX, MAX_LISTED_WORKERS, type LiveWorkerRecord } from './live-worker';

/** The workers that announced themselves in Redis (bullmq driver); none with the local driver. */
@Injectable()
export class LiveWorkers implements BeforeApplicationShutdown {
  private redis: Redis | undefined;

  constructor(@InjectConfig() private readonly config: TransferlabConfig) {}

  async list(): Promise<LiveWorker[]> {
    if (this.config.queue.driver !== 'bullmq') return [];
    this.redis ??= redisClient(this.config.queue.redisUrl);
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await this.redis.scan(cursor, 'MATCH', `${LIVE_WORKER_PREFIX}*`, 'COUNT', 200);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0' && keys.length < MAX_LISTED_WORKERS);
    if (keys.length === 0) return [];
    const values = await this.redis.mget(keys.slice(0, MAX_LISTED_WORKERS));
    return values
      .filter((v): v is string => v !== null)
      .map((v) => JSON.parse(v) as LiveWorkerRecord)
      .map((r) => ({ ...r, trials: r.trials.map((t) => ({ ...t })) }))
      .sort((a, b) => a.host.localeCompare(b.host) || a.pid - b.pid);
  }

  beforeApplicationShutdown(): void {
    this.redis?.disconnect();
  }
}
