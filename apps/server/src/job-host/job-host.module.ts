import { Global, Module } from '@nestjs/common';
import { DataWorker } from './data-worker.service';

/** The job host's data worker process (catalog, checksums, model inspection) for every feature; trials run in the local queue driver's pool of the same host. */
@Global()
@Module({ providers: [DataWorker], exports: [DataWorker] })
export class JobHostModule {}
