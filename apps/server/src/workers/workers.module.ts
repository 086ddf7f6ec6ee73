import { Module } from '@nestjs/common';
import { LiveWorkers } from './live-workers.service';
import { WorkerFilesController } from './worker-files.controller';
import { WorkerTokenGuard } from './worker-token.guard';
import { WorkersResolver } from './workers.resolver';

/** Remote workers: the files they fetch by checksum and the list of live ones. */
@Module({ controllers: [WorkerFilesController], providers: [WorkerTokenGuard, LiveWorkers, WorkersResolver] })
export class WorkersModule {}
