import { Global, Module } from '@nestjs/common';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { TRANSFERLAB_CONFIG } from '../config/config.constants';
import { BullmqTrialQueue } from './bullmq-trial-queue';
import { LocalTrialQueue } from './local-trial-queue';
import { DEFAULT_TRIAL_RETRIES, TRIAL_QUEUE_DRIVER, TRIAL_RETRIES, type TrialQueueDriver } from './trial-queue';

/**
 * The trial queue driver, and nothing else: the run lifecycle that feeds it lives in runs/.
 * local (the default): worker processes on this machine; bullmq: trials go to Redis and
 * worker commands on any machine run them (an unreachable Redis fails the boot, naming it).
 */
@Global()
@Module({
  providers: [
    {
      provide: TRIAL_QUEUE_DRIVER,
      inject: [TRANSFERLAB_CONFIG],
      useFactory: (config: TransferlabConfig): TrialQueueDriver | Promise<TrialQueueDriver> =>
        config.queue.driver === 'bullmq' ? BullmqTrialQueue.open(config) : new LocalTrialQueue(config),
    },
    { provide: TRIAL_RETRIES, useValue: DEFAULT_TRIAL_RETRIES },
  ],
  exports: [TRIAL_QUEUE_DRIVER, TRIAL_RETRIES],
})
export class QueueModule {}
