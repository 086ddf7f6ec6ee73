import { type BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { InjectConfig } from '../config/config.constants';
import { LocalTrialQueue } from '../queue/local-trial-queue';
import { redisClient } from '../queue/redis-connection';
import { TRIAL_QUEUE_DRIVER, type TrialQueueDriver } from '../queue/trial-queue';
import type { LiveWorker } from './dto/live-worker.object';
import { MAX_LISTED_WORKERS, readLiveWorkerRecords } from '../queue/worker-announcements';
import { readWorkerMemory, workerMemoryRecord, type WorkerMemoryRecord } from '../queue/worker-memory-record';

/** GraphQL's copy of a memory record (its lists are mutable). */
const memoryFields = (m: WorkerMemoryRecord): Pick<LiveWorker, 'processes' | 'recycleThresholdMb' | 'memoryRecycles'> => ({
  processes: m.processes.map((p) => ({ ...p })),
  recycleThresholdMb: m.recycleThresholdMb,
  memoryRecycles: m.memoryRecycles,
});

/**
 * The trial workers: with the local driver, this server's own engine processes (one row); with
 * bullmq, the worker commands that announced themselves in Redis.
 */
@Injectable()
export class LiveWorkers implements BeforeApplicationShutdown {
  private redis: Redis | undefined;
  private readonly startedAt = new Date().toISOString();

  constructor(
    @InjectConfig() private readonly config: TransferlabConfig,
    @Inject(TRIAL_QUEUE_DRIVER) private readonly driver: TrialQueueDriver,
  ) {}

  async list(): Promise<LiveWorker[]> {
    if (this.driver instanceof LocalTrialQueue) return [this.local(this.driver)];
    if (this.config.queue.driver !== 'bullmq') return [];
    this.redis ??= redisClient(this.config.queue.redisUrl);
    return (await readLiveWorkerRecords(this.redis, MAX_LISTED_WORKERS))
      .map((r) => ({ ...r, trials: r.trials.map((t) => ({ ...t })), local: false, ...memoryFields(readWorkerMemory(r.memory)) }))
      .sort((a, b) => a.host.localeCompare(b.host) || a.pid - b.pid);
  }

  /** This server's pool as one worker: its processes, the trials they run, what they finished. */
  private local(queue: LocalTrialQueue): LiveWorker {
    const { completed, trials } = queue.activity();
    return {
      id: 'local',
      host: hostname(),
      pid: process.pid,
      provider: this.config.executionProvider,
      threads: this.config.threadsPerWorker,
      slots: queue.concurrency,
      completed,
      startedAt: this.startedAt,
      lastSeen: new Date().toISOString(),
      trials: trials.map((t) => ({ ...t })),
      local: true,
      ...memoryFields(workerMemoryRecord(queue.memory())),
    };
  }

  beforeApplicationShutdown(): void {
    this.redis?.disconnect();
  }
}
