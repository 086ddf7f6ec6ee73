import { Injectable } from '@nestjs/common';
import { DataWorker } from './data-worker.service';
import { CHECKSUMS_JOB, type Checksums } from './worker/checksums-job';

/** Dataset and model checksums for trial keys, computed in the data worker. */
@Injectable()
export class ChecksumService {
  constructor(private readonly worker: DataWorker) {}

  async checksums(names: readonly string[]): Promise<Checksums> {
    if (names.length === 0) return {};
    return this.worker.run<Checksums>(CHECKSUMS_JOB, { names });
  }
}
