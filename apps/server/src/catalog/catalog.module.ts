import { Module } from '@nestjs/common';
import { SystemModule } from '../system/system.module';
import { CatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';
import { DatasetDetailsResolver, DatasetResolver } from './dataset.resolver';
import { ThumbnailsController } from './thumbnails.controller';

/** What can be run: datasets (with thumbnails) and plugins by kind (source models are the models feature). */
@Module({
  imports: [SystemModule],
  controllers: [ThumbnailsController],
  providers: [CatalogResolver, DatasetResolver, DatasetDetailsResolver, CatalogService],
})
export class CatalogModule {}
