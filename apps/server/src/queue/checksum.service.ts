import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { WorkerPool } from '@transferlab/engine';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { InjectConfig } from '../config/config.constants';
import { CHECKSUMS_JOB, type Checksums, type ChecksumsPayload } from './worker/checksums-job';
import { trialWorkerEntry } from './worker/trial-worker-entry';

/**
 * Dataset and model checksums for trial keys. They come from a pool of its own (one
 * worker, started on first use) so that starting a run never waits behind running trials.
 */
@Injectable()
export class ChecksumService implements BeforeApplicationShutdown {
  private pool: WorkerPool | undefined;

  constructor(@InjectConfig() private readonly config: TransferlabConfig) {}

  async checksums(names: readonly string[]): Promise<Checksums> {
    if (names.length === 0) return {};
    this.pool ??= new WorkerPool({
      size: 1,
      config: { threads: 1, executionProvider: this.config.executionProvider },
      entry: trialWorkerEntry(),
    });
    const payload: ChecksumsPayload = {
      names,
      pluginConfigFile: this.config.pluginConfigFile,
      dataDir: this.config.dataDir,
      datasetRoots: this.config.datasetRoots,
      modelRoots: this.config.modelRoots,
    };
    return this.pool.run<Checksums>(CHECKSUMS_JOB, payload, { timeoutMs: 300_000 });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.pool?.shutdown();
  }
}
