import { UseFilters } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainErrorsFilter } from '../graphql/domain-errors.filter';
import { ModelObject } from '../models/dto/model.object';
import { ModelFiguresObject } from './dto/model-figures.object';
import { RunTablesService } from './run-tables.service';

@Resolver(() => ModelObject)
@UseFilters(DomainErrorsFilter)
export class ModelFiguresResolver {
  constructor(private readonly service: RunTablesService) {}

  @ResolveField(() => [ModelFiguresObject], {
    description:
      'What each analysis that declares model figures measured for this model, from its latest run that used it (empty: none yet).',
  })
  figures(@Parent() model: ModelObject): Promise<ModelFiguresObject[]> {
    return this.service.modelFigures(model.id);
  }
}
