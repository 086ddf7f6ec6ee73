import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { WorkerPool } from '@transferlab/engine';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { InjectConfig } from '../config/config.constants';
import { jobHostEntry } from './job-host-entry';
import type { WorkerBase } from './worker-payload';


/**
 * One worker process of its own (started on first use) for data work outside trials:
 * checksums at startRun, catalog listings, dataset details and thumbnails. Loading a dataset
 * takes seconds of CPU, so it never runs on the server's event loop, and it never waits
 * behind running trials. The worker keeps loaded datasets for its life.
 */
@Injectable()
export class DataWorker implements BeforeApplicationShutdown {
  private pool: WorkerPool | undefined;

  constructor(@InjectConfig() private readonly config: TransferlabConfig) {}

  run<T>(job: string, payload: object, timeoutMs = 300_000): Promise<T> {
    this.pool ??= new WorkerPool({
      size: 1,
      config: { threads: 1, executionProvider: this.config.executionProvider, cacheMb: this.config.workerCacheMb },
      entry: jobHostEntry(),
      // The same cap as trial workers: a dataset or model file that would blow up in memory fails its job, not the machine.
      memoryLimitMb: this.config.workerMemoryMb,
      // Idle, it gives back what a dataset or model job left, as trial workers do.
      idleReleaseMs: this.config.workerIdleReleaseS * 1000,
    });
    const base: WorkerBase = {
      pluginConfigFile: this.config.pluginConfigFile,
      dataDir: this.config.dataDir,
      datasetRoots: this.config.datasetRoots,
      modelRoots: this.config.modelRoots,
    };
    return this.pool.run<T>(job, { ...base, ...payload }, { timeoutMs });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.pool?.shutdown();
  }
}
