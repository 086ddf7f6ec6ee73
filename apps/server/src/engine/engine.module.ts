import { Global, Logger, Module } from '@nestjs/common';
import { resolveProviders, type ProviderReport } from '@transferlab/engine';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { TRANSFERLAB_CONFIG } from '../config/config.constants';
import { EXECUTION_PROVIDERS } from './engine.constants';

/**
 * Which execution providers exist and which one every worker session uses, resolved once at
 * boot: `cuda` without CUDA, or `webgpu` without an adapter, stops start-up with the reason;
 * `auto` falls back to CPU and says why in the log.
 */
@Global()
@Module({
  providers: [
    {
      provide: EXECUTION_PROVIDERS,
      inject: [TRANSFERLAB_CONFIG],
      useFactory: (config: TransferlabConfig): ProviderReport => {
        const report = resolveProviders(config.executionProvider);
        const log = new Logger('ExecutionProvider');
        if (report.fallbackReason) log.warn(`TRANSFERLAB_EXECUTION_PROVIDER=${config.executionProvider}: using ${report.active} (${report.fallbackReason})`);
        else log.log(`sessions run on ${report.active}`);
        return report;
      },
    },
  ],
  exports: [EXECUTION_PROVIDERS],
})
export class EngineModule {}
