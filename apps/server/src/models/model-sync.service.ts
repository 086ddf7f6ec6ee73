import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobFailedError } from '@transferlab/engine';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { Not, type DataSource } from 'typeorm';
import { InjectConfig } from '../config/config.constants';
import { DataWorker } from '../job-host/data-worker.service';
import type { WorkerBase } from '../job-host/worker-payload';
import { ConfigModelError, readConfigModels } from './config-models';
import { ModelStore } from './model-store';
import { ModelEntity, UPLOAD_ORIGIN } from './model.entity';
import { ModelSyncError } from './models.exception';
import { ModelsService } from './models.service';
import { RunModelEntity } from './run-model.entity';
import { MODEL_SYNC_JOB, type SyncedModel, type SyncPayload } from './jobs/sync-job';

/** How often expired uploads are looked for. */
const SWEEP_INTERVAL_MS = 5 * 60 * 1000;

/**
 * At boot, before the server answers: clears uploads left by an earlier process, then syncs
 * the models of transferlab.config.json (`models`) and of every model plugin into the table
 * (their bytes copied into the store by checksum, in the data worker). A config entry or
 * plugin model that cannot be stored, or an id listed twice or already held by a record of
 * another origin, stops boot with a message naming it. Records of the configuration or a
 * plugin that are no longer listed are removed, unless a run uses them (then they are kept).
 * While the server runs, uploads older than an hour are removed every five minutes.
 */
@Injectable()
export class ModelSync implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Models');
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: TransferlabConfig,
    private readonly store: ModelStore,
    private readonly worker: DataWorker,
    private readonly models: ModelsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.store.prepare();
    await this.sync();
    this.sweeper = setInterval(() => this.store.sweep(), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /** Lists every configured and plugin model in the data worker and brings the table in line. */
  async sync(): Promise<void> {
    const configFile = this.config.pluginConfigFile;
    let synced: SyncedModel[];
    try {
      const payload: Omit<SyncPayload, keyof WorkerBase> = {
        storeDir: this.store.dir,
        maxBytes: this.config.maxModelBytes,
        configFile: configFile ?? 'transferlab.config.json',
        entries: readConfigModels(configFile),
      };
      synced = await this.worker.run<SyncedModel[]>(MODEL_SYNC_JOB, payload);
    } catch (e) {
      if (e instanceof ConfigModelError) throw new ModelSyncError(`source models: ${e.message}`);
      throw new ModelSyncError(`source models: ${e instanceof JobFailedError ? e.remote.message : e instanceof Error ? e.message : String(e)}`);
    }
    const byId = new Map<string, SyncedModel>();
    for (const m of synced) {
      const before = byId.get(m.id);
      if (before) throw new ModelSyncError(`source models: id '${m.id}' is listed by ${before.source} and by ${m.source}; ids must be unique`);
      byId.set(m.id, m);
    }
    await this.models.serialized(() => this.apply(byId));
  }

  private async apply(byId: ReadonlyMap<string, SyncedModel>): Promise<void> {
    const removedChecksums: string[] = [];
    await this.db.transaction(async (m) => {
      const repo = m.getRepository(ModelEntity);
      const existing = new Map((await repo.find()).map((e) => [e.id, e]));
      const now = new Date().toISOString();
      for (const s of byId.values()) {
        const old = existing.get(s.id);
        if (old && old.origin !== s.origin) {
          throw new ModelSyncError(
            `source models: id '${s.id}' is listed by ${s.source}, but a model with that id already exists (origin '${old.origin}'); rename one of them${old.origin === UPLOAD_ORIGIN ? ' (or delete the uploaded one)' : ''}`,
          );
        }
        if (old && old.checksum !== s.checksum) removedChecksums.push(old.checksum);
        await repo.save(
          Object.assign(new ModelEntity(), {
            id: s.id,
            name: s.name,
            origin: s.origin,
            checksum: s.checksum,
            file: `${s.checksum}.onnx`,
            size: s.size,
            architecture: s.architecture,
            numClasses: s.numClasses,
            input: s.input,
            training: s.training,
            featureTensor: s.featureTensor,
            blocks: s.blocks,
            metrics: s.metrics,
            gradientProblem: s.gradientProblem,
            createdAt: old?.createdAt ?? now,
          }),
        );
      }
      // Records of the configuration or a plugin that are listed no more.
      for (const old of await repo.findBy({ origin: Not(UPLOAD_ORIGIN) })) {
        if (byId.has(old.id)) continue;
        if (await m.getRepository(RunModelEntity).existsBy({ modelId: old.id })) {
          this.logger.warn(`model '${old.id}' (origin '${old.origin}') is listed no more but runs use it; its record is kept`);
          continue;
        }
        await repo.delete({ id: old.id });
        removedChecksums.push(old.checksum);
        this.logger.log(`model '${old.id}' (origin '${old.origin}') is listed no more; removed`);
      }
    });
    for (const c of new Set(removedChecksums)) await this.models.removeFileIfUnused(c);
  }
}
