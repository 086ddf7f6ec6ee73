import { Module } from '@nestjs/common';
import { LiveWorkers } from './live-workers.service';
import { RemoteWorkersResolver } from './remote-workers.resolver';
import { WorkerFilesController } from './worker-files.controller';
import { WorkerTokenGuard } from './worker-token.guard';

/** Remote workers (the `transferlab-worker` command): the files they fetch by checksum and the list of live ones. */
@Module({ controllers: [WorkerFilesController], providers: [WorkerTokenGuard, LiveWorkers, RemoteWorkersResolver] })
export class RemoteWorkersModule {}
