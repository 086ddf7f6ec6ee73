import { Global, Module } from '@nestjs/common';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { TRANSFERLAB_CONFIG } from '../config/config.constants';
import { LocalTrialQueue } from './local-trial-queue';
import { DEFAULT_TRIAL_RETRIES, TRIAL_QUEUE_DRIVER, TRIAL_RETRIES, type TrialQueueDriver } from './trial-queue';

/**
 * The trial queue driver, and nothing else: the run lifecycle that feeds it lives in runs/.
 * Only the local driver exists; the configuration's `bullmq` driver is refused at boot
 * rather than silently run locally.
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
  ],
  exports: [TRIAL_QUEUE_DRIVER, TRIAL_RETRIES],
})
export class QueueModule {}
