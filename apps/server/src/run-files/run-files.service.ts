import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PluginRegistry } from '@transferlab/sdk';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { checkRunFile, sealRunFile, type RunFile, type RunFileModel } from '@transferlab/sdk/run-file';
import { In, type DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { InjectConfig } from '../config/config.constants';
import { ModelEntity } from '../models/model.entity';
import { RunModelEntity } from '../models/run-model.entity';
import { InjectPluginRegistry } from '../plugins/plugins.constants';
import { ResultEntity } from '../results/result.entity';
import type { RunObject } from '../runs/dto/run.object';
import { RunStatus, TrialStatus, UNFINISHED_RUN_STATUSES } from '../runs/run-status';
import { RunEntity } from '../runs/run.entity';
import { RunsService } from '../runs/runs.service';
import { TrialEntity } from '../runs/trial.entity';
import { serverVersion } from '../system/version';
import { RunFilesErrorCode, RunFilesException } from './run-files.exception';

/** Largest run file served or accepted: bytes of its JSON (after gunzip for a gzip upload). */
export const MAX_RUN_FILE_BYTES = 256 * 1024 * 1024;

/** Rows per INSERT (at most 10 columns each: under SQLite's 999 bound parameters). */
const INSERT_CHUNK = 90;

const GZIP_MAGIC = [0x1f, 0x8b];

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const invalid = (field: string, message: string): RunFilesException =>
  new RunFilesException(RunFilesErrorCode.InvalidFile, `the run file is not valid: ${field}: ${message}`, field);

/**
 * Portable runs. Export writes a finished run, its trials and every stored result, and the
 * facts of the models it used, sealed with a sha256 (see @transferlab/sdk/run-file). Import
 * checks such a file and stores it as a run marked imported: its trials keep their exported
 * status (done, failed, cancelled), so nothing is queued, and a file is imported once.
 */
@Injectable()
export class RunFilesService {
  private readonly version = serverVersion();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectPluginRegistry() private readonly registry: PluginRegistry,
    @InjectConfig() private readonly config: TransferlabConfig,
    private readonly runs: RunsService,
  ) {}

  /** The run file as JSON text; a run still queued or running is refused. */
  async exportJson(runId: string): Promise<string> {
    const text = JSON.stringify(await this.exportFile(runId));
    if (Buffer.byteLength(text) > MAX_RUN_FILE_BYTES)
      throw new RunFilesException(RunFilesErrorCode.FileTooLarge, `run ${runId} makes a file of ${Buffer.byteLength(text)} bytes, over the limit of ${MAX_RUN_FILE_BYTES}`);
    return text;
  }

  async exportFile(runId: string): Promise<RunFile> {
    const run = await this.db.getRepository(RunEntity).findOneBy({ id: runId });
    if (!run) throw new RunFilesException(RunFilesErrorCode.RunNotFound, `no run with id '${runId}'`);
    if (UNFINISHED_RUN_STATUSES.includes(run.status))
      throw new RunFilesException(RunFilesErrorCode.RunNotFinished, `run ${runId} is ${run.status}; only a finished run (completed, failed or cancelled) can be exported`);
    const trials = await this.db.getRepository(TrialEntity).find({ where: { runId }, order: { ordinal: 'ASC' } });
    const results = await this.db.getRepository(ResultEntity).find({ where: { runId }, order: { trialKey: 'ASC' } });
    return sealRunFile({
      format: 'transferlab-run',
      formatVersion: 1,
      exportedAt: new Date().toISOString(),
      server: { version: this.version },
      run: {
        id: run.id,
        analysis: run.analysisName,
        analysisVersion: run.analysisVersion,
        params: run.params,
        status: fileStatus(run.status),
        createdAt: run.createdAt,
        finishedAt: run.finishedAt,
        error: run.error,
      },
      // A trial cut short by a cancel is cancelled in the file, as it is in effect.
      trials: trials.map((t) => ({
        key: t.trialKey,
        ordinal: t.ordinal,
        config: t.config,
        uses: { ...t.uses },
        checksums: t.checksums,
        status: t.status === TrialStatus.DONE ? 'DONE' : t.status === TrialStatus.FAILED ? 'FAILED' : 'CANCELLED',
        failureReason: t.failureReason,
      })),
      results: results.map((r) => ({
        trialKey: r.trialKey,
        metrics: r.metrics,
        series: r.series,
        details: r.details as Record<string, unknown> | null,
        provider: r.provider,
        pluginName: r.pluginName,
        pluginVersion: r.pluginVersion,
        createdAt: r.createdAt,
      })),
      models: await this.modelsOf(run),
    });
  }

  /** Reads, checks and stores a run file sent as the raw request body. */
  async import(req: IncomingMessage): Promise<RunObject> {
    const file = parseRunFile(await readBody(req), this.config.maxTrialsPerRun);
    if (!this.registry.has('analysis', file.run.analysis))
      throw invalid('run.analysis', `no analysis plugin named '${file.run.analysis}' here; available: ${this.registry.names('analysis').join(', ') || '(none)'}`);
    const earlier = await this.db.getRepository(RunEntity).findOneBy({ importChecksum: file.checksum });
    if (earlier) throw alreadyImported(file.checksum, earlier.id);
    const run = Object.assign(new RunEntity(), {
      id: randomUUID(),
      analysisName: file.run.analysis,
      analysisVersion: file.run.analysisVersion,
      params: file.run.params,
      status: file.run.status.toLowerCase() as RunStatus,
      trialCount: file.trials.length,
      completedCount: file.trials.filter((t) => t.status === 'DONE').length,
      failedCount: file.trials.filter((t) => t.status === 'FAILED').length,
      createdAt: file.run.createdAt,
      finishedAt: file.run.finishedAt,
      error: file.run.error,
      importChecksum: file.checksum,
      provenance: {
        sourceChecksum: file.checksum,
        sourceRunId: file.run.id,
        exportedAt: file.exportedAt,
        serverVersion: file.server.version,
        importedAt: new Date().toISOString(),
        models: file.models,
      },
    });
    const trials = file.trials.map((t) =>
      Object.assign(new TrialEntity(), {
        id: randomUUID(),
        runId: run.id,
        ordinal: t.ordinal,
        trialKey: t.key,
        config: t.config,
        uses: t.uses,
        checksums: t.checksums,
        status: t.status.toLowerCase() as TrialStatus,
        attempts: 0,
        failureReason: t.failureReason,
      }),
    );
    const results = file.results.map((r) =>
      Object.assign(new ResultEntity(), { id: randomUUID(), runId: run.id, ...r }),
    );
    try {
      await this.db.transaction(async (m) => {
        await m.getRepository(RunEntity).insert(run as QueryDeepPartialEntity<RunEntity>);
        for (let start = 0; start < trials.length; start += INSERT_CHUNK) {
          if (start > 0) await yieldToEventLoop();
          await m.getRepository(TrialEntity).insert(trials.slice(start, start + INSERT_CHUNK) as QueryDeepPartialEntity<TrialEntity>[]);
        }
        for (let start = 0; start < results.length; start += INSERT_CHUNK) {
          await yieldToEventLoop();
          await m.getRepository(ResultEntity).insert(results.slice(start, start + INSERT_CHUNK));
        }
      });
    } catch (e) {
      // The same file imported twice at once: the unique checksum lets one through.
      const twin = await this.db.getRepository(RunEntity).findOneBy({ importChecksum: file.checksum });
      if (twin) throw alreadyImported(file.checksum, twin.id);
      throw e;
    }
    return this.runs.get(run.id);
  }

  /** The models a run used: as recorded here, or for an imported run as its file gave them. */
  private async modelsOf(run: RunEntity): Promise<RunFileModel[]> {
    if (run.provenance) return [...run.provenance.models];
    const ids = (await this.db.getRepository(RunModelEntity).findBy({ runId: run.id })).map((m) => m.modelId);
    const models = ids.length > 0 ? await this.db.getRepository(ModelEntity).find({ where: { id: In(ids) }, order: { id: 'ASC' } }) : [];
    return models.map((m) => ({
      id: m.id,
      name: m.name,
      checksum: m.checksum,
      architecture: m.architecture,
      numClasses: m.numClasses,
      training: { ...m.training },
      metrics: m.metrics,
    }));
  }
}

