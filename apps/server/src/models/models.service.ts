import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { InjectConfig } from '../config/config.constants';
import { DataWorker } from '../job-host/data-worker.service';
import type { WorkerBase } from '../job-host/worker-payload';
import type { ImportModelInput } from './dto/import-model.input';
import type { ModelObject } from './dto/model.object';
import type { ModelDescriptor } from '../job-host/model-descriptor';
import { toModelObject } from './model-info';
import { ModelStore } from './model-store';
import { ModelEntity, UPLOAD_ORIGIN } from './model.entity';
import { ModelsErrorCode, ModelsException } from './models.exception';
import { RunModelEntity } from './run-model.entity';
import { MODEL_IMPORT_JOB, type ImportOutcome, type ImportPayload } from './jobs/import-job';

/** Chunk of ids per IN list (under SQLite's bound-parameter limit). */
const CHUNK = 200;

/**
 * Source models as records: the table, the store's files, imports of uploads, deletion. The
 * run lifecycle resolves the models a run names with `descriptors` and records them with
 * `recordRunModels` inside its start transaction. Writes that touch the store (import, delete)
 * run one at a time, so a file is never removed while another record is adopting it.
 */
@Injectable()
export class ModelsService {
  private writes: Promise<unknown> = Promise.resolve();
  /** Uploads an import is working on (one import per upload). */
  private readonly claimed = new Set<string>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: TransferlabConfig,
    private readonly store: ModelStore,
    private readonly worker: DataWorker,
  ) {}

  /** Records by id, stable order; bounded page. */
  async list(take: number, skip: number): Promise<ModelObject[]> {
    const rows = await this.db.getRepository(ModelEntity).find({ order: { id: 'ASC' }, take, skip });
    return rows.map(toModelObject);
  }

  async get(id: string): Promise<ModelObject> {
    return toModelObject(await this.entity(id));
  }

  /** How many runs use the model. */
  runCount(id: string): Promise<number> {
    return this.db.getRepository(RunModelEntity).countBy({ modelId: id });
  }

  /**
   * The stored models with these ids as a trial worker receives them (in the order asked,
   * duplicates once). An unknown id throws UNKNOWN_MODELS naming every unknown id and the
   * available ones.
   */
  async descriptors(ids: readonly string[]): Promise<ModelDescriptor[]> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return [];
    const found = new Map<string, ModelEntity>();
    for (let i = 0; i < wanted.length; i += CHUNK) {
      for (const e of await this.db.getRepository(ModelEntity).findBy({ id: In(wanted.slice(i, i + CHUNK)) })) found.set(e.id, e);
    }
    const unknown = wanted.filter((id) => !found.has(id));
    if (unknown.length > 0) throw await this.unknownModels(unknown);
    return wanted.map((id) => this.descriptor(found.get(id)!));
  }

  /**
   * Records that the run uses these models, inside the caller's transaction (the run's start).
   * The model rows are locked for share on PostgreSQL, so a concurrent deleteModel waits and
   * then sees the reference; an id deleted since `descriptors` throws UNKNOWN_MODELS.
   */
  async recordRunModels(runId: string, ids: readonly string[], m: EntityManager): Promise<void> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return;
    const present = new Set<string>();
    for (let i = 0; i < wanted.length; i += CHUNK) {
      const q = m.getRepository(ModelEntity).createQueryBuilder('m').select('m.id', 'id').where('m.id IN (:...ids)', { ids: wanted.slice(i, i + CHUNK) });
      if (m.connection.options.type === 'postgres') q.setLock('pessimistic_read');
      for (const r of await q.getRawMany<{ id: string }>()) present.add(r.id);
    }
    const unknown = wanted.filter((id) => !present.has(id));
    if (unknown.length > 0) throw await this.unknownModels(unknown);
    const rows = wanted.map((modelId) => Object.assign(new RunModelEntity(), { runId, modelId }));
    await m.getRepository(RunModelEntity).save(rows, { chunk: 100 });
  }

  /**
   * Validates and inspects an upload in the data worker, then moves its file into the store
   * and inserts the record. Every refusal removes the upload and stores nothing.
   */
  async import(input: ImportModelInput): Promise<ModelObject> {
    if (this.claimed.has(input.uploadId)) throw new ModelsException(ModelsErrorCode.UploadNotFound, `upload '${input.uploadId}' is being imported by another request`, 'uploadId');
    this.claimed.add(input.uploadId);
    try {
      const t = input.training;
      if (t.kind === 'adversarial' && (t.norm === undefined || t.eps === undefined)) {
        throw new ModelsException(ModelsErrorCode.InvalidModelInput, 'an adversarially trained model needs training.norm and training.eps', 'training');
      }
      const { channels, mean, std } = input.input;
      if (mean.length !== channels || std.length !== channels) {
        throw new ModelsException(ModelsErrorCode.InvalidModelInput, `input.mean and input.std need one value per channel (${channels}); got ${mean.length} and ${std.length}`, 'input');
      }
      await this.refuseTakenId(input.id);
      const path = await this.store.upload(input.uploadId);
      if (path === undefined) {
        throw new ModelsException(ModelsErrorCode.UploadNotFound, `no upload '${input.uploadId}': it was never completed, has expired, or was already imported; upload the file again (POST /models/upload)`, 'uploadId');
      }
      const payload: Omit<ImportPayload, keyof WorkerBase> = {
        path,
        maxBytes: this.config.maxModelBytes,
        declared: {
          input: { channels, height: input.input.height, width: input.input.width, mean: [...mean], std: [...std] },
          training: {
            kind: t.kind,
            ...(t.norm !== undefined && t.norm !== null ? { norm: t.norm } : {}),
            ...(t.eps !== undefined && t.eps !== null ? { eps: t.eps } : {}),
            ...(t.dataset ? { dataset: t.dataset } : {}),
            ...(t.notes ? { notes: t.notes } : {}),
          },
          ...(input.featureTensor ? { featureTensor: input.featureTensor } : {}),
          ...(input.blocks ? { blocks: input.blocks } : {}),
        },
      };
      const outcome = await this.worker.run<ImportOutcome>(MODEL_IMPORT_JOB, payload);
      if (!outcome.ok) {
        const { refusal } = outcome;
        throw refusal.kind === 'file'
          ? new ModelsException(ModelsErrorCode.InvalidModelFile, `the uploaded file cannot be imported: ${refusal.message}`)
          : new ModelsException(ModelsErrorCode.InvalidModelInput, `${refusal.field ?? 'the input'} does not fit the model: ${refusal.message}`, refusal.field);
      }
      const d = outcome.model;
      const entity = Object.assign(new ModelEntity(), {
        id: input.id,
        name: input.name ?? input.id,
        origin: UPLOAD_ORIGIN,
        checksum: d.checksum,
        file: `${d.checksum}.onnx`,
        size: d.size,
        architecture: input.architecture ?? 'onnx',
        numClasses: d.numClasses,
        input: d.input,
        training: d.training,
        featureTensor: d.featureTensor,
        blocks: d.blocks,
        metrics: null,
        gradientProblem: d.gradientProblem,
        createdAt: new Date().toISOString(),
      });
      await this.serialized(async () => {
        await this.refuseTakenId(input.id);
        const { added } = await this.store.adopt(input.uploadId, d.checksum);
        try {
          await this.db.getRepository(ModelEntity).insert(entity);
        } catch (e) {
          if (added) await this.store.remove(d.checksum);
          if (await this.db.getRepository(ModelEntity).existsBy({ id: input.id })) throw this.duplicate(input.id);
          throw e;
        }
      });
      return toModelObject(entity);
    } finally {
      await this.store.removeUpload(input.uploadId);
      this.claimed.delete(input.uploadId);
    }
  }

  /**
   * Deletes an uploaded model and, when no other record shares its checksum, its file. Refused
   * while a run uses it, and for models of the configuration or a plugin (they are synced back
   * at every boot: remove them there).
   */
  delete(id: string): Promise<ModelObject> {
    return this.serialized(async () => {
      const deleted = await this.db.transaction(async (m) => {
        const q = m.getRepository(ModelEntity).createQueryBuilder('m').where('m.id = :id', { id });
        if (m.connection.options.type === 'postgres') q.setLock('pessimistic_write');
        const e = await q.getOne();
        if (!e) throw new ModelsException(ModelsErrorCode.ModelNotFound, `no model with id '${id}'`, 'id');
        if (e.origin !== UPLOAD_ORIGIN) {
          const where = e.origin === 'config' ? 'transferlab.config.json (remove its entry there)' : `the model plugin '${e.origin}'`;
          throw new ModelsException(ModelsErrorCode.ModelManaged, `model '${id}' comes from ${where} and is synced at every start; only uploaded models can be deleted`, 'id');
        }
        const runs = await m.getRepository(RunModelEntity).find({ where: { modelId: id }, take: 5, order: { runId: 'ASC' } });
        if (runs.length > 0) {
          const count = await m.getRepository(RunModelEntity).countBy({ modelId: id });
          throw new ModelsException(
            ModelsErrorCode.ModelInUse,
            `model '${id}' is used by ${count} run${count === 1 ? '' : 's'} (${runs.map((r) => r.runId).join(', ')}${count > runs.length ? ', ...' : ''}); it cannot be deleted while a run references it`,
            'id',
          );
        }
        await m.getRepository(ModelEntity).delete({ id });
        return e;
      });
      await this.removeFileIfUnused(deleted.checksum);
      return toModelObject(deleted);
    });
  }

  /** Removes `<checksum>.onnx` from the store unless a record still names it. */
  async removeFileIfUnused(checksum: string): Promise<void> {
    if (!(await this.db.getRepository(ModelEntity).existsBy({ checksum }))) await this.store.remove(checksum);
  }

  /** Runs store-touching writes one at a time (import's adopt + insert, delete, boot sync). */
  serialized<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.writes.then(fn, fn);
    this.writes = next.catch(() => undefined);
    return next;
  }

  private descriptor(e: ModelEntity): ModelDescriptor {
    return {
      id: e.id,
      name: e.name,
      origin: e.origin,
      checksum: e.checksum,
      file: this.store.path(e.checksum),
      architecture: e.architecture,
      numClasses: e.numClasses,
      input: e.input,
      training: e.training,
      featureTensor: e.featureTensor,
      blocks: e.blocks,
      metrics: e.metrics,
      gradientProblem: e.gradientProblem,
    };
  }

  private async entity(id: string): Promise<ModelEntity> {
    const e = await this.db.getRepository(ModelEntity).findOneBy({ id });
    if (!e) throw new ModelsException(ModelsErrorCode.ModelNotFound, `no model with id '${id}'`, 'id');
    return e;
  }

  private async refuseTakenId(id: string): Promise<void> {
    if (await this.db.getRepository(ModelEntity).existsBy({ id })) throw this.duplicate(id);
  }

  private duplicate(id: string): ModelsException {
    return new ModelsException(ModelsErrorCode.DuplicateModel, `a model with id '${id}' already exists`, 'id');
  }

  private async unknownModels(unknown: readonly string[]): Promise<ModelsException> {
    const available = (await this.db.getRepository(ModelEntity).find({ select: { id: true }, order: { id: 'ASC' }, take: 51 })).map((e) => e.id);
    const list = available.length > 50 ? `${available.slice(0, 50).join(', ')}, ...` : available.join(', ') || '(none)';
    const names = unknown.map((id) => `'${id}'`).join(', ');
    return new ModelsException(ModelsErrorCode.UnknownModels, `no model with id ${names}; available: ${list}`);
  }
}
