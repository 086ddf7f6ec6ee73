import { Controller, Get, Header, NotFoundException, Param, StreamableFile } from '@nestjs/common';
import { CatalogException } from './catalog.exception';
import { CatalogService } from './catalog.service';

/** GET /datasets/<name>/thumbnails/<index>.png: one training image as PNG, for the dashboard's grids. */
@Controller('datasets')
export class ThumbnailsController {
  constructor(private readonly service: CatalogService) {}

  @Get(':name/thumbnails/:file')
  @Header('content-type', 'image/png')
  // The bytes only change when the dataset plugin does; let the browser keep them a while.
  @Header('cache-control', 'public, max-age=3600')
  async thumbnail(@Param('name') name: string, @Param('file') file: string): Promise<StreamableFile> {
    const m = /^(\d{1,9})\.png$/.exec(file);
    if (!m)
      throw new NotFoundException(
        `thumbnail paths look like /datasets/${name}/thumbnails/<index>.png, not '${file}'`,
      );
    try {
      return new StreamableFile(await this.service.thumbnail(name, Number(m[1])));
    } catch (e) {
      // Unknown dataset, one that cannot be loaded, an index past its end: no such image.
      if (e instanceof CatalogException) throw new NotFoundException(e.message);
      throw e;
    }
  }
}
