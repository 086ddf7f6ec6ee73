import { Global, Module } from '@nestjs/common';
import type { PluginRegistry } from '@transferlab/sdk';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { TRANSFERLAB_CONFIG } from '../config/config.constants';
import { buildRegistry } from './build-registry';
import { PLUGIN_REGISTRY } from './plugins.constants';

/** Builds the frozen plugin registry at boot; an invalid or clashing plugin stops start-up. */
@Global()
@Module({
  providers: [
    {
      provide: PLUGIN_REGISTRY,
      inject: [TRANSFERLAB_CONFIG],
      useFactory: (config: TransferlabConfig): Promise<PluginRegistry> => buildRegistry(config),
    },
  ],
  exports: [PLUGIN_REGISTRY],
})
export class PluginsModule {}
