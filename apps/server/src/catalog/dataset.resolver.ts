import { UseFilters, UsePipes } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainErrorsFilter } from '../graphql/domain-errors.filter';
import { inputValidationPipe } from '../graphql/input.exception';
import { CatalogException } from './catalog.exception';
import { CatalogService } from './catalog.service';
import {
  CatalogDatasetObject,
  DatasetDetailsObject,
  DatasetThumbnailObject,
} from './dto/catalog-dataset.object';
import { ThumbnailsArgs } from './dto/thumbnails.args';
import { thumbnailUrl } from './thumbnail-url';

/** A dataset's loaded facts; both fields share one load per dataset and server. */
@Resolver(() => CatalogDatasetObject)
@UseFilters(DomainErrorsFilter)
export class DatasetResolver {
  constructor(private readonly service: CatalogService) {}

  @ResolveField(() => DatasetDetailsObject, {
    nullable: true,
    description:
      'Sizes, classes, shape and sample images, loading the dataset with its default params on first request (seconds); null when it cannot be loaded (see loadError).',
  })
  async details(@Parent() d: CatalogDatasetObject): Promise<DatasetDetailsObject | null> {
    try {
      const f = await this.service.details(d.name);
      return { ...f, classes: [...f.classes], datasetName: d.name };
    } catch (e) {
      if (e instanceof CatalogException) return null;
      throw e;
    }
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Why the dataset cannot be loaded with its default params (e.g. its files are not supplied); null when it can.',
  })
  async loadError(@Parent() d: CatalogDatasetObject): Promise<string | null> {
    try {
      await this.service.details(d.name);
      return null;
    } catch (e) {
      if (e instanceof CatalogException) return e.message;
      throw e;
    }
  }
}

@Resolver(() => DatasetDetailsObject)
@UsePipes(inputValidationPipe())
@UseFilters(DomainErrorsFilter)
export class DatasetDetailsResolver {
  @ResolveField(() => [DatasetThumbnailObject], {
    description: 'Training images as PNG URLs: one per class first, then the next of each class in turn.',
  })
  thumbnails(@Parent() d: DatasetDetailsObject, @Args() args: ThumbnailsArgs): DatasetThumbnailObject[] {
    return d.samples.slice(0, args.count).map(({ index, label }) => ({
      index,
      label,
      className: d.classes[label] ?? String(label),
      url: thumbnailUrl(d.datasetName, index),
    }));
  }
}
