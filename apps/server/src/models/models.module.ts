import { Global, Module } from '@nestjs/common';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { TRANSFERLAB_CONFIG } from '../config/config.constants';
import { ModelSync } from './model-sync.service';
import { ModelStore } from './model-store';
import { ModelUploadController } from './model-upload.controller';
import { ModelUploads } from './model-uploads';
import { ModelsResolver } from './models.resolver';
import { ModelsService } from './models.service';

/**
 * Source models as records: upload (POST /models/upload) and import, list, delete; synced at
 * boot from transferlab.config.json and the model plugins. Global, so the run lifecycle
 * resolves and records the models its runs use through ModelsService.
 */
@Global()
@Module({
  controllers: [ModelUploadController],
  providers: [
    { provide: ModelStore, inject: [TRANSFERLAB_CONFIG], useFactory: (c: TransferlabConfig) => new ModelStore(c.dataDir) },
    ModelsService,
    ModelSync,
    ModelUploads,
    ModelsResolver,
  ],
  exports: [ModelsService],
})
export class ModelsModule {}
