import { Global, Module } from '@nestjs/common';
import { DataWorker } from './data-worker.service';

/** The data worker process (catalog, checksums, model inspection) for every feature. */
@Global()
@Module({ providers: [DataWorker], exports: [DataWorker] })
export class WorkerModule {}
