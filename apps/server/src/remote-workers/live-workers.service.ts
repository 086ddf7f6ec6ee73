import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { InjectConfig } from '../config/config.constants';
import { redisClient } from '../queue/redis-connection';
import type { LiveWorker } from './dto/live-worker.object';
import { MAX_LISTED_WORKERS, readLiveWorkerRecords } from '../queue/worker-announcements';

/** The workers that announced themselves in Redis (bullmq driver); none with the local driver. */
@Injectable()
export class LiveWorkers implements BeforeApplicationShutdown {
  private redis: Redis | undefined;

  constructor(@InjectConfig() private readonly config: TransferlabConfig) {}

  async list(): Promise<LiveWorker[]> {
    if (this.config.queue.driver !== 'bullmq') return [];
    this.redis ??= redisClient(this.config.queue.redisUrl);
    return (await readLiveWorkerRecords(this.redis, MAX_LISTED_WORKERS))
      .map((r) => ({ ...r, trials: r.trials.map((t) => ({ ...t })) }))
      .sort((a, b) => a.host.localeCompare(b.host) || a.pid - b.pid);
  }

  beforeApplicationShutdown(): void {
    this.redis?.disconnect();
  }
}
