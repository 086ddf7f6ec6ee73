import { type DynamicModule, Module } from '@nestjs/common';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { TRANSFERLAB_CONFIG } from './config.constants';

/**
 * Provides the configuration to every feature. It is parsed once, before Nest starts
 * (main.ts calls the sdk's loadConfig), so a bad variable stops start-up with its own
 * message; tests pass a config built with parseConfig.
 */
@Module({})
export class ConfigModule {
  static forRoot(config: TransferlabConfig): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: TRANSFERLAB_CONFIG, useValue: config }],
      exports: [TRANSFERLAB_CONFIG],
    };
  }
}
