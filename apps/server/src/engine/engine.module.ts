import { Global, Module } from '@nestjs/common';
import { resolveProviders, type ProviderReport } from '@transferlab/engine';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { TRANSFERLAB_CONFIG } from '../config/config.constants';
import { EXECUTION_PROVIDERS } from './engine.constants';

/**
 * The engine as the server sees it. For now: which execution providers exist and which one
 * sessions use, resolved once at boot so `cuda` without CUDA stops start-up. The worker
 * pool will live here too.
 */
@Global()
@Module({
  providers: [
    {
      provide: EXECUTION_PROVIDERS,
      inject: [TRANSFERLAB_CONFIG],
      useFactory: (config: TransferlabConfig): ProviderReport => resolveProviders(config.executionProvider),
    },
  ],
  exports: [EXECUTION_PROVIDERS],
})
export class EngineModule {}
