import { Global, Module } from '@nestjs/common';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { TRANSFERLAB_CONFIG } from '../config/config.constants';
import { ChecksumService } from './checksum.service';
import { DataWorker } from './data-worker.service';
import { LocalTrialQueue } from './local-trial-queue';
import { RunEvents } from './run-events';
import { RunExecutor } from './run-executor.service';
import { TrialProgress } from './trial-progress';
import { DEFAULT_TRIAL_RETRIES, TRIAL_QUEUE_DRIVER, TRIAL_RETRIES, type TrialQueueDriver } from './trial-queue';

/**
 * The trial queue. Only the local driver exists; the configuration's `bullmq` driver is
 * refused at boot rather than silently run locally.
 */
@Global()
@Module({
  providers: [
    {
      provide: TRIAL_QUEUE_DRIVER,
      inject: [TRANSFERLAB_CONFIG],
      useFactory: (config: TransferlabConfig): TrialQueueDriver => {
        if (config.queue.driver !== 'local') throw new Error(`queue driver '${config.queue.driver}' is not available yet; use TRANSFERLAB_QUEUE=local`);
        return new LocalTrialQueue(config);
      },
    },
    { provide: TRIAL_RETRIES, useValue: DEFAULT_TRIAL_RETRIES },
    RunExecutor,
    RunEvents,
    ChecksumService,
    DataWorker,
    TrialProgress,
  ],
  exports: [RunExecutor, RunEvents, ChecksumService, DataWorker, TrialProgress, TRIAL_QUEUE_DRIVER],
})
export class QueueModule {}
