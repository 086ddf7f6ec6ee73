import { type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { AuthModule } from './auth/auth.module';
import { CatalogModule } from './catalog/catalog.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { EngineModule } from './engine/engine.module';
import { ExamplesModule } from './examples/examples.module';
import { graphqlOptions } from './graphql/graphql.options';
import { ModelsModule } from './models/models.module';
import { PluginsModule } from './plugins/plugins.module';
import { QueueModule } from './queue/queue.module';
import { ResultsModule } from './results/results.module';
import { RunFilesModule } from './run-files/run-files.module';
import { RunsModule } from './runs/runs.module';
import { SystemModule } from './system/system.module';
import { JobHostModule } from './job-host/job-host.module';
import { RemoteWorkersModule } from './remote-workers/remote-workers.module';

/** The server: shared infrastructure (config, engine, plugins, GraphQL), then one module per feature. */
@Module({})
export class AppModule {
  static forRoot(config: TransferlabConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        EngineModule,
        PluginsModule,
        AuthModule,
        JobHostModule,
        QueueModule,
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions(config)),
        SystemModule,
        ModelsModule,
        CatalogModule,
        RunsModule,
        ResultsModule,
        RunFilesModule,
        ExamplesModule,
        DemoModule,
        RemoteWorkersModule,
      ],
    };
  }
}
