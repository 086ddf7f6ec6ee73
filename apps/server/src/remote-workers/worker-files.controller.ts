import { createReadStream, existsSync } from 'node:fs';
import { BadRequestException, Controller, Get, NotFoundException, Param, Query, StreamableFile, UseGuards } from '@nestjs/common';
import type { DatasetSpec } from '@transferlab/sdk';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { JobFailedError } from '@transferlab/engine';
import { InjectConfig } from '../config/config.constants';
import { ModelStore } from '../models/model-store';
import { DataWorker } from '../job-host/data-worker.service';
import { DATASET_BUNDLE_JOB } from '../job-host/dataset-bundle-job';
import { WorkerTokenGuard } from './worker-token.guard';
import { MAX_SPEC_CHARS } from '../queue/worker-spec-limit';

const SHA256 = /^[0-9a-f]{64}$/;

function checksumParam(value: string): string {
  if (!SHA256.test(value)) throw new BadRequestException('checksum: expected a sha256 hex digest (64 lowercase hex characters)');
  return value;
}

/** The parsed `spec` query parameter: a dataset plugin name, or { name, params }. */
function specParam(text: string | undefined): DatasetSpec {
  if (text === undefined || text === '') throw new BadRequestException('spec: required (the dataset as a trial declares it, JSON)');
  if (text.length > MAX_SPEC_CHARS) throw new BadRequestException(`spec: at most ${MAX_SPEC_CHARS} characters`);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new BadRequestException('spec: not valid JSON');
  }
  if (typeof v === 'string' && v.length > 0) return v;
  if (v !== null && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') {
    const params = (v as { params?: unknown }).params;
    if (params === undefined || (params !== null && typeof params === 'object' && !Array.isArray(params))) return v as DatasetSpec;
  }
  throw new BadRequestException('spec: expected a dataset name or { "name": ..., "params": {...} }');
}

/**
 * What remote workers fetch instead of sharing a filesystem: model files by sha256 (the store
 * is content-addressed) and datasets packed by the data worker, by checksum. Needs the worker
 * token; the worker checks every byte against the checksum.
 */
@Controller('worker-files')
@UseGuards(WorkerTokenGuard)
export class WorkerFilesController {
  private readonly store: ModelStore;

  constructor(
    @InjectConfig() config: TransferlabConfig,
    private readonly data: DataWorker,
  ) {
    this.store = new ModelStore(config.dataDir);
  }

  @Get('models/:checksum')
  model(@Param('checksum') checksum: string): StreamableFile {
    const file = this.store.path(checksumParam(checksum));
    if (!existsSync(file)) throw new NotFoundException(`no model with sha256 ${checksum} in this server's model store`);
    return new StreamableFile(createReadStream(file), { type: 'application/octet-stream' });
  }

  @Get('datasets/:checksum')
  async dataset(@Param('checksum') checksum: string, @Query('spec') spec: string | undefined): Promise<StreamableFile> {
    const payload = { spec: specParam(spec), checksum: checksumParam(checksum) };
    let file: string;
    try {
      file = await this.data.run<string>(DATASET_BUNDLE_JOB, payload);
    } catch (e) {
      throw new NotFoundException(`dataset ${checksum}: ${e instanceof JobFailedError ? e.remote.message : e instanceof Error ? e.message : String(e)}`);
    }
    return new StreamableFile(createReadStream(file), { type: 'application/octet-stream' });
  }
}