function fileStatus(status: RunStatus): RunFile['run']['status'] {
  if (status === RunStatus.COMPLETED) return 'COMPLETED';
  if (status === RunStatus.FAILED) return 'FAILED';
  return 'CANCELLED';
}

function alreadyImported(checksum: string, runId: string): RunFilesException {
  return new RunFilesException(RunFilesErrorCode.AlreadyImported, `this run file (checksum ${checksum}) is already imported here as run ${runId}`, 'checksum');
}

/** The body's bytes, refused past MAX_RUN_FILE_BYTES (announced or counted) or of another content type. */
async function readBody(req: IncomingMessage): Promise<Buffer> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/octet-stream' && type !== 'application/gzip' && type !== 'application/json')
    throw new RunFilesException(RunFilesErrorCode.ContentType, `send the run file as the raw request body with content-type application/octet-stream, application/json or application/gzip (got '${type || 'none'}')`);
  const announced = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(announced) && announced > MAX_RUN_FILE_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let bytes = 0;
  // Not destroying the request on an early stop lets the 413 reach the client.
  for await (const chunk of req.iterator({ destroyOnReturn: false })) {
    const buf = chunk as Buffer;
    bytes += buf.byteLength;
    if (bytes > MAX_RUN_FILE_BYTES) throw tooLarge();
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (): RunFilesException =>
  new RunFilesException(RunFilesErrorCode.FileTooLarge, `the run file is over the limit of ${MAX_RUN_FILE_BYTES} bytes`);

/** JSON or gzip-compressed JSON, checked as a run file (format, version, shape, checksum, keys). */
export function parseRunFile(bytes: Buffer, maxTrials: number): RunFile {
  if (bytes.byteLength === 0) throw invalid('(file)', 'the request body is empty; send the run file as the body');
  let raw = bytes;
  if (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) {
    try {
      raw = gunzipSync(bytes, { maxOutputLength: MAX_RUN_FILE_BYTES });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      throw invalid('(file)', `not a readable gzip file (${(e as Error).message})`);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch (e) {
    throw invalid('(file)', `not JSON (${(e as Error).message})`);
  }
  const checked = checkRunFile(value, { maxTrials });
  if (!checked.file) {
    const first = checked.issues[0]!;
    const more = checked.issues.length > 1 ? `; ${checked.issues.slice(1).map((i) => `${i.field}: ${i.message}`).join('; ')}` : '';
    throw new RunFilesException(RunFilesErrorCode.InvalidFile, `the run file is not valid: ${first.field}: ${first.message}${more}`, first.field);
  }
  return checked.file;
}
