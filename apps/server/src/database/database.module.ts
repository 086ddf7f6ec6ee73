import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { TRANSFERLAB_CONFIG } from '../config/config.constants';
import { dataSourceOptions } from './data-source-options';

/** The database connection; migrations run before the app serves (never `synchronize`). */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [TRANSFERLAB_CONFIG],
      useFactory: (config: TransferlabConfig) => dataSourceOptions(config),
    }),
  ],
})
export class DatabaseModule {}
