import { UseFilters, UsePipes } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { DomainErrorsFilter } from '../graphql/domain-errors.filter';
import { inputValidationPipe } from '../graphql/input.exception';
import { PluginInfo } from '../system/dto/plugin-info.object';
import { SystemService } from '../system/system.service';
import { CatalogService } from './catalog.service';
import { CatalogDatasetObject } from './dto/catalog-dataset.object';
import { PluginsArgs } from './dto/plugins.args';

@Resolver()
@UseFilters(DomainErrorsFilter)
@UsePipes(inputValidationPipe())
export class CatalogResolver {
  constructor(
    private readonly service: CatalogService,
    private readonly system: SystemService,
  ) {}

  @Query(() => [CatalogDatasetObject], {
    description: 'Every dataset plugin, by name; ask for `details` to load one.',
  })
  datasets(): CatalogDatasetObject[] {
    return this.service.datasets();
  }

  @Query(() => CatalogDatasetObject, { description: 'One dataset plugin by name.' })
  dataset(@Args('name') name: string): CatalogDatasetObject {
    return this.service.dataset(name);
  }

  @Query(() => [PluginInfo], {
    description: 'Registered plugins of one kind (all kinds when omitted), with their params JSON Schema.',
  })
  plugins(@Args() args: PluginsArgs): PluginInfo[] {
    // null (a client may send it for the nullable kind) means every kind, as when left out.
    return this.system.info().plugins.filter((p) => args.kind == null || p.kind === args.kind);
  }
}
