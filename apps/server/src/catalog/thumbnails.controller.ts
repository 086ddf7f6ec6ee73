import { Controller, Get, Header, NotFoundException, Param, Query, StreamableFile } from '@nestjs/common';
import { CatalogException } from './catalog.exception';
import { CatalogService } from './catalog.service';

/**
 * GET /datasets/<name>/thumbnails/<index>.png: one training image as PNG, for the dashboard's grids;
 * `?split=test` serves the test split's image instead (the influence page shows test images).
 */
@Controller('datasets')
export class ThumbnailsController {
  constructor(private readonly service: CatalogService) {}

  @Get(':name/thumbnails/:file')
  @Header('content-type', 'image/png')
  // The bytes only change when the dataset plugin does; let the browser keep them a while.
  @Header('cache-control', 'public, max-age=3600')
  async thumbnail(
    @Param('name') name: string,
    @Param('file') file: string,
    @Query('split') split: string | undefined,
  ): Promise<StreamableFile> {
    const m = /^(\d{1,9})\.png$/.exec(file);
    if (!m)
      throw new NotFoundException(
        `thumbnail paths look like /datasets/${name}/thumbnails/<index>.png, not '${file}'`,
      );
    if (split !== undefined && split !== 'train' && split !== 'test')
      throw new NotFoundException(`the split is 'train' (the default) or 'test', not '${split}'`);
    try {
      return new StreamableFile(await this.service.thumbnail(name, Number(m[1]), split ?? 'train'));
    } catch (e) {
      // Unknown dataset, one that cannot be loaded, an index past its end: no such image.
      if (e instanceof CatalogException) throw new NotFoundException(e.message);
      throw e;
    }
  }
}
